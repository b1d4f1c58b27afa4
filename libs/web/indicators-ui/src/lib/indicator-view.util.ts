import type { IndicatorChoiceDto, IndicatorTrendDto, ThlText } from '@suunta/shared-domain';
import { dateTimeFormat, numberFormat } from '@suunta/shared-domain';

/** The Intl locale of each UI language (Finland-Swedish; British English: day-first dates). */
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function indicatorLocale(language: string): string {
  return LOCALES[language] ?? 'fi-FI';
}

/** THL's text in the page's language, else Finnish, else whichever there is. */
export function thlText(text: ThlText | null | undefined, language: string): string | null {
  if (!text) return null;
  const own = (text as unknown as Record<string, string | null>)[language];
  return own ?? text.fi ?? text.sv ?? text.en ?? null;
}

/** The indicator's title in the page's language, or "Sotkanet 5" before THL's metadata arrived. */
export function indicatorTitle(indicator: Pick<IndicatorChoiceDto, 'title' | 'sotkanetId'>, language: string): string {
  return thlText(indicator.title, language) ?? `Sotkanet ${indicator.sotkanetId}`;
}

/**
 * A value as THL publishes it: its decimals (THL's `decimals`, else as many as it has, at most 2),
 * with the page language's decimal mark and grouping ("3,9", "1 234,5"; English "3.9").
 */
export function formatIndicatorValue(value: number | null | undefined, decimals: number | null, language: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const options: Intl.NumberFormatOptions = decimals === null ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return numberFormat(indicatorLocale(language), options).format(value);
}

export function formatFetchDate(iso: string | null, language: string): string {
  if (!iso) return '–';
  return dateTimeFormat(indicatorLocale(language), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
}

/** Whether there is anything to draw: false while "not fetched yet" (or fetched but empty). */
export function hasValues(trend: IndicatorTrendDto): boolean {
  return trend.series.some((s) => s.points.length > 0);
}

/** The years of every region's series, ascending. */
export function trendYears(trend: IndicatorTrendDto): number[] {
  return [...new Set(trend.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
}

/** ngx-charts line data: a line per region, a point per year it has (years as text: a category axis, no "2 020"). */
export function toLineSeries(trend: IndicatorTrendDto): { name: string; series: { name: string; value: number }[] }[] {
  return trend.series
    .filter((s) => s.points.length > 0)
    .map((s) => ({ name: s.regionName, series: s.points.map((p) => ({ name: String(p.year), value: p.value })) }));
}

/** The table alternative: a row per year, a cell per region (null where the region has no value that year). */
export function toTrendRows(trend: IndicatorTrendDto): { year: number; cells: (number | null)[] }[] {
  return trendYears(trend).map((year) => ({
    year,
    cells: trend.series.map((s) => s.points.find((p) => p.year === year)?.value ?? null),
  }));
}
