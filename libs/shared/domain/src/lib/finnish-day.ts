import { dateTimeFormat } from './intl-format';

/**
 * The calendar day in Finland (Europe/Helsinki, EET/EEST) at an instant, as `YYYY-MM-DD`. Every
 * "today" of the organizations' data is this day: the board's and the map's default as-of day and
 * year, the latest allowed status date, reminders and digests. The servers run in UTC, whose day
 * lags two or three hours behind: between midnight and 02:00/03:00 Finnish time it was still
 * yesterday, and on New Year's night still last year.
 */
export function helsinkiDay(at: Date = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The calendar year in Finland at an instant (on New Year's night in Finland, already the new year). */
export function helsinkiYear(at: Date = new Date()): number {
  return Number(helsinkiDay(at).slice(0, 4));
}
