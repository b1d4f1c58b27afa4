/**
 * Meetings of governing bodies (minutes: § items with proposal, discussion and decision) and the
 * register of networks the organization coordinates, both linked to focus areas.
 */

/** The kind of body that met. */
export type MeetingBody = 'regional_steering_group' | 'management_group' | 'advisory_board' | string;

export type NetworkStatus = 'active' | 'planned' | 'under_consideration' | 'ended';

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
  /** Every focus area any of its items is linked to, once. */
  focusAreas: GovernanceFocusAreaRef[];
}

export interface MeetingItemDto {
  id: string;
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
  focusAreas: GovernanceFocusAreaRef[];
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
  notes: string | null;
  source: string | null;
  focusAreas: GovernanceFocusAreaRef[];
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
