import { TestBed } from '@angular/core/testing';
import { MAT_NATIVE_DATE_FORMATS } from '@angular/material/core';
import { IsoDateAdapter } from './iso-date-adapter';

function adapter(locale: string): IsoDateAdapter {
  TestBed.configureTestingModule({ providers: [IsoDateAdapter] });
  const a = TestBed.inject(IsoDateAdapter);
  a.setLocale(locale);
  return a;
}

describe('IsoDateAdapter', () => {
  it('shows a yyyy-mm-dd value in the page language', () => {
    const fi = adapter('fi-FI');
    expect(fi.format('2026-02-01', MAT_NATIVE_DATE_FORMATS.display.dateInput)).toBe('1.2.2026');
    fi.setLocale('en-GB');
    expect(fi.format('2026-02-01', MAT_NATIVE_DATE_FORMATS.display.dateInput)).toBe('01/02/2026');
    fi.setLocale('sv-FI');
    expect(fi.getMonthNames('long')[1]).toBe('februari');
  });

  it('reads typed dates day first or ISO, and refuses impossible ones', () => {
    const a = adapter('fi-FI');
    expect(a.parse('1.2.2026')).toBe('2026-02-01');
    expect(a.parse('01/02/26')).toBe('2026-02-01');
    expect(a.parse('2026-02-01')).toBe('2026-02-01');
    expect(a.parse('')).toBeNull();
    expect(a.isValid(a.parse('30.2.2026') as string)).toBe(false);
    expect(a.isValid(a.parse('tomorrow') as string)).toBe(false);
  });

  it("takes a form's empty value ('') as no date, not as an invalid one", () => {
    const a = adapter('fi-FI');
    expect(a.deserialize('')).toBeNull();
    expect(a.deserialize('2026-02-01')).toBe('2026-02-01');
    expect(a.isValid(a.deserialize('2026-02-30') as string)).toBe(false);
  });

  it('does calendar arithmetic on the strings, with Monday first in Finnish', () => {
    const a = adapter('fi-FI');
    expect(a.addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(a.addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(a.getNumDaysInMonth('2028-02-10')).toBe(29);
    expect(a.getFirstDayOfWeek()).toBe(1);
    expect(a.getDayOfWeek('2026-12-06')).toBe(0);
  });
});
