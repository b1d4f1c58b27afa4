import type { PlanSummaryDto } from '@suunta/shared-domain';

/**
 * The operating year the "log progress" form starts on: the plans' years, not the calendar's.
 * Only plans in force count (approved or closed; a draft is not logged against), and only those
 * of the chosen region or the whole organization. The current year when a plan covers it; else
 * the last planned year before it (a planner finishing the latest plan's log); else the first
 * planned year; with no plan at all, the current year.
 */
export function defaultProgressYear(plans: readonly Pick<PlanSummaryDto, 'status' | 'regionId' | 'startYear' | 'endYear'>[], regionId: string | null, currentYear: number): number {
  const years = plans
    .filter((p) => p.status !== 'draft' && (p.regionId === null || regionId === null || p.regionId === regionId))
    .flatMap((p) => [p.startYear, p.endYear]);
  if (years.length === 0 || years.includes(currentYear)) return currentYear;
  const before = years.filter((y) => y < currentYear);
  return before.length ? Math.max(...before) : Math.min(...years);
}

/** The periods of the plans in force for the region, oldest first, for the form's hint ("2019–2020"). */
export function plannedPeriods(plans: readonly Pick<PlanSummaryDto, 'status' | 'regionId' | 'startYear' | 'endYear'>[], regionId: string | null): string[] {
  const starts = new Set(plans.filter((p) => p.status !== 'draft' && (p.regionId === null || regionId === null || p.regionId === regionId)).map((p) => p.startYear));
  return [...starts].sort((a, b) => a - b).map((start) => `${start}–${start + 1}`);
}
