import type { PlanActionDto, PlanDto, RollupStatus } from '@suunta/shared-domain';
import { numberFormat } from '@suunta/shared-domain';

export interface PlanGridRow {
  themeId: string;
  title: string;
  focusAreaId: string;
  /** One cell per plan year, in year order. */
  cells: { year: number; actions: PlanActionDto[] }[];
}

/** The plan as a grid: themes (rows, in plan order) × the plan's two years (columns). */
export function planGrid(plan: Pick<PlanDto, 'themes' | 'actions' | 'startYear' | 'endYear'>): PlanGridRow[] {
  const years = [plan.startYear, plan.endYear];
  return [...plan.themes]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((theme) => ({
      themeId: theme.id,
      title: theme.title,
      focusAreaId: theme.focusAreaId,
      cells: years.map((year) => ({
        year,
        actions: plan.actions.filter((a) => a.themeId === theme.id && a.year === year).sort((a, b) => a.sortOrder - b.sortOrder),
      })),
    }));
}

/** A target as one short line: "2 kokoontumista", "31.3.2020 mennessä" is left to the template. */
export function formatTarget(target: PlanActionDto['target'], locale: string): string | null {
  if (target.value === null) return null;
  return `${numberFormat(locale).format(target.value)} ${target.unit ?? ''}`.trim();
}

/** The icon shown beside a status, so it is never told by colour alone (WCAG 1.4.1). */
export const STATUS_ICON: Record<RollupStatus, string> = {
  on_track: 'check_circle',
  at_risk: 'warning',
  off_track: 'error',
  no_data: 'help_outline',
};
