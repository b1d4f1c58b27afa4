import type { DigestEntryChange, DigestOverdueKind, MeetingDigestPeriod, PlanActionStatus } from '@suunta/shared-domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { dateTimeFormat } from '@suunta/shared-domain';

export type DigestLang = 'fi' | 'sv' | 'en';
export const DIGEST_LANGS: readonly DigestLang[] = ['fi', 'sv', 'en'];

/** The PDF's words. Counts are ICU messages (`{count, plural, …}`), formatted with {@link plural}. */
export interface DigestText {
  title: string;
  body: string;
  region: string;
  wholeOrganization: string;
  meetingDate: string;
  period: string;
  basis: Record<MeetingDigestPeriod['basis'], string>;
  asOf: string;
  computed: string;
  summary: string;
  counts: {
    newEntries: string;
    correctedEntries: string;
    retractedEntries: string;
    statusChanges: string;
    surveys: string;
    decisions: string;
    overdue: string;
  };
  entriesHeading: string;
  change: Record<DigestEntryChange, string>;
  reason: string;
  by: string;
  statusHeading: string;
  status: Record<PlanActionStatus, string>;
  /** How a status moved: `{from}` and `{to}` (words, not an arrow: the PDF font has no arrow). */
  statusMove: string;
  bodies: Record<string, string>;
  effective: string;
  latestEntry: string;
  noLatestEntry: string;
  surveysHeading: string;
  respondents: string;
  arrived: string;
  decisionsHeading: string;
  followUp: string;
  done: string;
  open: string;
  due: string;
  noFollowUps: string;
  overdueHeading: string;
  overdueKind: Record<DigestOverdueKind, string>;
  criterion: string;
  action: string;
  nothing: string;
  source: string;
  linkNote: string;
}

export const DIGEST_TEXT: Record<DigestLang, DigestText> = {
  fi: {
    title: 'Kokouskooste',
    body: 'Toimielin',
    region: 'Alue',
    wholeOrganization: 'Koko organisaatio',
    meetingDate: 'Kokouspäivä',
    period: 'Ajanjakso',
    basis: {
      previous_meeting: 'edellisen kokouksen ({date}) jälkeen',
      plan_period: 'toimielimen ensimmäinen kokous: toimintasuunnitelmakauden alusta',
      year_start: 'toimielimen ensimmäinen kokous: vuoden alusta',
    },
    asOf: 'Myöhässä olevat tilanteessa',
    computed: 'Koottu',
    summary: 'Yhteenveto',
    counts: {
      newEntries: '{count, plural, one {# uusi kirjaus} other {# uutta kirjausta}}',
      correctedEntries: '{count, plural, one {# korjattu kirjaus} other {# korjattua kirjausta}}',
      retractedEntries: '{count, plural, one {# peruttu kirjaus} other {# peruttua kirjausta}}',
      statusChanges: '{count, plural, one {# tilamuutos} other {# tilamuutosta}}',
      surveys: '{count, plural, one {# kyselyn tulokset} other {# kyselyn tulokset}}',
      decisions: '{count, plural, one {# päätös} other {# päätöstä}}',
      overdue: '{count, plural, one {# myöhässä oleva asia} other {# myöhässä olevaa asiaa}}',
    },
    entriesHeading: 'Uudet ja korjatut kirjaukset',
    change: { new: 'Uusi', corrected: 'Korjattu', retracted: 'Peruttu' },
    reason: 'Syy',
    by: 'Kirjaaja',
    statusHeading: 'Toimenpiteiden tilamuutokset',
    status: { planned: 'suunniteltu', in_progress: 'käynnissä', done: 'toteutunut', postponed: 'siirtynyt', cancelled: 'peruttu' },
    statusMove: 'oli {from}, nyt {to}',
    bodies: { regional_steering_group: 'Alueellinen ohjausryhmä', management_group: 'Johtoryhmä', advisory_board: 'Neuvottelukunta' },
    effective: 'voimassa alkaen',
    latestEntry: 'Viimeisin kirjaus',
    noLatestEntry: 'Toimenpiteelle ei ole kirjausta.',
    surveysHeading: 'Saapuneet kyselytulokset',
    respondents: '{count, plural, one {# vastaaja} other {# vastaajaa}}',
    arrived: 'tuotu',
    decisionsHeading: 'Päätökset ja niiden seuranta',
    followUp: 'Seurantatehtävä',
    done: 'tehty',
    open: 'kesken',
    due: 'määräaika',
    noFollowUps: 'Ei seurantatehtäviä.',
    overdueHeading: 'Myöhässä olevat',
    overdueKind: { follow_up: 'Seurantatehtävä', action: 'Toimenpide', missing_entry: 'Kirjaus puuttuu' },
    criterion: 'arviointikriteeri',
    action: 'toimenpide',
    nothing: 'Ei muutoksia tällä ajanjaksolla.',
    source: 'Lähde',
    linkNote: 'Jokainen rivi on linkki kohteeseensa Suunnassa.',
  },
  sv: {
    title: 'Mötessammandrag',
    body: 'Organ',
    region: 'Region',
    wholeOrganization: 'Hela organisationen',
    meetingDate: 'Mötesdag',
    period: 'Period',
    basis: {
      previous_meeting: 'efter föregående möte ({date})',
      plan_period: 'organets första möte: från verksamhetsplanperiodens början',
      year_start: 'organets första möte: från årets början',
    },
    asOf: 'Försenat per',
    computed: 'Sammanställt',
    summary: 'Sammanfattning',
    counts: {
      newEntries: '{count, plural, one {# ny anteckning} other {# nya anteckningar}}',
      correctedEntries: '{count, plural, one {# korrigerad anteckning} other {# korrigerade anteckningar}}',
      retractedEntries: '{count, plural, one {# återkallad anteckning} other {# återkallade anteckningar}}',
      statusChanges: '{count, plural, one {# statusändring} other {# statusändringar}}',
      surveys: '{count, plural, one {# enkätresultat} other {# enkätresultat}}',
      decisions: '{count, plural, one {# beslut} other {# beslut}}',
      overdue: '{count, plural, one {# försenad punkt} other {# försenade punkter}}',
    },
    entriesHeading: 'Nya och korrigerade anteckningar',
    change: { new: 'Ny', corrected: 'Korrigerad', retracted: 'Återkallad' },
    reason: 'Orsak',
    by: 'Antecknad av',
    statusHeading: 'Åtgärdernas statusändringar',
    status: { planned: 'planerad', in_progress: 'pågår', done: 'genomförd', postponed: 'framflyttad', cancelled: 'inställd' },
    statusMove: 'var {from}, nu {to}',
    bodies: { regional_steering_group: 'Regional styrgrupp', management_group: 'Ledningsgrupp', advisory_board: 'Delegation' },
    effective: 'gäller från',
    latestEntry: 'Senaste anteckning',
    noLatestEntry: 'Åtgärden har ingen anteckning.',
    surveysHeading: 'Inkomna enkätresultat',
    respondents: '{count, plural, one {# svarande} other {# svarande}}',
    arrived: 'importerad',
    decisionsHeading: 'Beslut och uppföljning',
    followUp: 'Uppföljningsuppgift',
    done: 'klar',
    open: 'pågår',
    due: 'senast',
    noFollowUps: 'Inga uppföljningsuppgifter.',
    overdueHeading: 'Försenat',
    overdueKind: { follow_up: 'Uppföljningsuppgift', action: 'Åtgärd', missing_entry: 'Anteckning saknas' },
    criterion: 'bedömningskriterium',
    action: 'åtgärd',
    nothing: 'Inga ändringar under perioden.',
    source: 'Källa',
    linkNote: 'Varje rad är en länk till sin källa i Suunta.',
  },
  en: {
    title: 'Meeting digest',
    body: 'Body',
    region: 'Region',
    wholeOrganization: 'Whole organization',
    meetingDate: 'Meeting date',
    period: 'Period',
    basis: {
      previous_meeting: 'since the previous meeting ({date})',
      plan_period: "the body's first meeting: from the start of the plan period",
      year_start: "the body's first meeting: from the start of the year",
    },
    asOf: 'Overdue as of',
    computed: 'Compiled',
    summary: 'Summary',
    counts: {
      newEntries: '{count, plural, one {# new entry} other {# new entries}}',
      correctedEntries: '{count, plural, one {# corrected entry} other {# corrected entries}}',
      retractedEntries: '{count, plural, one {# retracted entry} other {# retracted entries}}',
      statusChanges: '{count, plural, one {# status change} other {# status changes}}',
      surveys: '{count, plural, one {# survey result} other {# survey results}}',
      decisions: '{count, plural, one {# decision} other {# decisions}}',
      overdue: '{count, plural, one {# overdue item} other {# overdue items}}',
    },
    entriesHeading: 'New and corrected entries',
    change: { new: 'New', corrected: 'Corrected', retracted: 'Retracted' },
    reason: 'Reason',
    by: 'Logged by',
    statusHeading: 'Status changes of actions',
    status: { planned: 'planned', in_progress: 'in progress', done: 'done', postponed: 'postponed', cancelled: 'cancelled' },
    statusMove: 'was {from}, now {to}',
    bodies: { regional_steering_group: 'Regional steering group', management_group: 'Management group', advisory_board: 'Advisory board' },
    effective: 'effective',
    latestEntry: 'Latest entry',
    noLatestEntry: 'The action has no entry.',
    surveysHeading: 'Survey results that arrived',
    respondents: '{count, plural, one {# respondent} other {# respondents}}',
    arrived: 'imported',
    decisionsHeading: 'Decisions and their follow-up',
    followUp: 'Follow-up',
    done: 'done',
    open: 'open',
    due: 'due',
    noFollowUps: 'No follow-ups.',
    overdueHeading: 'Overdue',
    overdueKind: { follow_up: 'Follow-up', action: 'Action', missing_entry: 'Entry missing' },
    criterion: 'criterion',
    action: 'action',
    nothing: 'No changes in this period.',
    source: 'Source',
    linkNote: 'Every line links to its source in Suunta.',
  },
};

const LOCALE: Record<DigestLang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** An ICU message with its values, in the language's plural rules. */
export function plural(message: string, lang: DigestLang, values: Record<string, string | number>): string {
  return String(new IntlMessageFormat(message, LOCALE[lang]).format(values));
}

/** A calendar day as the language writes it: 2.3.2026 (fi), 2.3.2026 (sv), 2 March 2026 (en). */
export function formatDay(isoDay: string, lang: DigestLang): string {
  const [y, m, d] = isoDay.slice(0, 10).split('-').map(Number);
  return dateTimeFormat(LOCALE[lang], { day: 'numeric', month: lang === 'en' ? 'long' : 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant as a Finnish wall-clock time in the language's format. */
export function formatInstant(iso: string, lang: DigestLang): string {
  return dateTimeFormat(LOCALE[lang], { dateStyle: lang === 'en' ? 'long' : 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
}
