import type { LocalizedText } from './organization';
import type { MeasurementKind, Versioned } from './strategy';

/**
 * Two-year action plans (toimintasuunnitelma): themes mapped to strategy focus areas, and yearly
 * actions under them. The API's DTO classes implement the input shapes; the web uses them as they are.
 */

export type PlanStatus = 'draft' | 'approved' | 'closed';
export const PLAN_STATUSES: readonly PlanStatus[] = ['draft', 'approved', 'closed'];

export type PlanActionStatus = 'planned' | 'in_progress' | 'done' | 'postponed' | 'cancelled';
export const PLAN_ACTION_STATUSES: readonly PlanActionStatus[] = ['planned', 'in_progress', 'done', 'postponed', 'cancelled'];
/** Statuses that count as unfinished: these are carried into the next plan. */
export const UNFINISHED_ACTION_STATUSES: readonly PlanActionStatus[] = ['planned', 'in_progress', 'postponed'];

/** Limits both sides enforce (the API's DTOs and the web's reactive forms). */
export const PLAN_LIMITS = {
  title: 500,
  text: 10000,
  unit: 100,
  minYear: 2000,
  maxYear: 2100,
  targetMax: 1_000_000_000,
  listItems: 20,
  reason: 2000,
} as const;

export interface PlanSummaryDto {
  id: string;
  code: string | null;
  title: string;
  strategyId: string;
  strategyTitle: string;
  /** `null`: organization-wide. */
  regionId: string | null;
  startYear: number;
  /** Always `startYear + 1`: a plan covers two consecutive years. */
  endYear: number;
  status: PlanStatus;
  approvedOn: string | null;
  predecessorId: string | null;
  /** The plan started from this one ("start the next plan from this"); at most one. */
  successorId: string | null;
  actionCount: number;
  version: number;
}

export interface PlanThemeDto {
  id: string;
  focusAreaId: string;
  focusAreaCode: string | null;
  focusAreaTitle: string;
  title: string;
  sortOrder: number;
  version: number;
}

export interface PlanActionTarget {
  /** A number with its unit ("2 kokoontumista"), a milestone date, both or neither. */
  value: number | null;
  unit: string | null;
  milestoneDate: string | null;
}

export interface NamedRef {
  id: string;
  code: string | null;
  name: string;
}

export interface PlanActionDto {
  id: string;
  planId: string;
  themeId: string;
  year: number;
  title: string;
  description: string | null;
  status: PlanActionStatus;
  target: PlanActionTarget;
  regionIds: string[];
  roles: (NamedRef & { localizedName: LocalizedText })[];
  people: NamedRef[];
  criteria: (NamedRef & { measurementKind: MeasurementKind; unit: string | null })[];
  /** The action of the previous plan this one was carried over from. */
  copiedFromId: string | null;
  sortOrder: number;
  version: number;
}

export interface PlanDto extends PlanSummaryDto {
  themes: PlanThemeDto[];
  actions: PlanActionDto[];
}

// ---------------------------------------------------------------- inputs

export interface CreatePlanThemeInput {
  focusAreaId: string;
  /** Defaults to the focus area's title. */
  title?: string;
}

export interface CreatePlanInput {
  strategyId: string;
  title: string;
  startYear: number;
  regionId?: string | null;
  themes?: CreatePlanThemeInput[];
}

export interface UpdatePlanInput extends Versioned {
  title?: string;
  regionId?: string | null;
}

export interface ApprovePlanInput extends Versioned {
  /** The day the management group approved it (ISO date). */
  approvedOn: string;
}

export interface ReopenPlanInput extends Versioned {
  reason: string;
}

export type ClosePlanInput = Versioned;

export interface CopyPlanInput {
  title?: string;
}

export type UpdatePlanThemeInput = Partial<CreatePlanThemeInput> & Versioned & { sortOrder?: number };

export interface PlanActionTargetInput {
  value?: number | null;
  unit?: string | null;
  milestoneDate?: string | null;
}

export interface CreatePlanActionInput {
  themeId: string;
  year: number;
  title: string;
  description?: string | null;
  status?: PlanActionStatus;
  target?: PlanActionTargetInput | null;
  regionIds: string[];
  roleIds: string[];
  personIds?: string[];
  criterionIds?: string[];
  sortOrder?: number;
}

/** Editing and moving (another theme or year) an action; only while the plan is a draft. */
export type UpdatePlanActionInput = Partial<CreatePlanActionInput> & Versioned & {
  /** With `status`: the day the new status took effect (YYYY-MM-DD; default today). */
  statusEffectiveOn?: string;
};

/** The execution status may change in an approved plan (it is what progress is, not what the plan says). */
export interface ChangeActionStatusInput extends Versioned {
  status: PlanActionStatus;
  /** The day the new status took effect (YYYY-MM-DD; default today): not in the future, not before the plan period or the previous change. */
  effectiveOn?: string;
}

/** A responsible role or person the plan form may pick. */
export interface PlanOptionsDto {
  /** `retired`: kept on the actions that name it, not offered for new ones. */
  roles: (NamedRef & { localizedName: LocalizedText; retired: boolean })[];
  people: (NamedRef & { retired: boolean })[];
  focusAreas: { id: string; code: string | null; title: string; strategyId: string }[];
  criteria: { id: string; title: string; focusAreaId: string; measurementKind: MeasurementKind; unit: string | null; yearlyTarget: number | null }[];
  strategies: { id: string; code: string | null; title: string; status: string }[];
}
