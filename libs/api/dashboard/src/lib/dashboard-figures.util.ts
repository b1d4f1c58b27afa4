import type {
  ActionRollupDto,
  CriterionRollupDto,
  DashboardActionFigure,
  DashboardCountCriterion,
  DashboardCriteriaFigure,
  DashboardStrategyOption,
  DashboardSurveyFigure,
  DashboardSurveyPoint,
  GroupRollupDto,
  RollupStatus,
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

