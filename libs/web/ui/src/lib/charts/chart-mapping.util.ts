import { numberFormat } from '@suunta/shared-domain';

/**
 * Pure mappings from survey figures to what ngx-charts draws and what the screen-reader tables
 * list. Kept free of Angular so they are unit-tested on their own; the chart components only
 * bind them.
 */

export interface ChartScalePoint {
  value: number;
  label: string;
}

export interface DistributionBucket {
  value: number;
  n: number;
  /** Share of the row's respondents, one decimal. */
  percent: number;
}

/** One stacked bar: a theme (or question) and its counts per scale value. */
export interface DistributionRow {
  label: string;
  respondentCount: number;
  average: number | null;
  buckets: DistributionBucket[];
}

export interface NgxSeriesItem {
  name: string;
  value: number;
  extra?: Record<string, unknown>;
}

export interface NgxMultiSeries {
  name: string;
  series: NgxSeriesItem[];
}

/** "4 = toteutui hyvin": the value keeps segments apart even where two labels read the same. */
export function scaleSegmentName(point: ChartScalePoint): string {
  return point.label ? `${point.value} = ${point.label}` : String(point.value);
}

/**
 * One stacked bar per row, one segment per scale value in scale order, the segment's length
 * being the count (n). Values nobody chose stay in with 0 so colours keep their meaning.
 */
export function toStackedDistribution(rows: readonly DistributionRow[], scale: readonly ChartScalePoint[]): NgxMultiSeries[] {
  const ordered = [...scale].sort((a, b) => a.value - b.value);
  return rows.map((row) => ({
    name: row.label,
    series: ordered.map((point) => {
      const bucket = row.buckets.find((b) => b.value === point.value);
      return { name: scaleSegmentName(point), value: bucket?.n ?? 0, extra: { percent: bucket?.percent ?? 0, value: point.value } };
    }),
  }));
}

/** The largest respondent count: the stacked bars' common length, so rows compare. */
export function distributionMax(rows: readonly DistributionRow[]): number {
  return Math.max(1, ...rows.map((r) => r.buckets.reduce((sum, b) => sum + b.n, 0)));
}

export interface TrendPoint {
  year: number;
  regionId: string;
  average: number | null;
  respondentCount: number;
}

export interface TrendRegion {
  id: string;
  label: string;
}

/**
 * Grouped bars: one group per year (ascending), one bar per region in the given order. A region
 * without a survey that year has no bar (not a zero, which would read as a score).
 */
export function toGroupedTrend(points: readonly TrendPoint[], regions: readonly TrendRegion[]): NgxMultiSeries[] {
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    name: String(year),
    series: regions.flatMap((region) => {
      const point = points.find((p) => p.year === year && p.regionId === region.id);
      return point && point.average !== null
        ? [{ name: region.label, value: point.average, extra: { respondentCount: point.respondentCount } }]
        : [];
    }),
  }));
}

export interface TrendTableRow {
  year: number;
  /** In region order; null where the region has no survey that year. */
  cells: ({ average: number | null; respondentCount: number } | null)[];
}

export function toTrendTable(points: readonly TrendPoint[], regions: readonly TrendRegion[]): TrendTableRow[] {
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    cells: regions.map((region) => {
      const point = points.find((p) => p.year === year && p.regionId === region.id);
      return point ? { average: point.average, respondentCount: point.respondentCount } : null;
    }),
  }));
}

/** Numbers the way the reader's language writes them: 4,15 in Finnish and Swedish, 4.15 in English. */
export function formatDecimal(value: number | null | undefined, language: string, decimals = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return numberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/**
 * The tick formatter for a chart's value axis (`[xAxisTickFormatting]` / `[yAxisTickFormatting]`):
 * the page language's decimal mark ("0,5" beside labels that say "4,15"), and no forced
 * decimals ("1", not "1.0"). Use it on numeric axes only: a category axis of years would get
 * grouping ("2 020").
 */
export function axisTickFormatter(language: string, maxDecimals = 2): (value: unknown) => string {
  const format = numberFormat(language, { maximumFractionDigits: maxDecimals });
  return (value: unknown) => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
    return Number.isFinite(n) ? format.format(n) : String(value ?? '');
  };
}

export function formatPercent(value: number, language: string): string {
  return `${numberFormat(language, { maximumFractionDigits: 1 }).format(value)} %`;
}
