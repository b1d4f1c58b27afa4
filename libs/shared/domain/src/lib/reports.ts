import type { LocalizedText } from './organization';
import type { PlanActionStatus } from './plans';

/** draft → in_review (the planner submits) → approved (management locks); reopening returns to draft. */
export type AnnualReportStatus = 'draft' | 'in_review' | 'approved';
export const ANNUAL_REPORT_STATUSES: readonly AnnualReportStatus[] = ['draft', 'in_review', 'approved'];

export type ReportExportFormat = 'docx' | 'pdf' | 'md';
export const REPORT_EXPORT_FORMATS: readonly ReportExportFormat[] = ['docx', 'pdf', 'md'];

/** Longest text a section or an introduction may hold (characters). */
export const REPORT_TEXT_MAX_LENGTH = 100_000;

export type SteeringGroupMembership = 'member' | 'deputy' | 'presenter';

/** One row of a steering group as copied into a report: names as they were on that date. */
export interface SteeringGroupSnapshotRow {
  name: string;
  title: string | null;
  employer: string | null;
  membership: SteeringGroupMembership;
  /** For a deputy: the member they stand in for. */
  deputyOfName: string | null;
  chair: boolean;
}

export interface SteeringGroupMemberDto extends SteeringGroupSnapshotRow {
  id: string;
  personId: string | null;
  deputyOfId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface SteeringGroupDto {
  id: string;
  regionId: string | null;
  regionCode: string | null;
  name: string;
  /** The composition on `on` (YYYY-MM-DD): members valid on that day, deputies after their member. */
  on: string;
  members: SteeringGroupMemberDto[];
}

/** The language a report is written in: its drafts and its exports' labels follow it (Pohjanmaa is bilingual). */
export const REPORT_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export interface AnnualReportSummaryDto {
  id: string;
  /** null: the whole organization's report. */
  regionId: string | null;
  regionCode: string | null;
  year: number;
  title: string;
  status: AnnualReportStatus;
  /** fi (default), sv or en; chosen at creation, changeable while a draft. */
  language: ReportLanguage;
  authorName: string | null;
  reportDate: string | null;
  sectionCount: number;
  /** Sections whose own text (not only a draft) has been written. */
  writtenSectionCount: number;
  /** A planner has asked management to reopen the report, and it has not been reopened yet. */
  reopenRequested: boolean;
  version: number;
  updatedAt: string;
}

export interface AnnualReportSectionDto {
  id: string;
  number: number;
  heading: string;
  focusAreaId: string | null;
  focusAreaCode: string | null;
  /** The planner's text: a safe Markdown subset (headings, lists, links, bold, italic); never HTML. */
  body: string;
  /** Made from the progress log and the year's actions; never copied into `body` by the server. */
  draft: string | null;
  draftedAt: string | null;
  version: number;
  updatedByName: string | null;
  updatedAt: string;
}

/** The year's survey result for one theme: the average is computed from the stored distribution. */
export interface ReportSurveyThemeDto {
  number: number;
  title: string;
  focusAreaId: string | null;
  /** Mean over those who answered this theme's scale question; null when nobody did. */
  average: number | null;
  respondents: number;
  /** What another document claimed (e.g. the report's own summary table), shown beside, never used. */
  claimedAverage: number | null;
}

export interface ReportSurveyDto {
  id: string;
  title: string;
  invitedCount: number | null;
  respondentCount: number | null;
  scale: { value: number; label: string }[];
  themes: ReportSurveyThemeDto[];
}

export interface AnnualReportPermissions {
  canEdit: boolean;
  canSubmit: boolean;
  canApprove: boolean;
  canReopen: boolean;
  /** A writer who may not reopen (a planner) may ask management to, once per lock. */
  canRequestReopen: boolean;
}

/** A planner's open request that management reopen the report (resolved when it is reopened). */
export interface ReopenRequestDto {
  requestedByName: string;
  requestedAt: string;
  message: string;
}

/** Body of `POST /api/annual-reports/:id/reopen-requests`. */
export interface RequestReopenAnnualReportRequest {
  /** What needs changing; shown to management on the report and kept in the audit trail. */
  message: string;
}

export interface AnnualReportDto extends AnnualReportSummaryDto {
  organizationName: string;
  regionName: LocalizedText | null;
  authorTitle: string | null;
  introduction: string;
  steeringGroup: { name: string | null; on: string | null; members: SteeringGroupSnapshotRow[] };
  survey: ReportSurveyDto | null;
  sections: AnnualReportSectionDto[];
  submittedAt: string | null;
  approvedAt: string | null;
  approvedByName: string | null;
  /** The open request to reopen it, if a planner made one; management sees it as a notice. */
  reopenRequest: ReopenRequestDto | null;
  /** What the signed-in user may do with this report now (the API enforces the same rules). */
  permissions: AnnualReportPermissions;
}

/** "Start the report": every section is created with a draft from the progress log. */
export interface StartAnnualReportRequest {
  /** Omit or null for the whole organization's report (combines the regions theme by theme). */
  regionId?: string | null;
  year: number;
  /** The report's language; default fi. */
  language?: ReportLanguage;
}

export interface UpdateAnnualReportRequest {
  version: number;
  /** Only while the report is a draft; the drafts are made again in the new language. */
  language?: ReportLanguage;
  title?: string;
  introduction?: string;
  authorName?: string | null;
  authorTitle?: string | null;
  reportDate?: string | null;
}

export interface SaveReportSectionRequest {
  /** The version the text was based on; a stale one gets 409 with the current text. */
  version: number;
  body: string;
}

/** `current` of a 409 answer to a section save: what the other person saved. */
export interface ReportSectionConflictDto {
  id: string;
  body: string;
  version: number;
  updatedByName: string | null;
  updatedAt: string;
}

export interface ReopenAnnualReportRequest {
  /** Why the approved report is changed again; stored in the audit trail. */
  reason: string;
}

export interface ReportProgressEntryDto {
  id: string;
  entryDate: string;
  narrative: string;
  value: number | null;
  unit: string | null;
  actionTitle: string | null;
  criterionTitle: string | null;
  authorName: string;
}

export interface ReportActionDto {
  id: string;
  title: string;
  status: PlanActionStatus;
  targetValue: number | null;
  targetUnit: string | null;
  /** Sum of the values logged against the action in the report's region and year. */
  achievedValue: number | null;
}

/** What a section was drafted from, for the editor's side panel. */
export interface ReportSectionEvidenceDto {
  sectionId: string;
  focusAreaId: string | null;
  entries: ReportProgressEntryDto[];
  actions: ReportActionDto[];
}
