import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { IndicatorChoiceDto, IndicatorTrendDto } from '@suunta/shared-domain';
import { FocusAreaIndicatorsComponent } from './focus-area-indicators.component';

const tick = () => new Promise((resolve) => setTimeout(resolve));

// jsdom has no IntersectionObserver (@defer on viewport); one that never fires keeps the chart deferred.
(globalThis as { IntersectionObserver?: unknown }).IntersectionObserver ??= class {
  observe(): void { /* never in view */ }
  unobserve(): void { /* nothing */ }
  disconnect(): void { /* nothing */ }
};

const choice = (over: Partial<IndicatorChoiceDto>): IndicatorChoiceDto => ({
  id: 'c5', sotkanetId: 5, focusAreaId: 'fa', focusAreaCode: '2020-2', focusAreaTitle: 'Sosiaalisen vahvistaminen',
  title: { fi: 'Toimeentulotukea saaneet 25 - 64-vuotiaat', sv: null, en: null }, description: null, interpretation: null,
  source: { fi: 'THL', sv: 'THL', en: 'THL' }, unit: '%', decimals: 1, rangeStart: null, rangeEnd: null, fetchStatus: 'not_fetched',
  fetchError: null, lastAttemptAt: null, valuesFetchedAt: null, valuesSource: null, valueCount: 0, version: 1, ...over,
});

async function render(trends: IndicatorTrendDto[]) {
  TestBed.configureTestingModule({
    imports: [FocusAreaIndicatorsComponent, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(FocusAreaIndicatorsComponent);
  fixture.componentRef.setInput('focusAreaId', 'fa');
  fixture.detectChanges();
  http.expectOne('/api/indicators/focus-areas/fa').flush(trends);
  await tick();
  fixture.detectChanges();
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('FocusAreaIndicatorsComponent', () => {
  it('says "not fetched yet" and draws nothing before any values are stored', async () => {
    const el = await render([{ indicator: choice({}), series: [] }]);
    expect(el.querySelector('h3')?.textContent).toContain('Toimeentulotukea saaneet 25 - 64-vuotiaat');
    // the state line (its text is the scope's, loaded lazily) stands where the chart and table would
    expect(el.querySelector('[data-testid="indicator-state"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="indicator-table"]')).toBeNull();
  });

  it('gives a year × region table with Finnish decimals, and switches it into view', async () => {
    const el = await render([
      {
        indicator: choice({ fetchStatus: 'ok', valuesFetchedAt: '2026-12-01T10:00:00Z', valuesSource: 'sotkanet_api', valueCount: 3 }),
        series: [
          { regionId: 'ep', regionCode: 'EP', regionName: 'Etelä-Pohjanmaa', points: [{ year: 2020, value: 3.9, absValue: null }, { year: 2021, value: 4, absValue: null }] },
          { regionId: 'kp', regionCode: 'KP', regionName: 'Keski-Pohjanmaa', points: [{ year: 2021, value: 2.5, absValue: null }] },
        ],
      },
    ]);
    const rows = [...el.querySelectorAll('[data-testid="indicator-table"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['2020', '3,9'],
      ['2021', '4,0'],
    ]);
    expect(rows[1][2]).toBe('2,5');
    expect(el.querySelector('[data-testid="indicator-state"]')).toBeNull();
    const toggle = el.querySelector<HTMLButtonElement>('[data-testid="indicator-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await tick();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows nothing when no indicator is linked', async () => {
    const el = await render([]);
    expect(el.querySelector('[data-testid="focus-area-indicators"]')).toBeNull();
  });
});
