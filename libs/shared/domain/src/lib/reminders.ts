/**
 * Update cadence and reminders (issue 18): who keeps a criterion or a yearly action up to date,
 * how often, and the "missing owner" monitor. Rules: libs/api/reminders/README.md.
 */

/** How often an item must get a progress entry. */
export type ReminderCadence = 'monthly' | 'before_meeting' | 'yearly';
export const REMINDER_CADENCES: readonly ReminderCadence[] = ['monthly', 'before_meeting', 'yearly'];

/** An account role an item can be owned by, resolved to people per region (planners) or organization-wide (management). */
export type ReminderOwnerRole = 'planner' | 'management';
export const REMINDER_OWNER_ROLES: readonly ReminderOwnerRole[] = ['planner', 'management'];

export type ReminderSubjectKind = 'criterion' | 'action';

export interface ReminderDutyDto {
  id: string;
  subjectKind: ReminderSubjectKind;
  subjectId: string;
  subjectTitle: string;
  /** A person (`ownerUserId`) or a role (`ownerRole`); both null once the owner's account was deleted. */
  ownerUserId: string | null;
  ownerName: string | null;
  ownerRole: ReminderOwnerRole | null;
  cadence: ReminderCadence;
  version: number;
}

/** `PUT /api/reminders/duties`: sets the owner and cadence of one item (creates or replaces its duty). */
export interface SetReminderDutyInput {
  subjectKind: ReminderSubjectKind;
  subjectId: string;
  ownerUserId?: string | null;
  ownerRole?: ReminderOwnerRole | null;
  cadence: ReminderCadence;
  /** The duty's version when replacing one (409 when stale); omitted when the item has none yet. */
  version?: number;
}

/** Why an item is on the "missing owner" list. */
export type MissingOwnerProblem = 'no_owner' | 'owner_disabled' | 'no_active_people';

export interface MissingOwnerItemDto {
  subjectKind: ReminderSubjectKind;
  subjectId: string;
  title: string;
  /** The focus area (criteria) or "plan · focus area" (actions). */
  context: string;
  problem: MissingOwnerProblem;
  dutyId: string | null;
  ownerName: string | null;
  ownerRole: ReminderOwnerRole | null;
}

export interface MissingOwnersDto {
  /** The year the list is for (the strategy in force and its yearly actions). */
  year: number;
  items: MissingOwnerItemDto[];
}

export interface ReminderSettingsDto {
  /** Days before a due date (month end, year end, the steering group's meeting) the reminder goes out. */
  leadDays: number;
  version: number;
}

export interface UpdateReminderSettingsInput {
  leadDays: number;
  version: number;
}

export const REMINDER_LIMITS = { minLeadDays: 0, maxLeadDays: 60, snoozeDays: 30 } as const;

/** `POST /api/reminders/subscription` (no sign-in: the token from the mail). */
export type ReminderSubscriptionAction = 'snooze' | 'unsubscribe' | 'resume';
export interface ReminderSubscriptionInput {
  token: string;
  action: ReminderSubscriptionAction;
}
export interface ReminderSubscriptionResultDto {
  action: ReminderSubscriptionAction;
  /** YYYY-MM-DD: no reminders until after this day (snooze). */
  snoozedUntil: string | null;
}
