import type { IndicatorTrendDto } from '@suunta/shared-domain';
import { formatFetchDate, formatIndicatorValue, hasValues, indicatorTitle, thlText, toLineSeries, toTrendRows } from './indicator-view.util';

const trend = {
  indicator: { sotkanetId: 5, title: { fi: 'Toimeentulotuki', sv: null, en: 'Social assistance' } },
  series: [
    { regionId: 'ep', regionCode: 'EP', regionName: 'Etelä-Pohjanmaa', points: [{ year: 2020, value: 3.9, absValue: 4080 }, { year: 2021, value: 4.2, absValue: null }] },
    { regionId: 'kp', regionCode: 'KP', regionName: 'Keski-Pohjanmaa', points: [{ year: 2021, value: 2.5, absValue: null }] },
    { regionId: 'po', regionCode: 'PO', regionName: 'Pohjanmaa', points: [] },
  ],
} as unknown as IndicatorTrendDto;

describe('indicator view', () => {
  it('writes values the Finnish way in Finnish and Swedish, with THL decimals', () => {
    expect(formatIndicatorValue(3.9, 1, 'fi')).toBe('3,9');
    expect(formatIndicatorValue(4, 1, 'sv')).toBe('4,0');
    expect(formatIndicatorValue(3.9, 1, 'en')).toBe('3.9');
    // Finnish groups thousands with a no-break space
    expect(formatIndicatorValue(1234.5, 1, 'fi')).toBe('1\u00a0234,5');
    expect(formatIndicatorValue(2.345, null, 'fi')).toBe('2,35');
    expect(formatIndicatorValue(null, 1, 'fi')).toBe('–');
  });

  it('dates the fetch in Helsinki time, day first', () => {
    // 22:30 UTC on 31 Dec is already 1 Jan in Helsinki
    expect(formatFetchDate('2025-12-31T22:30:00Z', 'fi')).toBe('1.1.2026');
    expect(formatFetchDate(null, 'fi')).toBe('–');
  });

  it('titles in the page language, else Finnish, else the Sotkanet id', () => {
    expect(indicatorTitle(trend.indicator, 'en')).toBe('Social assistance');
    expect(indicatorTitle(trend.indicator, 'sv')).toBe('Toimeentulotuki');
    expect(indicatorTitle({ sotkanetId: 4, title: { fi: null, sv: null, en: null } }, 'fi')).toBe('Sotkanet 4');
    expect(thlText(null, 'fi')).toBeNull();
  });

  it('maps a line per region with values and a table row per year', () => {
    expect(toLineSeries(trend)).toEqual([
      { name: 'Etelä-Pohjanmaa', series: [{ name: '2020', value: 3.9 }, { name: '2021', value: 4.2 }] },
      { name: 'Keski-Pohjanmaa', series: [{ name: '2021', value: 2.5 }] },
    ]);
    expect(toTrendRows(trend)).toEqual([
      { year: 2020, cells: [3.9, null, null] },
      { year: 2021, cells: [4.2, 2.5, null] },
    ]);
    expect(hasValues(trend)).toBe(true);
    expect(hasValues({ ...trend, series: [] })).toBe(false);
  });
});
