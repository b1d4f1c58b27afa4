import type { LocalizedText } from './organization';

/**
 * The strategy tree: strategy → focus areas → critical success factors (CSF) → evaluation
 * criteria → goals/actions, with the responsible roles named by the strategy.
 * The API's DTO classes implement these; the web client uses them as they are.
 */

export type StrategyStatus = 'draft' | 'approved' | 'archived';
export const STRATEGY_STATUSES: readonly StrategyStatus[] = ['draft', 'approved', 'archived'];
/** The only status changes there are: a draft is approved, an approved strategy is archived. */
export const STRATEGY_STATUS_TRANSITIONS: Readonly<Record<StrategyStatus, readonly StrategyStatus[]>> = {
  draft: ['approved'],
  approved: ['archived'],
  archived: [],
};

/**
 * How a criterion is measured: `count` (lkm, with a unit and maybe a yearly target), `survey`
 * (a survey question's score), `self_assessment` (a scale, how often), `milestone` (done or not
 * by a deadline), `qualitative` (a documented description, no quantitative target).
 */
export type MeasurementKind = 'count' | 'survey' | 'self_assessment' | 'milestone' | 'qualitative';
export const MEASUREMENT_KINDS: readonly MeasurementKind[] = ['count', 'survey', 'self_assessment', 'milestone', 'qualitative'];
/** Kinds that may carry a numeric target; a qualitative criterion or a milestone has none. */
export const NUMERIC_TARGET_KINDS: readonly MeasurementKind[] = ['count', 'survey', 'self_assessment'];

/** A responsibility held by a person (development director, planner…) or a body (management group, team…). */
export type ResponsibleRoleKind = 'person' | 'body';
export const RESPONSIBLE_ROLE_KINDS: readonly ResponsibleRoleKind[] = ['person', 'body'];
/** Whether a role exists once for the organization or once per region (each region has its planner). */
export type ResponsibleRoleScope = 'organization' | 'region';
export const RESPONSIBLE_ROLE_SCOPES: readonly ResponsibleRoleScope[] = ['organization', 'region'];

/** How closely a later focus area continues an earlier one. */
export type MappingStrength = 'strong' | 'partial';
export const MAPPING_STRENGTHS: readonly MappingStrength[] = ['strong', 'partial'];

/** Lengths and patterns both sides enforce (the API's DTOs and the web's reactive forms). */
export const STRATEGY_LIMITS = {
  code: 64,
  codePattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  title: 500,
  shortText: 200,
  text: 10000,
  listItems: 50,
  measures: 20,
  rolesPerItem: 20,
  targetMax: 1_000_000_000,
} as const;

export interface Versioned {
  /** The version the client read; an update with an older one is refused with 409. */
  version: number;
}

export interface StrategyValue {
  name: string;
  text: string;
}

/** A measure inside a criterion or an action ("Hyvinvointibarometri yhteistyössä (1)"). */
export interface Measure {
  text: string;
  measurementKind: MeasurementKind;
  unit: string | null;
  target: number | null;
  frequency: string | null;
}
export type MeasureInput = Pick<Measure, 'text' | 'measurementKind'> & Partial<Omit<Measure, 'text' | 'measurementKind'>>;

// ---------------------------------------------------------------- read shapes

export interface StrategySummaryDto {
  id: string;
  /** A stable key (e.g. `2015`) used by seeds and imports; unique in the organization. */
  code: string | null;
  title: string;
  /** ISO dates (YYYY-MM-DD). */
  validFrom: string | null;
  validTo: string | null;
  status: StrategyStatus;
  approvedByRoleId: string | null;
  approvedOn: string | null;
  /** The strategy this one was copied from or builds on. */
  predecessorId: string | null;
  focusAreaCount: number;
  /** States a vision or a mission: a strategy proper, not only a list of priorities. */
  hasVision: boolean;
  version: number;
  updatedAt: string;
}

/** A strategy's texts and lists: what a record shows, and (each optional) what a body, a document or a seed file gives. */
export interface StrategyContentDto {
  background: string | null;
  legalTasksIntro: string | null;
  legalTasks: string[];
  additionalLegalTask: string | null;
  specialTask: string | null;
  vision: string | null;
  mission: string | null;
  missionMeans: string[];
  values: StrategyValue[];
  slogan: string | null;
}

export interface StrategyDto extends Omit<StrategySummaryDto, 'focusAreaCount' | 'hasVision'>, StrategyContentDto {
  createdAt: string;
}

export interface FocusAreaDto {
  id: string;
  strategyId: string;
  /** Seed/import key (e.g. `2020-3`), unique in the organization; other domains find focus areas by it. */
  code: string | null;
  title: string;
  description: string | null;
  sortOrder: number;
  /** The focus area of an earlier version this one was copied from. */
  predecessorId: string | null;
  version: number;
}

export interface CriticalSuccessFactorDto {
  id: string;
  focusAreaId: string;
  title: string;
  description: string | null;
  sortOrder: number;
  predecessorId: string | null;
  version: number;
}

/** What a criterion states: its texts, what is measured and against which target. */
export interface EvaluationCriterionContent {
  title: string;
  description: string | null;
  measurementKind: MeasurementKind;
  unit: string | null;
  yearlyTarget: number | null;
  /** ISO date a milestone is due. */
  deadline: string | null;
  /** How often it is measured, in the strategy's words ("1 krt/toimintavuosi"). */
  frequency: string | null;
  /** Method or data source. */
  method: string | null;
}
/** The same as a body, a document or a seed file gives it: only the title and the kind are required. */
export type EvaluationCriterionContentInput = Pick<EvaluationCriterionContent, 'title' | 'measurementKind'> &
  Partial<Omit<EvaluationCriterionContent, 'title' | 'measurementKind'>>;

export interface EvaluationCriterionDto extends EvaluationCriterionContent {
  id: string;
  csfId: string;
  measures: Measure[];
  roleIds: string[];
  sortOrder: number;
  predecessorId: string | null;
  version: number;
}

/** A goal or action. It belongs to a CSF, and usually to one of its criteria. */
export interface StrategyActionDto {
  id: string;
  csfId: string;
  criterionId: string | null;
  text: string;
  /** The goal this action serves, when the strategy groups actions under one. */
  goal: string | null;
  roleIds: string[];
  /** The responsibility as the document words it ("kehittämissuunnittelijat (aktivointivastuu…)"). */
  roleNote: string | null;
  /** Occasion or remark ("Lapuan strategiatilaisuus 17.3."). */
  note: string | null;
  measures: Measure[];
  sortOrder: number;
  predecessorId: string | null;
  version: number;
}

export interface ResponsibleRoleDto {
  id: string;
  code: string;
  kind: ResponsibleRoleKind;
  scope: ResponsibleRoleScope;
  name: LocalizedText;
  sortOrder: number;
  /** When the role was retired (ISO date-time): it stays where it is named but is not offered for new links. */
  retiredAt: string | null;
  version: number;
}

export interface PersonDto {
  id: string;
  code: string | null;
  name: string;
  title: string | null;
  /** The employer, as text ("Soite", "Centria-ammattikorkeakoulu"). */
  organization: string | null;
  roleIds: string[];
  regionIds: string[];
  /** When the person was retired (ISO date-time); null while active. */
  retiredAt: string | null;
  version: number;
}

export interface StrategyActionNode extends StrategyActionDto {
  roles: ResponsibleRoleDto[];
}
export interface EvaluationCriterionNode extends EvaluationCriterionDto {
  roles: ResponsibleRoleDto[];
  actions: StrategyActionNode[];
}
export interface CriticalSuccessFactorNode extends CriticalSuccessFactorDto {
  criteria: EvaluationCriterionNode[];
  /** Actions that belong to the CSF itself, not to one of its criteria. */
  actions: StrategyActionNode[];
}
export interface FocusAreaNode extends FocusAreaDto {
  csfs: CriticalSuccessFactorNode[];
}

/** `GET /api/strategies/{id}/tree`: everything under a strategy, in display order. */
export interface StrategyTreeDto {
  strategy: StrategyDto;
  approvedByRole: ResponsibleRoleDto | null;
  focusAreas: FocusAreaNode[];
}

export interface FocusAreaMappingDto {
  id: string;
  fromFocusAreaId: string;
  toFocusAreaId: string;
  fromStrategyId: string;
  toStrategyId: string;
  strength: MappingStrength;
  note: string | null;
  version: number;
}

export interface FocusAreaLineageNode {
  focusAreaId: string;
  code: string | null;
  title: string;
  strategyId: string;
  strategyCode: string | null;
  strategyTitle: string;
  strategyStatus: StrategyStatus;
  /** How many links away from the focus area asked about (0 = itself). */
  distance: number;
}

export interface FocusAreaLineageLink {
  fromFocusAreaId: string;
  toFocusAreaId: string;
  /** `copy`: made by "copy as new version"; `mapping`: an explicit focus-area mapping. */
  kind: 'copy' | 'mapping';
  strength: MappingStrength;
  mappingId: string | null;
  note: string | null;
}

/** `GET /api/focus-areas/{id}/lineage`: every focus area connected to it across versions. */
export interface FocusAreaLineageDto {
  focusAreaId: string;
  nodes: FocusAreaLineageNode[];
  links: FocusAreaLineageLink[];
}

// ---------------------------------------------------------------- write shapes

export interface CreateStrategyInput extends Partial<StrategyContentDto> {
  code?: string | null;
  title: string;
  validFrom?: string | null;
  validTo?: string | null;
}
export type UpdateStrategyInput = Partial<CreateStrategyInput> & Versioned;

export interface ChangeStrategyStatusInput extends Versioned {
  status: StrategyStatus;
  /** Required when approving: the body that approved it (a role of kind `body`) and the date. */
  approvedByRoleId?: string | null;
  approvedOn?: string | null;
}

export interface CopyStrategyInput {
  title: string;
  code?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface CreateFocusAreaInput {
  code?: string | null;
  title: string;
  description?: string | null;
}
export type UpdateFocusAreaInput = Partial<CreateFocusAreaInput> & Versioned;

export interface CreateCriticalSuccessFactorInput {
  title: string;
  description?: string | null;
}
export type UpdateCriticalSuccessFactorInput = Partial<CreateCriticalSuccessFactorInput> & Versioned;

export interface CreateEvaluationCriterionInput extends EvaluationCriterionContentInput {
  measures?: MeasureInput[];
  roleIds?: string[];
}
export type UpdateEvaluationCriterionInput = Partial<CreateEvaluationCriterionInput> & Versioned;

export interface CreateStrategyActionInput {
  text: string;
  goal?: string | null;
  roleIds?: string[];
  roleNote?: string | null;
  note?: string | null;
  measures?: MeasureInput[];
}
export type UpdateStrategyActionInput = Partial<CreateStrategyActionInput> & Versioned;

/** The children's ids in their new order; must be exactly the current children. */
export interface ReorderInput {
  ids: string[];
}

export interface CreateResponsibleRoleInput {
  code: string;
  kind: ResponsibleRoleKind;
  scope?: ResponsibleRoleScope;
  name: LocalizedText;
}
export type UpdateResponsibleRoleInput = Partial<CreateResponsibleRoleInput> & Versioned;

export interface CreatePersonInput {
  code?: string | null;
  name: string;
  title?: string | null;
  organization?: string | null;
  roleIds?: string[];
  regionIds?: string[];
}
export type UpdatePersonInput = Partial<CreatePersonInput> & Versioned;

export interface CreateFocusAreaMappingInput {
  fromFocusAreaId: string;
  toFocusAreaId: string;
  strength?: MappingStrength;
  note?: string | null;
}

// ---------------------------------------------------------------- export / import document

/**
 * A whole strategy as one JSON document: what `GET /api/strategies/{id}/export` returns and
 * `POST /api/strategies/import` takes. Roles are named by their codes. It is also the shape of
 * the seed files (tools/seed-data/strategy-*.json), so seeding and importing share one path.
 */
export interface StrategyDocument extends Partial<StrategyContentDto> {
  format?: typeof STRATEGY_DOCUMENT_FORMAT;
  key?: string | null;
  title: string;
  validFrom?: string | null;
  validTo?: string | null;
  status?: StrategyStatus;
  /** Role code of the approving body. */
  approvedBy?: string | null;
  approvedOn?: string | null;
  focusAreas: FocusAreaDocument[];
}
export const STRATEGY_DOCUMENT_FORMAT = 'suunta.strategy/1';

export interface FocusAreaDocument {
  key?: string | null;
  title: string;
  description?: string | null;
  csfs: CriticalSuccessFactorDocument[];
}

export interface CriticalSuccessFactorDocument {
  title: string;
  description?: string | null;
  criteria: EvaluationCriterionDocument[];
  actions?: StrategyActionDocument[];
}

export interface EvaluationCriterionDocument extends EvaluationCriterionContentInput {
  measures?: MeasureInput[];
  /** Role codes. */
  roles?: string[];
  actions: StrategyActionDocument[];
}

export interface StrategyActionDocument {
  text: string;
  goal?: string | null;
  /** Role codes. */
  roles: string[];
  roleNote?: string | null;
  note?: string | null;
  measures?: MeasureInput[];
}

/**
 * Answer of an import preview (`POST /api/strategies/import/preview`): what the import would
 * create, checked exactly as the import checks it, with nothing written. A document the import
 * would refuse gets the same 400 (fields named by path) or 409 instead.
 */
export interface StrategyImportPreviewDto {
  key: string | null;
  title: string;
  status: StrategyStatus;
  validFrom: string | null;
  validTo: string | null;
  counts: { focusAreas: number; csfs: number; criteria: number; actions: number; measures: number };
  focusAreas: { key: string | null; title: string; csfs: number; criteria: number; actions: number }[];
  /** The responsible roles the document names (approval included), in the organization's order, with how many links each gets. */
  roles: { code: string; name: LocalizedText; kind: ResponsibleRoleKind; links: number }[];
}

/** Answer of an import: the new strategy and what it holds. */
export interface StrategyImportResultDto {
  strategy: StrategySummaryDto;
  counts: { focusAreas: number; csfs: number; criteria: number; actions: number };
}
