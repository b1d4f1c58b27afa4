/**
 * The meeting digest (issue 18.2): what changed for a body (and a region) between its previous
 * meeting and this one. Every figure is derived from the stored data when the digest is made;
 * every line carries the ids to open its source (the entry, the action, the survey, the decision).
 */
import type { PlanActionStatus } from './plans';
import type { MeetingStatus } from './governance';

/** The days the digest covers, both inclusive (YYYY-MM-DD). */
export interface MeetingDigestPeriod {
  from: string;
  to: string;
  /**
   * `previous_meeting`: from the day after the body's previous meeting; `plan_period`: the body's
   * first meeting, from the start of the plan period in force; `year_start`: no plan in force
   * either, from 1 January of the meeting's year.
   */
  basis: 'previous_meeting' | 'plan_period' | 'year_start';
  previousMeeting: { id: string; date: string } | null;
}

export type DigestEntryChange = 'new' | 'corrected' | 'retracted';

export interface DigestEntryLine {
  entryId: string;
  change: DigestEntryChange;
  /** YYYY-MM-DD: the day the change was made (Europe/Helsinki). */
  changedOn: string;
  entryDate: string;
  year: number;
  regionId: string;
  criterionId: string | null;
  actionId: string | null;
  planId: string | null;
  subjectTitle: string;
  focusAreaTitle: string | null;
  value: number | null;
  unit: string | null;
  narrative: string;
  authorName: string;
  /** Why it was corrected or retracted, as the writer said. */
  reason: string | null;
}

export interface DigestStatusLine {
  actionId: string;
  planId: string;
  title: string;
  year: number;
  from: PlanActionStatus | null;
  to: PlanActionStatus;
  effectiveOn: string;
  /** The day the change was recorded (Europe/Helsinki). */
  changedOn: string;
  /** The newest entry on the action up to the meeting: the planner's own account of why. */
  latestEntry: { entryId: string; entryDate: string; narrative: string } | null;
}

export interface DigestSurveyLine {
  surveyId: string;
  title: string;
  year: number;
  regionId: string;
  respondentCount: number | null;
  /** The day it was imported (Europe/Helsinki). */
  arrivedOn: string;
}

export interface DigestFollowUpLine {
  id: string;
  title: string;
  owner: string | null;
  dueDate: string | null;
  done: boolean;
}

export interface DigestDecisionLine {
  meetingId: string;
  meetingDate: string;
  meetingStatus: MeetingStatus;
  itemId: string;
  number: number;
  title: string;
  decision: string;
  followUps: DigestFollowUpLine[];
}

export type DigestOverdueKind = 'follow_up' | 'action' | 'missing_entry';

export interface DigestOverdueLine {
  kind: DigestOverdueKind;
  /** The follow-up, the action, the criterion or action without an entry. */
  id: string;
  title: string;
  /** YYYY-MM-DD the item was due (the follow-up's due date, the action's year end, the update period's end). */
  dueDate: string;
  regionId: string | null;
  /** follow_up: the meeting and § it came from; action: its plan; missing_entry: `criterion` or `action`. */
  meetingId?: string;
  itemNumber?: number;
  planId?: string;
  subjectKind?: 'criterion' | 'action';
  status?: PlanActionStatus;
}

export interface MeetingDigestDto {
  meeting: { id: string; body: string; bodyName: string | null; date: string; regionId: string | null; status: MeetingStatus };
  /** The regions in scope: the meeting's, or every region for an organization-level body. */
  regions: { id: string; code: string; name: Record<string, string> }[];
  period: MeetingDigestPeriod;
  /** YYYY-MM-DD: overdue is judged on this day (the meeting's day, or today when the meeting is still ahead). */
  asOf: string;
  /** UTC ISO-8601: when these figures were computed. */
  computedAt: string;
  entries: DigestEntryLine[];
  statusChanges: DigestStatusLine[];
  surveys: DigestSurveyLine[];
  decisions: DigestDecisionLine[];
  overdue: DigestOverdueLine[];
}

/** The stored digest of a meeting (generated when the meeting was scheduled, or again on request). */
export interface MeetingDigestSnapshotDto {
  meetingId: string;
  /** UTC ISO-8601 */
  generatedAt: string;
  trigger: 'scheduled' | 'manual';
  generatedByName: string | null;
  /** Size of the stored PDF in bytes. */
  pdfBytes: number;
  content: MeetingDigestDto;
}
