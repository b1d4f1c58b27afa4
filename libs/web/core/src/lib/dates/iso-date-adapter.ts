import { EnvironmentProviders, inject, Injectable, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_NATIVE_DATE_FORMATS, NativeDateAdapter } from '@angular/material/core';
import { TranslocoService } from '@jsverse/transloco';
import { localeOf } from '../i18n/locale';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INVALID = 'invalid-date';

/**
 * The Material datepicker over the API's own date values, `yyyy-mm-dd` strings: forms keep the
 * strings they send, and only the template changes from `type="date"` (which follows the
 * browser's language) to `[matDatepicker]` (which follows the page's: "1.2.2026" in fi/sv,
 * "01/02/2026" in en). Typed dates are read day first (d.m.yyyy, d/m/yyyy) or as yyyy-mm-dd.
 * Calendar names and the first weekday come from the NativeDateAdapter (Intl) it delegates to.
 */
@Injectable()
export class IsoDateAdapter extends DateAdapter<string> {
  private readonly native = new NativeDateAdapter();

  override setLocale(locale: string): void {
    super.setLocale(locale);
    this.native.setLocale(locale);
  }

  getYear(date: string): number {
    return Number(date.slice(0, 4));
  }
  getMonth(date: string): number {
    return Number(date.slice(5, 7)) - 1;
  }
  getDate(date: string): number {
    return Number(date.slice(8, 10));
  }
  getDayOfWeek(date: string): number {
    return toDate(date).getDay();
  }
  getMonthNames(style: 'long' | 'short' | 'narrow'): string[] {
    return this.native.getMonthNames(style);
  }
  getDateNames(): string[] {
    return this.native.getDateNames();
  }
  getDayOfWeekNames(style: 'long' | 'short' | 'narrow'): string[] {
    return this.native.getDayOfWeekNames(style);
  }
  getYearName(date: string): string {
    return this.native.getYearName(toDate(date));
  }
  getFirstDayOfWeek(): number {
    return this.native.getFirstDayOfWeek();
  }
  getNumDaysInMonth(date: string): number {
    return new Date(this.getYear(date), this.getMonth(date) + 1, 0).getDate();
  }
  clone(date: string): string {
    return date;
  }
  createDate(year: number, month: number, date: number): string {
    return fromDate(this.native.createDate(year, month, date));
  }
  today(): string {
    return fromDate(new Date());
  }
  parse(value: unknown): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? INVALID : fromDate(value);
    if (typeof value !== 'string') return INVALID;
    const text = value.trim();
    if (!text) return null;
    const iso = ISO_DAY.exec(text);
    const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/.exec(text);
    const [y, m, d] = iso ? [+iso[1], +iso[2], +iso[3]] : dayFirst ? [fullYear(+dayFirst[3]), +dayFirst[2], +dayFirst[1]] : [NaN, NaN, NaN];
    const date = new Date(y, m - 1, d);
    return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? fromDate(date) : INVALID;
  }
  format(date: string, displayFormat: object): string {
    if (!this.isValid(date)) throw Error('IsoDateAdapter: cannot format an invalid date');
    return this.native.format(toDate(date), displayFormat);
  }
  addCalendarYears(date: string, years: number): string {
    return fromDate(this.native.addCalendarYears(toDate(date), years));
  }
  addCalendarMonths(date: string, months: number): string {
    return fromDate(this.native.addCalendarMonths(toDate(date), months));
  }
  addCalendarDays(date: string, days: number): string {
    return fromDate(this.native.addCalendarDays(toDate(date), days));
  }
  toIso8601(date: string): string {
    return date;
  }
  /** An empty form value ('') is no date, not an invalid one (the forms start their dates as ''). */
  override deserialize(value: unknown): string | null {
    return value === '' ? null : super.deserialize(value);
  }
  isDateInstance(obj: unknown): boolean {
    return typeof obj === 'string';
  }
  isValid(date: string): boolean {
    const m = ISO_DAY.exec(date);
    if (!m) return false;
    const d = toDate(date);
    return d.getFullYear() === +m[1] && d.getMonth() === +m[2] - 1 && d.getDate() === +m[3];
  }
  invalid(): string {
    return INVALID;
  }
}

function toDate(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "26" → 2026: two-digit years are this century (nobody logs 1926 here). */
function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

/**
 * The datepicker in the page's language: `IsoDateAdapter` (values `yyyy-mm-dd`), its locale
 * switched with Transloco's active language. The button labels come with
 * `provideDatepickerIntl()` in the lazy routes that use a datepicker (importing the datepicker
 * here would put it, and the form field, into the first bundle).
 */
export function provideSuuntaDates(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: DateAdapter, useClass: IsoDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    provideAppInitializer(() => {
      const adapter = inject(DateAdapter);
      inject(TranslocoService).langChanges$.subscribe((language) => adapter.setLocale(localeOf(language)));
    }),
  ]);
}
