import { axisTickFormatter, distributionMax, formatDecimal, formatPercent, toGroupedTrend, toStackedDistribution, toTrendTable } from './chart-mapping.util';

const scale = [
  { value: 2, label: 'toteutui huonosti' },
  { value: 1, label: 'ei toteutunut' },
  { value: 3, label: 'toteutui kohtalaisesti' },
];

describe('toStackedDistribution', () => {
  it('gives one bar per row with one segment per scale value in scale order, zeros kept', () => {
    const data = toStackedDistribution(
      [{ label: 'Teema 1', respondentCount: 4, average: 2.5, buckets: [{ value: 3, n: 3, percent: 75 }, { value: 1, n: 1, percent: 25 }] }],
      scale,
    );
    expect(data).toEqual([
      {
        name: 'Teema 1',
        series: [
          { name: '1 = ei toteutunut', value: 1, extra: { percent: 25, value: 1 } },
          { name: '2 = toteutui huonosti', value: 0, extra: { percent: 0, value: 2 } },
          { name: '3 = toteutui kohtalaisesti', value: 3, extra: { percent: 75, value: 3 } },
        ],
      },
    ]);
  });

  it('uses the largest respondent count as the common length', () => {
    expect(
      distributionMax([
        { label: 'a', respondentCount: 13, average: null, buckets: [{ value: 4, n: 9, percent: 0 }, { value: 5, n: 4, percent: 0 }] },
        { label: 'b', respondentCount: 12, average: null, buckets: [{ value: 4, n: 12, percent: 0 }] },
      ]),
    ).toBe(13);
    expect(distributionMax([])).toBe(1);
  });
});

describe('toGroupedTrend and toTrendTable', () => {
  const regions = [
    { id: 'ep', label: 'Etelä-Pohjanmaa' },
    { id: 'kp', label: 'Keski-Pohjanmaa' },
    { id: 'po', label: 'Pohjanmaa' },
  ];
  const points = [
    { year: 2021, regionId: 'kp', average: 4.1, respondentCount: 12 },
    { year: 2020, regionId: 'po', average: 3.9, respondentCount: 10 },
    { year: 2020, regionId: 'kp', average: 4.15, respondentCount: 13 },
  ];

  it('groups by year ascending and orders bars by region, leaving out regions without a survey', () => {
    expect(toGroupedTrend(points, regions)).toEqual([
      {
        name: '2020',
        series: [
          { name: 'Keski-Pohjanmaa', value: 4.15, extra: { respondentCount: 13 } },
          { name: 'Pohjanmaa', value: 3.9, extra: { respondentCount: 10 } },
        ],
      },
      { name: '2021', series: [{ name: 'Keski-Pohjanmaa', value: 4.1, extra: { respondentCount: 12 } }] },
    ]);
  });

  it('lists a table row per year with a cell per region, empty where there is no survey', () => {
    expect(toTrendTable(points, regions)).toEqual([
      { year: 2020, cells: [null, { average: 4.15, respondentCount: 13 }, { average: 3.9, respondentCount: 10 }] },
      { year: 2021, cells: [null, { average: 4.1, respondentCount: 12 }, null] },
    ]);
  });

  it('handles ten years by three regions', () => {
    const many = Array.from({ length: 10 }, (_, i) => regions.map((r) => ({ year: 2015 + i, regionId: r.id, average: 3 + i / 10, respondentCount: 10 }))).flat();
    const data = toGroupedTrend(many, regions);
    expect(data).toHaveLength(10);
    expect(data.every((group) => group.series.length === 3)).toBe(true);
  });
});

describe('formatting', () => {
  it('writes decimals the way each language does', () => {
    expect(formatDecimal(4.15, 'fi')).toBe('4,15');
    expect(formatDecimal(4.1, 'en')).toBe('4.10');
    expect(formatDecimal(null, 'fi')).toBe('–');
    expect(formatPercent(7.7, 'fi')).toBe('7,7 %');
  });
});

describe('axisTickFormatter', () => {
  it('writes value-axis ticks with the page language decimal mark and no forced decimals', () => {
    expect([0, 0.5, 1, 4.15].map(axisTickFormatter('fi'))).toEqual(['0', '0,5', '1', '4,15']);
    expect([0, 0.5, 1, 4.15].map(axisTickFormatter('sv'))).toEqual(['0', '0,5', '1', '4,15']);
    expect([0, 0.5, 1, 4.15].map(axisTickFormatter('en'))).toEqual(['0', '0.5', '1', '4.15']);
  });
  it('rounds to the given decimals and leaves non-numeric ticks alone', () => {
    expect(axisTickFormatter('fi', 0)(33.4)).toBe('33');
    expect(axisTickFormatter('fi')('Etelä-Pohjanmaa')).toBe('Etelä-Pohjanmaa');
    expect(axisTickFormatter('en')('2.5')).toBe('2.5');
  });
});
