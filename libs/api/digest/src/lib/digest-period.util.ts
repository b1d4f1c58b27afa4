import { addDays, lastDayOfMonth, MeetingInput, periodOf } from '@suunta/api-reminders';
import type { MeetingDigestDto, MeetingDigestPeriod, ReminderCadence, ReminderSubjectKind } from '@suunta/shared-domain';

/**
 * The days a meeting's digest covers: from the day after the body's previous meeting to the
 * meeting's own day, both inclusive (what was logged on the day of the previous meeting was
 * known there). The body's first meeting starts from the plan period in force, else from
 * 1 January of the meeting's year.
 */
export function digestPeriod(meetingDate: string, previous: { id: string; date: string } | null, planPeriodStart: string | null): MeetingDigestPeriod {
  if (previous) return { from: addDays(previous.date, 1), to: meetingDate, basis: 'previous_meeting', previousMeeting: previous };
  if (planPeriodStart && planPeriodStart <= meetingDate) return { from: planPeriodStart, to: meetingDate, basis: 'plan_period', previousMeeting: null };
  return { from: `${meetingDate.slice(0, 4)}-01-01`, to: meetingDate, basis: 'year_start', previousMeeting: null };
}

/** Overdue is judged on the meeting's day, or today while the meeting is still ahead. */
export function digestAsOf(meetingDate: string, today: string): string {
  return today < meetingDate ? today : meetingDate;
}

/** A reminder duty as the digest reads it (api-reminders' `ReminderDutiesService.list`). */
export interface DigestDutyInput {
  subjectKind: ReminderSubjectKind;
  subjectId: string;
  subjectTitle: string;
  cadence: ReminderCadence;
}

/** An update that was due and has no entry: the duty's most recent period that ended in the digest's period. */
export interface MissedUpdate {
  subjectKind: ReminderSubjectKind;
  subjectId: string;
  title: string;
  regionId: string;
  dueDate: string;
  /** An entry dated on or after this day would have satisfied it (the reminders' rule). */
  periodStart: string;
}

/**
 * The last due day of a cadence on or before `asOf` (and on or after `from`), or null. Monthly:
 * a month's last day; yearly: 31 December; before each meeting: the day of a steering-group
 * meeting of the region.
 */
export function lastDueDay(cadence: ReminderCadence, regionId: string, from: string, asOf: string, meetings: readonly MeetingInput[]): string | null {
  let day: string | null;
  if (cadence === 'monthly') {
    const thisMonthEnd = lastDayOfMonth(asOf.slice(0, 7));
    day = thisMonthEnd <= asOf ? thisMonthEnd : addDays(`${asOf.slice(0, 7)}-01`, -1);
  } else if (cadence === 'yearly') {
    day = asOf.endsWith('-12-31') ? asOf : `${Number(asOf.slice(0, 4)) - 1}-12-31`;
  } else {
    day =
      meetings
        .filter((m) => m.regionId === regionId && m.date <= asOf)
        .map((m) => m.date)
        .sort()
        .at(-1) ?? null;
  }
  return day !== null && day >= from ? day : null;
}

/**
 * Criteria and actions whose update fell due in the period and has no entry: per duty and region
 * in scope, the most recent due day on or before `asOf`, with the period the reminders' rule gives
 * that day (`periodOf` of api-reminders, the same rule that sends the reminder). `lacksEntry`
 * decides, as the reminder run does, whether an entry on or after the period's start exists.
 * `subjectRegions`: the regions an action concerns (empty or absent: every region).
 */
export function missedUpdates(
  duties: readonly DigestDutyInput[],
  subjectRegions: ReadonlyMap<string, readonly string[]>,
  scopeRegionIds: readonly string[],
  period: Pick<MeetingDigestPeriod, 'from'>,
  asOf: string,
  meetings: readonly MeetingInput[],
  lacksEntry: (kind: ReminderSubjectKind, subjectId: string, regionId: string, periodStart: string) => boolean,
): MissedUpdate[] {
  const missed: MissedUpdate[] = [];
  for (const duty of duties) {
    const own = subjectRegions.get(duty.subjectId) ?? [];
    const regions = own.length > 0 ? scopeRegionIds.filter((r) => own.includes(r)) : scopeRegionIds;
    for (const regionId of regions) {
      const due = lastDueDay(duty.cadence, regionId, period.from, asOf, meetings);
      if (!due) continue;
      const rule = periodOf(duty.cadence, due, regionId, meetings);
      if (!rule) continue;
      if (lacksEntry(duty.subjectKind, duty.subjectId, regionId, rule.periodStart)) {
        missed.push({ subjectKind: duty.subjectKind, subjectId: duty.subjectId, title: duty.subjectTitle, regionId, dueDate: rule.dueDate, periodStart: rule.periodStart });
      }
    }
  }
  return missed.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'fi') || a.regionId.localeCompare(b.regionId));
}

/** The digest's section sizes, as the page's summary and the PDF's first lines show them. */
export interface DigestCounts {
  newEntries: number;
  correctedEntries: number;
  retractedEntries: number;
  statusChanges: number;
  surveys: number;
  decisions: number;
  openFollowUps: number;
  overdue: number;
}

export function digestCounts(d: Pick<MeetingDigestDto, 'entries' | 'statusChanges' | 'surveys' | 'decisions' | 'overdue'>): DigestCounts {
  return {
    newEntries: d.entries.filter((e) => e.change === 'new').length,
    correctedEntries: d.entries.filter((e) => e.change === 'corrected').length,
    retractedEntries: d.entries.filter((e) => e.change === 'retracted').length,
    statusChanges: d.statusChanges.length,
    surveys: d.surveys.length,
    decisions: d.decisions.length,
    openFollowUps: d.decisions.reduce((n, x) => n + x.followUps.filter((f) => !f.done).length, 0),
    overdue: d.overdue.length,
  };
}
