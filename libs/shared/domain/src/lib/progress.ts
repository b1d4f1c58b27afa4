import type { MeasurementKind, Versioned } from './strategy';
import type { PlanActionStatus } from './plans';

/**
 * Progress entries (a planner's log against a criterion and/or a yearly action) and the roll-ups
 * computed from them in SQL.
 */

export const PROGRESS_LIMITS = {
  narrative: 10000,
  url: 2000,
  unit: 100,
  reason: 2000,
  valueMax: 1_000_000_000,
  /** A value has at most two decimals (numeric(14,2)). */
  valueDecimals: 2,
} as const;

/** The unit of a count criterion that names none ("lkm" in the strategy documents). */
export const DEFAULT_COUNT_UNIT = 'kpl';

export interface ProgressEntryDto {
  id: string;
  regionId: string;
  year: number;
  entryDate: string;
  criterionId: string | null;
  criterionTitle: string | null;
  actionId: string | null;
  actionTitle: string | null;
  planId: string | null;
  /** The focus area (theme) the entry belongs to, through its action or criterion. */
  focusAreaId: string | null;
  focusAreaTitle: string | null;
  value: number | null;
  unit: string | null;
  narrative: string;
  evidenceUrl: string | null;
  authorId: string | null;
  authorName: string;
  /** Why an entry went into a closed year; required there, kept. */
  closedYearReason: string | null;
  retracted: boolean;
  /** 1 for the original; each correction adds one and keeps the previous text in `revisions`. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProgressEntryRevisionDto {
  revision: number;
  value: number | null;
  unit: string | null;
  narrative: string;
  evidenceUrl: string | null;
  entryDate: string;
  year: number;
  regionId: string;
  criterionId: string | null;
  actionId: string | null;
  /** Who replaced this revision, when, and why. */
  replacedById: string | null;
  replacedByName: string | null;
  replacedAt: string;
  reason: string | null;
}

export interface ProgressEntryDetailDto extends ProgressEntryDto {
  revisions: ProgressEntryRevisionDto[];
}

export interface ProgressEntryPageDto {
  items: ProgressEntryDto[];
  total: number;
  limit: number;
  offset: number;
}

export interface CreateProgressEntryInput {
  regionId: string;
  year: number;
  entryDate: string;
  criterionId?: string | null;
  actionId?: string | null;
  /** Only for count criteria or actions with a numeric target: a number, never text. */
  value?: number | null;
  /** Defaults to the criterion's (or the action target's) unit; must equal the criterion's. */
  unit?: string | null;
  narrative: string;
  evidenceUrl?: string | null;
  /** Required when the year is closed (a closed plan covers it). */
  closedYearReason?: string | null;
}

export type CorrectProgressEntryInput = Partial<CreateProgressEntryInput> & Versioned & { correctionReason?: string | null };

export interface RetractProgressEntryInput extends Versioned {
  reason: string;
}

export interface ProgressQuery {
  regionId?: string;
  year?: number;
  focusAreaId?: string;
  authorId?: string;
  planId?: string;
  actionId?: string;
  criterionId?: string;
  includeRetracted?: boolean;
  limit?: number;
  offset?: number;
}

/** What the "log progress" form can log against, with unit and target shown. */
export interface ProgressTargetDto {
  kind: 'action' | 'criterion';
  id: string;
  title: string;
  year: number | null;
  planId: string | null;
  planTitle: string | null;
  focusAreaId: string | null;
  focusAreaTitle: string | null;
  regionIds: string[];
  measurementKind: MeasurementKind | null;
  /** Whether a number may be logged, and in which unit. */
  acceptsValue: boolean;
  unit: string | null;
  targetValue: number | null;
  targetDate: string | null;
  criterionIds: string[];
}

export interface ProgressAuthorDto {
  id: string | null;
  name: string;
}

// ---------------------------------------------------------------- roll-ups

export type RollupStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export const ROLLUP_STATUSES: readonly RollupStatus[] = ['on_track', 'at_risk', 'off_track', 'no_data'];

/** A sum per unit: values in different units are never added together. */
export interface UnitTotal {
  unit: string;
  sum: number;
  entries: number;
}

export interface ActionRollupDto {
  actionId: string;
  themeId: string;
  focusAreaId: string;
  year: number;
  title: string;
  actionStatus: PlanActionStatus;
  entries: number;
  lastEntryDate: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  targetDate: string | null;
  /** Sum of values in the target's unit; `null` when none were logged (no data is not zero). */
  actual: number | null;
  latest: number | null;
  totals: UnitTotal[];
  status: RollupStatus;
  overdue: boolean;
}

export interface CriterionRollupDto {
  criterionId: string;
  title: string;
  focusAreaId: string;
  year: number;
  measurementKind: MeasurementKind;
  unit: string | null;
  yearlyTarget: number | null;
  entries: number;
  lastEntryDate: string | null;
  /** Count criteria: sum of the year's values; `null` without values. */
  actual: number | null;
  /** The value of the latest entry (by date) — shown beside the sum. */
  latest: number | null;
  status: RollupStatus;
  overdue: boolean;
}

export interface GroupRollupDto {
  /** The focus area id (focus-area family) or region id (region family). */
  id: string;
  themeId?: string;
  title?: string;
  year: number;
  actions: number;
  actionsDone: number;
  actionsCancelled: number;
  /** done / (actions − cancelled); `null` when no action counts. */
  shareDone: number | null;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  noData: number;
  overdue: number;
  entries: number;
  totals: UnitTotal[];
  status: RollupStatus;
}

export interface PlanRollupDto {
  planId: string;
  regionId: string | null;
  asOf: string;
  actions: ActionRollupDto[];
  criteria: CriterionRollupDto[];
  focusAreas: GroupRollupDto[];
  regions: GroupRollupDto[];
}
