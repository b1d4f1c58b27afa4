import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TrendChartComponent } from './trend-chart.component';

describe('TrendChartComponent', () => {
  it('lists the averages as a year × region table, with the respondents and "no survey" for a missing year', async () => {
    TestBed.configureTestingModule({ imports: [TrendChartComponent], providers: [provideNoopAnimations()] });
    const fixture = TestBed.createComponent(TrendChartComponent);
    fixture.componentRef.setInput('points', [
      { year: 2020, regionId: 'la', average: 4.15, respondentCount: 13 },
      { year: 2021, regionId: 'la', average: 4, respondentCount: 9 },
      { year: 2021, regionId: 'po', average: 3.5, respondentCount: 20 },
    ]);
    fixture.componentRef.setInput('regions', [{ id: 'la', label: 'Lappi' }, { id: 'po', label: 'Pohjanmaa' }]);
    fixture.componentRef.setInput('texts', { caption: 'Osallisuus', year: 'Vuosi', averageAxis: 'keskiarvo', respondents: 'vastaajia', noSurvey: 'ei kyselyä' });
    fixture.detectChanges();
    await fixture.whenStable();
    const table = (fixture.nativeElement as HTMLElement).querySelector('table[data-testid=trend-table]')!;
    expect(table.querySelector('caption')?.textContent).toBe('Osallisuus');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Vuosi', 'Lappi', 'Pohjanmaa']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['2020', '4,15 (vastaajia 13)', 'ei kyselyä'],
      ['2021', '4,00 (vastaajia 9)', '3,50 (vastaajia 20)'],
    ]);
  });
});
