import type { AppRole, ReminderCadence, ReminderOwnerRole, ReminderSubjectKind } from '@suunta/shared-domain';

/** A duty as the planner of a run needs it. */
export interface DutyInput {
  id: string;
  subjectKind: ReminderSubjectKind;
  subjectId: string;
  ownerUserId: string | null;
  ownerRole: ReminderOwnerRole | null;
  cadence: ReminderCadence;
}

/** The item a duty is for, as it stands this year (absent: not current, e.g. an archived strategy's criterion). */
export interface SubjectInput {
  /** The regions it concerns; empty = every region of the organization. */
  regionIds: string[];
}

export interface PersonInput {
  id: string;
  status: 'invited' | 'active' | 'disabled';
  roles: AppRole[];
  regionIds: string[];
  /** Unsubscribed, or snoozed past today. */
  optedOut: boolean;
}

export interface MeetingInput {
  id: string;
  regionId: string;
  date: string;
}

/** One reminder: a duty's item in one region, for one due period. */
export interface DueItem {
  dutyId: string;
  subjectKind: ReminderSubjectKind;
  subjectId: string;
  regionId: string;
  /** `2026-03` (monthly), `2026` (yearly), `meeting:<id>`: the period the reminder is for (sent once per key). */
  dueKey: string;
  reason: 'monthly' | 'yearly' | 'meeting';
  /** YYYY-MM-DD: the month's or year's last day, or the meeting's day. */
  dueDate: string;
  /** YYYY-MM-DD: an entry on or after this day satisfies the period. */
  periodStart: string;
}

export interface PlanInput {
  /** YYYY-MM-DD (Europe/Helsinki). */
  today: string;
  leadDays: number;
  duties: DutyInput[];
  subjects: Map<string, SubjectInput>;
  regionIds: string[];
  people: PersonInput[];
  /** The regional steering groups' dated meetings. */
  meetings: MeetingInput[];
}

/** The period of a duty in a region on a day, or null when there is none (no scheduled meeting). */
export function periodOf(cadence: ReminderCadence, today: string, regionId: string, meetings: readonly MeetingInput[]): Omit<DueItem, 'dutyId' | 'subjectKind' | 'subjectId' | 'regionId'> | null {
  const year = today.slice(0, 4);
  if (cadence === 'monthly') {
    const month = today.slice(0, 7);
    return { dueKey: month, reason: 'monthly', dueDate: lastDayOfMonth(month), periodStart: `${month}-01` };
  }
  if (cadence === 'yearly') {
    return { dueKey: year, reason: 'yearly', dueDate: `${year}-12-31`, periodStart: `${year}-01-01` };
  }
  const own = meetings.filter((m) => m.regionId === regionId).sort((a, b) => a.date.localeCompare(b.date));
  const next = own.find((m) => m.date >= today);
  if (!next) return null;
  const previous = own.filter((m) => m.date < next.date).at(-1);
  return { dueKey: `meeting:${next.id}`, reason: 'meeting', dueDate: next.date, periodStart: previous?.date ?? `${year}-01-01` };
}

/** The people a duty reaches in a region: an active, not opted-out owner; a role's active holders (planners of that region). */
export function ownersIn(duty: DutyInput, regionId: string, people: readonly PersonInput[]): PersonInput[] {
  const reachable = people.filter((p) => p.status === 'active' && !p.optedOut);
  if (duty.ownerUserId) {
    return reachable.filter((p) => p.id === duty.ownerUserId && (p.regionIds.length === 0 || p.regionIds.includes(regionId)));
  }
  if (duty.ownerRole === 'planner') return reachable.filter((p) => p.roles.includes('planner') && p.regionIds.includes(regionId));
  if (duty.ownerRole === 'management') return reachable.filter((p) => p.roles.includes('management'));
  return [];
}

/**
 * Every item whose reminder window is open today (the due date is at most `leadDays` away),
 * grouped by the person to remind. Whether an entry already satisfies it is decided by the
 * caller (`lacksEntry`): an entry in the item's region dated on or after the period's start.
 */
export function dueItemsByPerson(input: PlanInput, lacksEntry: (item: DueItem) => boolean): Map<string, DueItem[]> {
  const byPerson = new Map<string, DueItem[]>();
  for (const duty of input.duties) {
    const subject = input.subjects.get(duty.subjectId);
    if (!subject) continue;
    const regions = subject.regionIds.length > 0 ? subject.regionIds.filter((r) => input.regionIds.includes(r)) : input.regionIds;
    for (const regionId of regions) {
      const period = periodOf(duty.cadence, input.today, regionId, input.meetings);
      if (!period || addDays(period.dueDate, -input.leadDays) > input.today) continue;
      const item: DueItem = { dutyId: duty.id, subjectKind: duty.subjectKind, subjectId: duty.subjectId, regionId, ...period };
      if (!lacksEntry(item)) continue;
      for (const person of ownersIn(duty, regionId, input.people)) {
        const list = byPerson.get(person.id) ?? [];
        list.push(item);
        byPerson.set(person.id, list);
      }
    }
  }
  return byPerson;
}

/** The last day of a month given as YYYY-MM. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** A calendar day plus (or minus) whole days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
