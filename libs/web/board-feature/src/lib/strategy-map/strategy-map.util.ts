import type { DataFreshness, TrendDirection } from '@suunta/shared-domain';
import { numberFormat, relativeTimeFormat } from '@suunta/shared-domain';

/** A cell of the map grid: row (focus area) and column (region or year), both from 0. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where focus goes on a key press in the map grid (WAI-ARIA grid pattern): arrows move one cell and
 * stop at the edges, Home/End go to the row's first/last cell, Ctrl+Home/Ctrl+End to the grid's
 * first/last cell. `null`: the key is not the grid's (let the browser have it).
 */
export function moveInGrid(from: GridPosition, key: string, ctrl: boolean, rows: number, cols: number): GridPosition | null {
  if (rows <= 0 || cols <= 0) return null;
  const clamp = (p: GridPosition): GridPosition => ({ row: Math.min(Math.max(p.row, 0), rows - 1), col: Math.min(Math.max(p.col, 0), cols - 1) });
  switch (key) {
    case 'ArrowRight':
      return clamp({ row: from.row, col: from.col + 1 });
    case 'ArrowLeft':
      return clamp({ row: from.row, col: from.col - 1 });
    case 'ArrowDown':
      return clamp({ row: from.row + 1, col: from.col });
    case 'ArrowUp':
      return clamp({ row: from.row - 1, col: from.col });
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : clamp({ row: from.row, col: 0 });
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : clamp({ row: from.row, col: cols - 1 });
    default:
      return null;
  }
}

/** The arrow shown beside the trend's words (never the arrow alone, never colour). */
export const TREND_ARROW: Record<TrendDirection, string> = { up: '↑', down: '↓', same: '→' };

/** Days from `from` to `to` (both `YYYY-MM-DD`), whole days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The span as a person would say it: days up to 13, weeks up to 8, months up to 23, then years. */
export function ageSpan(days: number): { value: number; unit: 'day' | 'week' | 'month' | 'year' } {
  if (days < 14) return { value: days, unit: 'day' };
  if (days < 60) return { value: Math.floor(days / 7), unit: 'week' };
  if (days < 730) return { value: Math.floor(days / 30), unit: 'month' };
  return { value: Math.floor(days / 365), unit: 'year' };
}

/**
 * How old a cell's newest entry is, in the page's language: against today, "3 viikkoa sitten" /
 * "för 3 veckor sedan" / "3 weeks ago" (Intl.RelativeTimeFormat); against an earlier reference day
 * (as-of in the past, or a year that is over) just the span, "3 viikkoa" (Intl.NumberFormat unit),
 * for the caller to put beside that day. `null` without an entry.
 */
export function freshnessAge(f: Pick<DataFreshness, 'lastEntryDate' | 'referenceDate'>, today: string, language: string): { text: string; relativeToToday: boolean } | null {
  if (!f.lastEntryDate) return null;
  const locale = language === 'en' ? 'en-GB' : `${language}-FI`;
  const relativeToToday = f.referenceDate >= today;
  const span = ageSpan(Math.max(0, daysBetween(f.lastEntryDate, relativeToToday ? today : f.referenceDate)));
  if (relativeToToday) return { text: relativeTimeFormat(locale, { numeric: 'auto' }).format(-span.value, span.unit), relativeToToday };
  return { text: numberFormat(locale, { style: 'unit', unit: span.unit, unitDisplay: 'long' }).format(span.value), relativeToToday };
}
