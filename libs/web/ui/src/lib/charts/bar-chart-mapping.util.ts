import type { NgxMultiSeries, NgxSeriesItem } from './chart-mapping.util';

/**
 * Pure mappings for the generic bar charts (grouped vertical bars, horizontal progress bars):
 * what ngx-charts draws and what the visually hidden tables list. No Angular here.
 */

export interface BarSeries {
  id: string;
  label: string;
}

export interface BarValue {
  seriesId: string;
  /** `null`: nothing measured — no bar, never a zero. */
  value: number | null;
  /** Extra words for the table, e.g. "n = 13". */
  note?: string;
}

export interface BarGroup {
  label: string;
  values: BarValue[];
}

/** One group per entry, one bar per series (in series order) that has a value. */
export function toGroupedBars(groups: readonly BarGroup[], series: readonly BarSeries[]): NgxMultiSeries[] {
  return groups.map((g) => ({
    name: g.label,
    series: series.flatMap((s) => {
      const v = g.values.find((x) => x.seriesId === s.id);
      return v && v.value !== null ? [{ name: s.label, value: v.value }] : [];
    }),
  }));
}

export interface GroupedTableRow {
  label: string;
  cells: (BarValue | null)[];
}

/** Rows = groups, columns = series; a missing value is `null` (the table says "no data"). */
export function toGroupedTable(groups: readonly BarGroup[], series: readonly BarSeries[]): GroupedTableRow[] {
  return groups.map((g) => ({
    label: g.label,
    cells: series.map((s) => {
      const v = g.values.find((x) => x.seriesId === s.id);
      return v && v.value !== null ? v : null;
    }),
  }));
}

export interface ProgressBar {
  label: string;
  /** Share of the whole, 0–100 (may exceed 100: a target overrun is shown, not hidden). */
  percent: number;
  /** The absolute figures, e.g. "3 / 4 kokousta". */
  text: string;
}

/**
 * Horizontal bars: the axis label carries the absolute figures ("Title — 3 / 4") so they are
 * readable without hovering; the bar's own label shows the percentage.
 */
export function toProgressBars(bars: readonly ProgressBar[]): NgxSeriesItem[] {
  return bars.map((b) => ({ name: `${b.label} — ${b.text}`, value: Math.max(0, Math.round(b.percent)) }));
}
