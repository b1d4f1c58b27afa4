import { ValidationOptions } from 'class-validator';
import { validationRule } from '../validation/validation-rule';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO-8601 instant as the API accepts it: a date, optionally with a time and a zone. */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A day that exists and that PostgreSQL stores: `YYYY-MM-DD`, year 0001–9999 (there is no year
 * 0000), month 1–12, a day the month has (no 2020-02-30).
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return !!m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** An instant (`2021-03-01`, `2021-03-01T12:00:00Z`, `…+02:00`) on a real calendar day of years 0001–9999. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = INSTANT.exec(value);
  if (!m || !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const [hour, minute, second] = [m[4], m[5], m[6]].map((v) => (v === undefined ? 0 : Number(v)));
  return hour <= 23 && minute <= 59 && second <= 59 && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no DST surprises).
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : last);
}

/** `@IsCalendarDate()` on every date field (validFrom, asOf, on, entryDate …): 400 `not_a_date` naming the field. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return validationRule('isCalendarDate', '$property must be a real calendar date as YYYY-MM-DD', (value) => isCalendarDate(value), options);
}

/** `@IsInstant()` on timestamp filters (audit `from`/`to`): an ISO-8601 instant PostgreSQL accepts. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return validationRule('isInstant', '$property must be an ISO-8601 date or date-time on a real calendar day', (value) => isInstant(value), options);
}
