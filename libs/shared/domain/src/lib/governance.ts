/**
 * Meetings of governing bodies (minutes: § items with proposal, discussion and decision) and the
 * register of networks the organization coordinates, both linked to focus areas.
 */

/** The kind of body that met. */
export type MeetingBody = 'regional_steering_group' | 'management_group' | 'advisory_board' | string;

export type NetworkStatus = 'active' | 'paused' | 'planned' | 'under_consideration' | 'ended';
/** What an editor offers; `planned` and `under_consideration` come from the register's history. */
export const NETWORK_STATUSES: readonly NetworkStatus[] = ['active', 'paused', 'ended', 'planned', 'under_consideration'];

/** draft → checked (by the minute-checkers) → approved (locked; reopening → draft, with a reason). */
export type MeetingStatus = 'draft' | 'checked' | 'approved';
export const MEETING_STATUSES: readonly MeetingStatus[] = ['draft', 'checked', 'approved'];

/** One person on the attendance list of the minutes. */
export interface MeetingAttendee {
  name: string;
  organization?: string | null;
  /** e.g. "puheenjohtaja", "sihteeri", "varajäsen" */
  role?: string | null;
  present: boolean;
}

/** An attachment of a § item: a link, e.g. to the slides or the statement. */
export interface MeetingAttachment {
  title: string;
  url: string;
}

/** A yearly action a § concerns, or one created from its decision (`fromDecision`). */
export interface MeetingItemActionRef {
  id: string;
  planId: string;
  title: string;
  year: number;
  fromDecision: boolean;
}

/** A follow-up task created from a § decision. */
export interface MeetingFollowUpDto {
  id: string;
  itemId: string;
  title: string;
  owner: string;
  /** YYYY-MM-DD */
  dueDate: string;
  done: boolean;
  version: number;
}

/** A focus area a minute item or a network is linked to. */
export interface GovernanceFocusAreaRef {
  id: string;
  /** The stable key, e.g. `2015-3`. */
  code: string | null;
  title: string;
  strategyId: string;
}

export interface MeetingSummaryDto {
  id: string;
  regionId: string | null;
  regionCode: string | null;
  body: MeetingBody;
  /** The body's own name, e.g. "SONet BOTNIAn Etelä-Pohjanmaan alueellinen ohjausryhmä". */
  bodyName: string | null;
  /** YYYY-MM-DD; null when the minutes carry no date (`dateNote` then says what is known). */
  date: string | null;
  /** When undated: the window the date is estimated to fall in (YYYY-MM-DD), if known. */
  dateEarliest: string | null;
  dateLatest: string | null;
  dateNote: string | null;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  notes: string | null;
  source: string | null;
  itemCount: number;
  status: MeetingStatus;
  /** HH:MM, when known. */
  startTime: string | null;
  endTime: string | null;
  /** Held remotely (then `place` may name the tool, e.g. Teams). */
  remote: boolean;
  minuteCheckers: string[];
  attendance: MeetingAttendee[];
  /** UTC ISO-8601 of the approval; null unless approved. */
  approvedAt: string | null;
  /** The whole minutes' version: every write of the meeting or its items sends it (409 when stale). */
  version: number;
  /** Every focus area any of its items is linked to, once. */
  focusAreas: GovernanceFocusAreaRef[];
}

/** A § of the minutes as written: its number, its title and the texts under its labels. */
export interface MeetingItemText {
  /** The § number. */
  number: number;
  title: string;
  /** *Esitys* */
  proposal: string | null;
  /** *Käsittely* */
  discussion: string | null;
  /** *Päätös* */
  decision: string | null;
  note: string | null;
}
/** The fields of `MeetingItemText`, in the order a § reads (and the columns of `meeting_item` that hold them). */
export const MEETING_ITEM_TEXT_FIELDS = ['number', 'title', 'proposal', 'discussion', 'decision', 'note'] as const satisfies readonly (keyof MeetingItemText)[];

export interface MeetingItemDto extends MeetingItemText {
  id: string;
  attachments: MeetingAttachment[];
  focusAreas: GovernanceFocusAreaRef[];
  actions: MeetingItemActionRef[];
  followUps: MeetingFollowUpDto[];
}

export interface MeetingDto extends MeetingSummaryDto {
  /** In § order. */
  items: MeetingItemDto[];
}

export interface NetworkDto {
  id: string;
  regionId: string | null;
  regionCode: string | null;
  name: string;
  coordinator: string | null;
  sinceYear: number | null;
  /** Set when the source gives a single number; otherwise see min/max. */
  meetingsPerYear: number | null;
  meetingsPerYearMin: number | null;
  meetingsPerYearMax: number | null;
  meetingsPerYearText: string | null;
  status: NetworkStatus;
  partners: string[];
  notes: string | null;
  source: string | null;
  version: number;
  focusAreas: GovernanceFocusAreaRef[];
}

// ---------------------------------------------------------------- writing minutes

/** The meeting's header; on create, `body` is required (e.g. `regional_steering_group`). */
export interface MeetingHeaderInput {
  regionId?: string | null;
  body?: string;
  bodyName?: string | null;
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  place?: string | null;
  remote?: boolean;
  chair?: string | null;
  secretary?: string | null;
  minuteCheckers?: string[];
  attendance?: MeetingAttendee[];
  notes?: string | null;
}

export interface CreateMeetingDto extends MeetingHeaderInput {
  body: string;
}

export interface UpdateMeetingDto extends MeetingHeaderInput {
  version: number;
}

export interface MeetingItemInput {
  /** The § number; on create, default: one more than the largest. */
  number?: number;
  title?: string;
  proposal?: string | null;
  discussion?: string | null;
  decision?: string | null;
  note?: string | null;
  attachments?: MeetingAttachment[];
  focusAreaIds?: string[];
  /** Yearly actions the § concerns (not created from it). */
  actionIds?: string[];
}

export interface CreateMeetingItemDto extends MeetingItemInput {
  title: string;
  /** The meeting's version. */
  version: number;
}

export interface UpdateMeetingItemDto extends MeetingItemInput {
  version: number;
}

export interface MeetingTransitionDto {
  version: number;
}

export interface ReopenMeetingDto {
  version: number;
  /** Why the approved (or checked) minutes are opened again; kept in the audit trail. */
  reason: string;
}

/** "This decision becomes a yearly action" in the plan in force for the meeting's region and `year`. */
export interface CreateActionFromDecisionDto {
  focusAreaId: string;
  year: number;
  title: string;
  description?: string | null;
}

export interface CreateFollowUpDto {
  title: string;
  owner: string;
  dueDate: string;
}

export interface UpdateFollowUpDto {
  title?: string;
  owner?: string;
  dueDate?: string;
  done?: boolean;
  version: number;
}

/** A decision (§ item) that concerns a focus area, for the focus area's page. */
export interface FocusAreaDecisionDto {
  meetingId: string;
  meetingDate: string | null;
  meetingStatus: MeetingStatus;
  bodyName: string | null;
  regionCode: string | null;
  itemId: string;
  number: number;
  title: string;
  decision: string | null;
}

// ---------------------------------------------------------------- import

/** A problem of a minutes text, named by its line (1-based). */
export interface MinutesImportProblem {
  line: number;
  code: 'no_items' | 'number_not_increasing' | 'duplicate_number' | 'empty_title' | 'label_outside_item' | 'empty_section' | 'duplicate_label';
  message: string;
}

export interface ParsedMinutesItem extends MeetingItemText {
  /** The line the § starts on. */
  line: number;
}

export interface MinutesImportPreviewDto {
  items: ParsedMinutesItem[];
  /** Appendix headings ("Liite 1.") found after the items; not imported as items. */
  appendices: { title: string; line: number }[];
  problems: MinutesImportProblem[];
}

export interface MinutesImportRequestDto {
  text: string;
}

export interface MinutesImportSaveDto extends MinutesImportRequestDto, MeetingHeaderInput {
  body: string;
}

// ---------------------------------------------------------------- networks

export interface NetworkInput {
  name?: string;
  regionId?: string | null;
  coordinator?: string | null;
  partners?: string[];
  sinceYear?: number | null;
  meetingsPerYear?: number | null;
  status?: NetworkStatus;
  notes?: string | null;
  focusAreaIds?: string[];
}

export interface CreateNetworkDto extends NetworkInput {
  name: string;
}

export interface UpdateNetworkDto extends NetworkInput {
  version: number;
}

export interface MeetingQuery {
  regionId?: string;
  focusAreaId?: string;
}

export type NetworkQuery = MeetingQuery;

/** A comment on a focus area for a year (optionally one region), by the board, management or an admin. */
export interface CommentDto {
  id: string;
  focusAreaId: string;
  year: number;
  regionId: string | null;
  authorId: string;
  authorName: string;
  body: string;
  /** UTC ISO-8601. */
  createdAt: string;
  /** UTC ISO-8601; null until edited. */
  editedAt: string | null;
  version: number;
}

export interface CommentQuery {
  focusAreaId: string;
  year: number;
  /** Only this region's comments; without it, every comment of the focus area and year. */
  regionId?: string;
}

export interface CreateCommentDto {
  focusAreaId: string;
  year: number;
  regionId?: string | null;
  /** 1–4000 characters after trimming. */
  body: string;
}

export interface UpdateCommentDto {
  body: string;
  version: number;
}

export const COMMENT_MAX_LENGTH = 4000;
