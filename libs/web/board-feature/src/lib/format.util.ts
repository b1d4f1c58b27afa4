/** Small formatters shared by the board's pages (the language decides separators and date order). */
import { dateTimeFormat, numberFormat } from '@suunta/shared-domain';

export function formatAverage(value: number | null, language: string): string {
  if (value === null) return '–';
  return numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** "+0,13", "−0,25", "±0,00" — the sign written out, so the change never relies on colour or an arrow. */
export function formatChange(value: number | null, language: string): string {
  if (value === null) return '–';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${formatAverage(Math.abs(value), language)}`;
}

export function formatDate(iso: string | null, language: string): string {
  if (!iso) return '–';
  const date = iso.length === 10 ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  return dateTimeFormat(language === 'en' ? 'en-GB' : `${language}-FI`, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(date);
}
