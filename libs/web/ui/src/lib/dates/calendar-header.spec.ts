import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatCalendar, MatDatepickerIntl } from '@angular/material/datepicker';
import { LabelledCalendarHeader } from './calendar-header';

@Component({
  imports: [MatCalendar],
  template: `<mat-calendar [headerComponent]="header" [startAt]="start" />`,
})
class Host {
  header = LabelledCalendarHeader;
  start = new Date(2026, 11, 6);
}

describe('LabelledCalendarHeader', () => {
  beforeEach(() => {
    const intl = new MatDatepickerIntl();
    intl.switchToMultiYearViewLabel = 'Valitse vuosi ja kuukausi';
    intl.switchToMonthViewLabel = 'Valitse päivä';
    TestBed.configureTestingModule({ providers: [provideNativeDateAdapter(), { provide: MatDatepickerIntl, useValue: intl }] });
  });

  const periodButton = (fixture: { nativeElement: HTMLElement }) => fixture.nativeElement.querySelector('.mat-calendar-period-button') as HTMLButtonElement;

  it('names the period button by its visible month and year, then by what it does (WCAG 2.5.3)', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    fixture.detectChanges();
    const button = periodButton(fixture);
    const visible = (button.querySelector('span[aria-hidden="true"]') as HTMLElement).textContent?.trim() ?? '';
    expect(visible).toMatch(/2026/);
    const name = button.getAttribute('aria-label') ?? '';
    expect(name.toLowerCase()).toContain(visible.toLowerCase());
    expect(name).toContain('Valitse vuosi ja kuukausi');
  });

  it('keeps the name in step with the view: the year range in the multi-year view', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    fixture.detectChanges();
    periodButton(fixture).click();
    fixture.detectChanges();
    const button = periodButton(fixture);
    const visible = (button.querySelector('span[aria-hidden="true"]') as HTMLElement).textContent?.trim() ?? '';
    expect(visible).toMatch(/\d{4}.*\d{4}/);
    expect(button.getAttribute('aria-label')).toBe(`${visible}, Valitse päivä`);
  });
});
