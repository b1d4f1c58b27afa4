import type { DashboardDto, DashboardFocusAreaDto, DashboardRegionOption, RollupStatus } from '@suunta/shared-domain';
import type { BarGroup, BarSeries, ProgressBar } from '@suunta/web-ui';
import { numberFormat } from '@suunta/shared-domain';

/**
 * Pure view logic of the board page: sorting and filtering the focus-area rows, and mapping the
 * dashboard answer to the chart components' inputs. Unit-tested beside this file.
 */

export type BoardSortKey = 'order' | 'status' | 'done' | 'overdue' | 'survey' | 'change' | 'updated';
export type SortDirection = 'asc' | 'desc';

/** Worst first when sorting by status ascending: what the board should look at first. */
const STATUS_RANK: Record<RollupStatus, number> = { off_track: 0, at_risk: 1, no_data: 2, on_track: 3 };

/** Sort keys come from this allowlist; missing figures always sort last whatever the direction. */
const SORT_VALUE: Record<BoardSortKey, (f: DashboardFocusAreaDto) => number | string | null> = {
  order: (f) => f.sortOrder,
  status: (f) => STATUS_RANK[f.status],
  done: (f) => f.actions.shareDone,
  overdue: (f) => f.actions.overdue,
  survey: (f) => f.survey.average,
  change: (f) => f.survey.change,
  updated: (f) => f.lastUpdated,
};

export function sortFocusAreas(rows: readonly DashboardFocusAreaDto[], key: BoardSortKey, direction: SortDirection): DashboardFocusAreaDto[] {
  const value = SORT_VALUE[key] ?? SORT_VALUE.order;
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return a.sortOrder - b.sortOrder;
    if (va === null) return 1;
    if (vb === null) return -1;
    const cmp = typeof va === 'string' ? va.localeCompare(String(vb)) : va - (vb as number);
    return cmp !== 0 ? sign * cmp : a.sortOrder - b.sortOrder;
  });
}

export interface BoardRowFilter {
  statuses: RollupStatus[];
  text: string;
}

/** Rows whose status is among the chosen ones (none chosen: all) and whose code or title contains the text. */
export function filterFocusAreas(rows: readonly DashboardFocusAreaDto[], filter: BoardRowFilter): DashboardFocusAreaDto[] {
  const text = filter.text.trim().toLocaleLowerCase('fi');
  return rows.filter(
    (f) =>
      (filter.statuses.length === 0 || filter.statuses.includes(f.status)) &&
      (!text || `${f.code ?? ''} ${f.title}`.toLocaleLowerCase('fi').includes(text)),
  );
}

export function focusAreaLabel(f: Pick<DashboardFocusAreaDto, 'code' | 'title'>): string {
  return f.code ? `${f.code} ${f.title}` : f.title;
}

/** Short label for chart axes: the code when there is one. */
function shortLabel(f: Pick<DashboardFocusAreaDto, 'code' | 'title'>): string {
  return f.code ?? f.title;
}

/** Survey averages per theme over the years: groups = focus areas, bars = years. */
export function surveyTrendChart(d: DashboardDto, answers: string): { groups: BarGroup[]; series: BarSeries[] } {
  const years = [...new Set(d.surveyTrend.map((p) => p.year))].sort((a, b) => a - b);
  const measured = d.focusAreas.filter((f) => d.surveyTrend.some((p) => p.focusAreaId === f.id));
  return {
    series: years.map((y) => ({ id: String(y), label: String(y) })),
    groups: measured.map((f) => ({
      label: shortLabel(f),
      values: d.surveyTrend
        .filter((p) => p.focusAreaId === f.id)
        .map((p) => ({ seriesId: String(p.year), value: p.average, note: `${answers} ${p.respondentCount}` })),
    })),
  };
}

/** The regions side by side per theme in the selected year: groups = focus areas, bars = regions. */
export function regionsChart(
  d: DashboardDto,
  regionName: (r: DashboardRegionOption) => string,
  answers: string,
): { groups: BarGroup[]; series: BarSeries[] } {
  const measured = d.focusAreas.filter((f) => d.surveyByRegion.some((p) => p.focusAreaId === f.id));
  return {
    series: d.options.regions.map((r) => ({ id: r.id, label: regionName(r) })),
    groups: measured.map((f) => ({
      label: shortLabel(f),
      values: d.surveyByRegion
        .filter((p) => p.focusAreaId === f.id && p.regionId !== null)
        .map((p) => ({ seriesId: p.regionId as string, value: p.average, note: `${answers} ${p.respondentCount}` })),
    })),
  };
}

/** Action completion per theme: share done of the actions that count (cancelled left out). */
export function completionChart(d: DashboardDto): ProgressBar[] {
  return d.focusAreas
    .filter((f) => f.actions.total - f.actions.cancelled > 0)
    .map((f) => ({
      label: shortLabel(f),
      percent: (f.actions.shareDone ?? 0) * 100,
      text: `${f.actions.done} / ${f.actions.total - f.actions.cancelled}`,
    }));
}

/** Count criteria with a yearly target: the year's sum against it (nothing logged reads 0). */
export function targetChart(d: DashboardDto, language: string): ProgressBar[] {
  const nf = numberFormat(language, { maximumFractionDigits: 2 });
  return d.focusAreas.flatMap((f) =>
    f.countCriteria
      .filter((c) => c.yearlyTarget !== null && c.yearlyTarget > 0)
      .map((c) => ({
        label: `${c.title} (${shortLabel(f)})`,
        percent: ((c.actual ?? 0) / (c.yearlyTarget as number)) * 100,
        text: `${nf.format(c.actual ?? 0)} / ${nf.format(c.yearlyTarget as number)}${c.unit ? ` ${c.unit}` : ''}`,
      })),
  );
}
