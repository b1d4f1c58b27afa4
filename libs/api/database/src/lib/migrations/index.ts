import { OrganizationsAndRegions1763900000000 } from './1763900000000-organizations-and-regions';
import { AccountsSessionsAudit1763910000000 } from './1763910000000-accounts-sessions-audit';
import { StrategyModel1763920000000 } from './1763920000000-strategy-model';
import { EvaluationSurveys1763950000000 } from './1763950000000-evaluation-surveys';
import { ActionPlansProgress1763960000000 } from './1763960000000-action-plans-progress';
import { GovernanceAnnualReports1763990000000 } from './1763990000000-governance-annual-reports';
import { MeetingsAndNetworks1764000000000 } from './1764000000000-meetings-and-networks';
import { FocusAreaComments1764010000000 } from './1764010000000-focus-area-comments';
import { MailResetSso1764100000000 } from './1764100000000-mail-reset-sso';
import { AnnualReportReopenRequests1764150000000 } from './1764150000000-annual-report-reopen-requests';
import { StrategyReadModel1764200000000 } from './1764200000000-strategy-read-model';
import { PlansReadModel1764200001000 } from './1764200001000-plans-read-model';
import { RegionTenancyKeys1764200002000 } from './1764200002000-region-tenancy-keys';
import { ProgressSummary1765000000000 } from './1765000000000-progress-summary';
import { MinutesWrittenInSuunta1765100000000 } from './1765100000000-minutes-written-in-suunta';
import { RetiredRolesAndPeople1765400000000 } from './1765400000000-retired-roles-and-people';
import { PeopleOrder1766300000000 } from './1766300000000-people-order';
import { Funding1765200000000 } from './1765200000000-funding';
import { AnnualReportLanguage1765200001000 } from './1765200001000-annual-report-language';
import { ActionStatusHistory1766200000000 } from './1766200000000-action-status-history';
import { UpdateCadenceReminders1766400000000 } from './1766400000000-update-cadence-reminders';
import { ContextIndicators1766500000000 } from './1766500000000-context-indicators';
import { MeetingDigest1766600000000 } from './1766600000000-meeting-digest';
import { StrategyOutlineViews1766750000000 } from './1766750000000-strategy-outline-views';
import { OrganizationDataRevision1766760000000 } from './1766760000000-organization-data-revision';
import { OrganizationDataStampFunction1766800000000 } from './1766800000000-organization-data-stamp-function';
import { FinnishDay1766810000000 } from './1766810000000-finnish-day';

/**
 * Every migration, in order. Add new ones at the end (file name: `<unix ms>-<intent>.ts`).
 * Listed explicitly rather than globbed so the webpack-bundled API and the tests see the same set.
 */
export const MIGRATIONS = [
  OrganizationsAndRegions1763900000000,
  AccountsSessionsAudit1763910000000,
  StrategyModel1763920000000,
  EvaluationSurveys1763950000000,
  ActionPlansProgress1763960000000,
  GovernanceAnnualReports1763990000000,
  MeetingsAndNetworks1764000000000,
  FocusAreaComments1764010000000,
  MailResetSso1764100000000,
  AnnualReportReopenRequests1764150000000,
  StrategyReadModel1764200000000,
  PlansReadModel1764200001000,
  RegionTenancyKeys1764200002000,
  ProgressSummary1765000000000,
  MinutesWrittenInSuunta1765100000000,
  Funding1765200000000,
  AnnualReportLanguage1765200001000,
  RetiredRolesAndPeople1765400000000,
  ActionStatusHistory1766200000000,
  PeopleOrder1766300000000,
  UpdateCadenceReminders1766400000000,
  ContextIndicators1766500000000,
  MeetingDigest1766600000000,
  StrategyOutlineViews1766750000000,
  OrganizationDataRevision1766760000000,
  OrganizationDataStampFunction1766800000000,
  FinnishDay1766810000000,
];
