import type { LocalizedText } from './organization';
import type { PlanActionStatus } from './plans';
import type { ActionRollupDto, CriterionRollupDto, RollupStatus } from './progress';
import type { MeasurementKind, StrategyStatus } from './strategy';

/**
 * The board's status page: one strategy version, one year, the whole organization or one region.
 * Every figure is computed from stored rows (plans' roll-ups, survey counts) and carries the ids or
 * links that lead to the entries it came from.
 */

export interface DashboardQuery {
  /** Default: the approved strategy valid today (else the latest approved, else the latest). */
  strategyId?: string;
  /**
   * Default: the current year if it has entries or survey results, else the latest such year before
   * it (a plan's years alone do not count); with none, the same rule over the plans' years.
   */
  year?: number;
  /** Omitted: the whole organization. */
  regionId?: string;
  /** The date the roll-ups are computed as of (YYYY-MM-DD). Default: today. */
  asOf?: string;
}

export interface DashboardStrategyOption {
  id: string;
  code: string | null;
  title: string;
  status: StrategyStatus;
  validFrom: string | null;
  validTo: string | null;
}

export interface DashboardRegionOption {
  id: string;
  code: string;
  name: LocalizedText;
}

export interface DashboardFilters {
  strategyId: string;
  strategyCode: string | null;
  strategyTitle: string;
  year: number;
  regionId: string | null;
  regionCode: string | null;
  asOf: string;
  /** When the page was computed (ISO timestamp). */
  generatedAt: string;
}

export interface DashboardPlanRef {
  id: string;
  code: string | null;
  title: string;
  /** `null`: organization-wide. */
  regionId: string | null;
  startYear: number;
}

/** The selected year's yearly actions under one focus area (plans' action roll-up). */
/**
 * The focus area's actions of the year in buckets that partition them: planned + inProgress +
 * overdue + done + postponed + cancelled = total (an overdue action is in "overdue" only).
 */
export interface DashboardActionFigure {
  total: number;
  /** Planned and not overdue. */
  planned: number;
  /** In progress and not overdue. */
  inProgress: number;
  done: number;
  postponed: number;
  cancelled: number;
  /** Planned or in progress with no entry in the last 90 days, once the year is 90 days old (plans' rule). */
  overdue: number;
  /** done / (total − cancelled); `null` when no action counts. */
  shareDone: number | null;
  /** Action ids per bucket, to drill down. */
  ids: Record<'done' | 'inProgress' | 'overdue' | 'all', string[]>;
}

/** The criteria linked to the focus area's actions in the year (plans' criterion roll-up). */
export interface DashboardCriteriaFigure {
  total: number;
  /** Status on_track under plans' rules (count: actual ≥ target × elapsed share of the year). */
  onTarget: number;
  atRisk: number;
  offTrack: number;
  noData: number;
  ids: Record<'onTarget' | 'all', string[]>;
}

/** A count criterion's progress against its yearly target (for the progress chart). */
export interface DashboardCountCriterion {
  criterionId: string;
  title: string;
  measurementKind: MeasurementKind;
  unit: string | null;
  yearlyTarget: number | null;
  actual: number | null;
  entries: number;
  status: RollupStatus;
}

/** The survey score of a focus area (its lineage pooled) in one year and scope. */
export interface DashboardSurveyPoint {
  focusAreaId: string;
  year: number;
  /** `null`: all regions pooled. */
  regionId: string | null;
  /** Σ value×n / Σ n over the Likert answers, rounded to two decimals; `null` without answers. */
  average: number | null;
  /** Σ n: the answers counted (those who answered the focus area's question). */
  respondentCount: number;
  surveyIds: string[];
  /** The focus areas (this one or its predecessors) whose survey themes the figure pools. */
  sourceFocusAreaIds: string[];
}

export interface DashboardSurveyFigure {
  year: number;
  average: number | null;
  respondentCount: number;
  /** The latest earlier year with answers, its average, and the change (shown average − shown previous). */
  previousYear: number | null;
  previousAverage: number | null;
  change: number | null;
  surveyIds: string[];
  sourceFocusAreaIds: string[];
}

export interface DashboardLineageNode {
  focusAreaId: string;
  code: string | null;
  title: string;
  strategyId: string;
  strategyCode: string | null;
  /** 0 for the focus area itself, −1 its predecessor, −2 the one before … */
  distance: number;
}

export interface DashboardLinks {
  /** This dashboard's drill-down: actions, criteria, entries and survey rows behind the figures. */
  entries: string;
  /** The progress log filtered to the focus area, year and region. */
  progressEntries: string;
  /** The surveys that measured the focus area in the year (and region). */
  surveys: string;
  /** The survey series across years and regions, lineage followed. */
  surveySeries: string;
}

export interface DashboardFocusAreaDto {
  id: string;
  code: string | null;
  title: string;
  sortOrder: number;
  /** From plans' focus-area roll-up; `no_data` when no plan in scope has a theme for it. */
  status: RollupStatus;
  planIds: string[];
  themeIds: string[];
  actions: DashboardActionFigure;
  criteria: DashboardCriteriaFigure;
  countCriteria: DashboardCountCriterion[];
  survey: DashboardSurveyFigure;
  lineage: DashboardLineageNode[];
  /** Latest change among the year's actions, live progress entries and surveys behind the figures. */
  lastUpdated: string | null;
  /** How fresh the focus area's data is: its newest live progress entry in scope (issue 18). */
  freshness: DataFreshness;
  links: DashboardLinks;
}

export interface DashboardDto {
  filters: DashboardFilters;
  options: {
    strategies: DashboardStrategyOption[];
    /** Years with plans, progress entries or surveys for the strategy's focus areas. */
    years: number[];
    /** Of those, the years with progress entries or survey results (not only a plan's period). */
    yearsWithData: number[];
    regions: DashboardRegionOption[];
  };
  plans: DashboardPlanRef[];
  focusAreas: DashboardFocusAreaDto[];
  /** Per focus area and year, in the selected scope (pooled over regions when none is chosen). */
  surveyTrend: DashboardSurveyPoint[];
  /** Per focus area and region, the selected year. */
  surveyByRegion: DashboardSurveyPoint[];
  /** How many focus areas have each status. */
  statusCounts: Record<RollupStatus, number>;
}

export interface DashboardEntryDto {
  id: string;
  entryDate: string;
  year: number;
  regionId: string;
  regionCode: string;
  actionId: string | null;
  actionTitle: string | null;
  actionStatus: PlanActionStatus | null;
  criterionId: string | null;
  criterionTitle: string | null;
  value: number | null;
  unit: string | null;
  narrative: string;
  evidenceUrl: string | null;
  authorName: string;
}

export interface DashboardSurveyRowDto {
  surveyId: string;
  title: string;
  year: number;
  regionId: string;
  regionCode: string;
  focusAreaId: string;
  themeTitle: string;
  average: number | null;
  respondentCount: number;
}

/** Everything behind one focus area's figures for a year and scope. */
export interface DashboardFocusAreaEntriesDto {
  focusArea: { id: string; code: string | null; title: string; strategyId: string };
  year: number;
  regionId: string | null;
  regionCode: string | null;
  asOf: string;
  actions: ActionRollupDto[];
  criteria: CriterionRollupDto[];
  entries: DashboardEntryDto[];
  surveys: DashboardSurveyRowDto[];
}

export interface DashboardEntriesQuery {
  year: number;
  regionId?: string;
  asOf?: string;
}

/**
 * How fresh a figure's data is: the date of the newest live progress entry (up to as-of) against
 * the actions and criteria behind it. Stale, like the plans' overdue rule: something to update, the
 * year at least 90 days old on the reference day, and no entry in the 90 days up to it.
 */
export interface DataFreshness {
  /** Newest entry date (YYYY-MM-DD); `null` when nothing was logged. */
  lastEntryDate: string | null;
  /** The day freshness is judged on: as-of, or the year's 31.12. for a year that was over by then. */
  referenceDate: string;
  /** Whether there is anything to log (actions or criteria) in the cell. */
  hasItems: boolean;
  stale: boolean;
}

/** Direction of a figure against the previous year: `null` when either year has no figure. */
export type TrendDirection = 'up' | 'down' | 'same';

export const STRATEGY_MAP_AXES = ['regions', 'years'] as const;
export type StrategyMapAxis = (typeof STRATEGY_MAP_AXES)[number];

export interface StrategyMapQuery extends DashboardQuery {
  /** Columns: the regions (in the chosen year) or the years (in the chosen region or the whole organization). Default: regions. */
  axis?: StrategyMapAxis;
}

export interface StrategyMapColumn {
  year: number;
  /** `null`: the whole organization. */
  regionId: string | null;
  regionCode: string | null;
}

export interface StrategyMapCell extends StrategyMapColumn {
  /** The focus area's status in this region and year: exactly the board page's status for those filters. */
  status: RollupStatus;
  criteria: {
    onTarget: number;
    total: number;
    previousYear: number;
    previousOnTarget: number;
    previousTotal: number;
    /** Share on target (onTarget / total) against the previous year's; `null` when either has no criteria. */
    trend: TrendDirection | null;
  };
  survey: {
    average: number | null;
    respondentCount: number;
    /** The latest earlier year with answers (the board page's survey change). */
    previousYear: number | null;
    previousAverage: number | null;
    change: number | null;
    trend: TrendDirection | null;
  };
  freshness: DataFreshness;
}

export interface StrategyMapRow {
  focusAreaId: string;
  code: string | null;
  title: string;
  cells: StrategyMapCell[];
}

export interface StrategyMapDto {
  filters: DashboardFilters & { axis: StrategyMapAxis };
  columns: StrategyMapColumn[];
  rows: StrategyMapRow[];
}
