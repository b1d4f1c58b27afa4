import type {
  ActionRollupDto,
  CriterionRollupDto,
  DashboardActionFigure,
  DataFreshness,
  DashboardCountCriterion,
  DashboardCriteriaFigure,
  DashboardStrategyOption,
  DashboardSurveyFigure,
  DashboardSurveyPoint,
  GroupRollupDto,
  RollupStatus,
  TrendDirection,
} from '@suunta/shared-domain';
import { groupStatus } from '@suunta/api-plans';

/**
 * Pure assembly of the dashboard's figures from rows the SQL has already computed: counting the
 * plans roll-up's per-action and per-criterion statuses into buckets, and picking defaults.
 * No status is decided here except in {@link combineGroupStatus}, which only applies when more
 * than one plan has a theme for the same focus area.
 */

/** The approved strategy valid on `today`; else the latest approved; else the latest of any status. */
export function pickDefaultStrategy(strategies: readonly DashboardStrategyOption[], today: string): DashboardStrategyOption | null {
  const approved = strategies.filter((s) => s.status === 'approved');
  const valid = approved.find((s) => (s.validFrom === null || s.validFrom <= today) && (s.validTo === null || s.validTo >= today));
  const byStart = (list: readonly DashboardStrategyOption[]) =>
    [...list].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0] ?? null;
  return valid ?? byStart(approved) ?? byStart(strategies);
}

/** The current year when it has data; else the latest year with data before it; else the latest; else the current. */
export function pickDefaultYear(yearsWithData: readonly number[], currentYear: number): number {
  if (yearsWithData.includes(currentYear)) return currentYear;
  const before = yearsWithData.filter((y) => y < currentYear);
  if (before.length) return Math.max(...before);
  if (yearsWithData.length) return Math.max(...yearsWithData);
  return currentYear;
}

/**
 * Buckets one focus area's actions of the year so that every action is counted exactly once:
 * done, in progress, overdue, planned, postponed, cancelled add up to `total`. "Overdue" (the plans
 * roll-up's flag: planned or in progress with no update for 90 days) takes the action out of the
 * "planned" or "in progress" bucket it would otherwise be in.
 */
export function actionFigure(actions: readonly ActionRollupDto[]): DashboardActionFigure {
  const bucketOf = (a: ActionRollupDto): keyof Omit<DashboardActionFigure, 'total' | 'shareDone' | 'ids'> =>
    a.overdue ? 'overdue' : a.actionStatus === 'in_progress' ? 'inProgress' : a.actionStatus;
  const ids = (bucket: ReturnType<typeof bucketOf>) => actions.filter((a) => bucketOf(a) === bucket).map((a) => a.actionId);
  const count = (bucket: ReturnType<typeof bucketOf>) => ids(bucket).length;
  const cancelled = count('cancelled');
  const done = count('done');
  return {
    total: actions.length,
    planned: count('planned'),
    inProgress: count('inProgress'),
    done,
    postponed: count('postponed'),
    cancelled,
    overdue: count('overdue'),
    // Same denominator as the plans roll-up's shareDone: cancelled actions are left out.
    shareDone: actions.length - cancelled > 0 ? done / (actions.length - cancelled) : null,
    ids: { done: ids('done'), inProgress: ids('inProgress'), overdue: ids('overdue'), all: actions.map((a) => a.actionId) },
  };
}

/** Buckets one focus area's criteria of the year by their roll-up status. */
export function criteriaFigure(criteria: readonly CriterionRollupDto[]): DashboardCriteriaFigure {
  const n = (s: RollupStatus) => criteria.filter((c) => c.status === s).length;
  return {
    total: criteria.length,
    onTarget: n('on_track'),
    atRisk: n('at_risk'),
    offTrack: n('off_track'),
    noData: n('no_data'),
    ids: { onTarget: criteria.filter((c) => c.status === 'on_track').map((c) => c.criterionId), all: criteria.map((c) => c.criterionId) },
  };
}

export function countCriteria(criteria: readonly CriterionRollupDto[]): DashboardCountCriterion[] {
  return criteria
    .filter((c) => c.measurementKind === 'count')
    .map((c) => ({
      criterionId: c.criterionId,
      title: c.title,
      measurementKind: c.measurementKind,
      unit: c.unit,
      yearlyTarget: c.yearlyTarget,
      actual: c.actual,
      entries: c.entries,
      status: c.status,
    }));
}

/** First row per key, in the given order (organization-wide plans come first). */
export function uniqueBy<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(key(r)) ? false : (seen.add(key(r)), true)));
}

/**
 * A focus area's status across the plans in scope. With one plan (the usual case) it is that
 * plan's focus-area roll-up status, untouched. When an organization-wide and a regional plan both
 * have a theme for it, their counts are added and the plans library's one group rule
 * (`groupStatus`, libs/api/plans README "Focus area and region") is applied to the sum.
 */
export function combineGroupStatus(groups: readonly Pick<GroupRollupDto, 'status' | 'onTrack' | 'atRisk' | 'offTrack' | 'overdue'>[]): RollupStatus {
  if (groups.length === 0) return 'no_data';
  if (groups.length === 1) return groups[0].status;
  const total = (key: 'onTrack' | 'atRisk' | 'offTrack' | 'overdue') => groups.reduce((s, g) => s + g[key], 0);
  return groupStatus({ onTrack: total('onTrack'), atRisk: total('atRisk'), offTrack: total('offTrack'), overdue: total('overdue') });
}

/**
 * The survey figure for a year from a focus area's series in the chosen scope: the year's point and
 * the latest earlier year with answers. The change is taken between the two averages as shown
 * (two decimals), so the page's own numbers add up.
 */
export function surveyFigure(points: readonly DashboardSurveyPoint[], year: number): DashboardSurveyFigure {
  const current = points.find((p) => p.year === year && p.average !== null) ?? null;
  const previous =
    [...points].filter((p) => p.year < year && p.average !== null).sort((a, b) => b.year - a.year)[0] ?? null;
  const change =
    current?.average != null && previous?.average != null ? Math.round((current.average - previous.average) * 100) / 100 : null;
  return {
    year,
    average: current?.average ?? null,
    respondentCount: current?.respondentCount ?? 0,
    previousYear: previous?.year ?? null,
    previousAverage: previous?.average ?? null,
    change,
    surveyIds: current?.surveyIds ?? [],
    sourceFocusAreaIds: current?.sourceFocusAreaIds ?? [],
  };
}

/** The later of two ISO timestamps (either may be missing). */
export function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}


/** Days without an entry after which data is stale: the plans roll-up's overdue window. */
export const STALE_AFTER_DAYS = 90;

/**
 * The share of criteria on target against the previous year's, exactly (cross-multiplied:
 * on/total vs prevOn/prevTotal): `null` when either year has no criteria to compare.
 */
export function criteriaTrend(current: { onTarget: number; total: number }, previous: { onTarget: number; total: number }): TrendDirection | null {
  if (current.total === 0 || previous.total === 0) return null;
  const a = current.onTarget * previous.total;
  const b = previous.onTarget * current.total;
  return a > b ? 'up' : a < b ? 'down' : 'same';
}

/** The survey average's direction from the board page's change (two-decimal averages); `null` without a previous year. */
export function surveyTrend(change: number | null): TrendDirection | null {
  if (change === null) return null;
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/**
 * Freshness of a cell judged on `asOf`, or on the year's 31.12. when the year was over by then (a
 * past year is not stale for being past). Stale — the plans' overdue window — when the cell has
 * something to log, the reference day is at least 90 days into the year, and no entry is dated
 * within the 90 days up to it (entry date > reference − 90 counts as recent, like the roll-up).
 */
export function freshness(entryDates: readonly (string | null)[], hasItems: boolean, year: number, asOf: string): DataFreshness {
  const yearEnd = `${year}-12-31`;
  const referenceDate = asOf < yearEnd ? asOf : yearEnd;
  const lastEntryDate = entryDates.reduce<string | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);
  const ref = Date.parse(`${referenceDate}T00:00:00Z`);
  const day = 86_400_000;
  const yearOldEnough = ref >= Date.parse(`${year}-01-01T00:00:00Z`) + STALE_AFTER_DAYS * day;
  const recent = lastEntryDate !== null && Date.parse(`${lastEntryDate}T00:00:00Z`) > ref - STALE_AFTER_DAYS * day;
  return { lastEntryDate, referenceDate, hasItems, stale: hasItems && yearOldEnough && !recent };
}

/** One focus area's figures in one scope (year, region): what a strategy map cell and the page's row share. */
export interface CellFigure {
  status: RollupStatus;
  criteria: { onTarget: number; total: number };
  freshness: DataFreshness;
}

/**
 * A focus area's status, criteria on target and freshness in a year, from the plans' roll-ups of
 * the plans in scope: the status through {@link combineGroupStatus} (the one group rule), the
 * criteria as {@link criteriaFigure} counts them, the freshness from the newest entry date the
 * roll-up found for the year's actions and criteria (live entries up to as-of, in the scope's regions).
 */
export function cellFigure(
  figures: {
    actions: readonly Pick<ActionRollupDto, 'focusAreaId' | 'year' | 'lastEntryDate' | 'actionStatus'>[];
    criteria: readonly CriterionRollupDto[];
    groups: readonly (Pick<GroupRollupDto, 'id' | 'year' | 'status' | 'onTrack' | 'atRisk' | 'offTrack' | 'overdue'>)[];
  },
  focusAreaId: string,
  year: number,
  asOf: string,
): CellFigure {
  const actions = figures.actions.filter((a) => a.focusAreaId === focusAreaId && a.year === year);
  const criteria = figures.criteria.filter((c) => c.focusAreaId === focusAreaId && c.year === year);
  const groups = figures.groups.filter((g) => g.id === focusAreaId && g.year === year);
  const c = criteriaFigure(criteria);
  // a done or cancelled action has nothing more to log; criteria are measured all year
  const live = actions.filter((a) => a.actionStatus !== 'cancelled' && a.actionStatus !== 'done');
  return {
    status: combineGroupStatus(groups),
    criteria: { onTarget: c.onTarget, total: c.total },
    freshness: freshness(
      [...actions.map((a) => a.lastEntryDate), ...criteria.map((x) => x.lastEntryDate)],
      live.length + criteria.length > 0,
      year,
      asOf,
    ),
  };
}
