import { toGroupedBars, toGroupedTable, toProgressBars } from './bar-chart-mapping.util';

describe('bar chart mappings', () => {
  const series = [
    { id: '2019', label: '2019' },
    { id: '2020', label: '2020' },
  ];
  const groups = [
    { label: '20-1', values: [{ seriesId: '2020', value: 3.38, note: 'n = 8' }, { seriesId: '2019', value: 3.25 }] },
    { label: '20-2', values: [{ seriesId: '2020', value: null }] },
  ];

  it('orders bars by series and leaves out missing values instead of drawing zeros', () => {
    expect(toGroupedBars(groups, series)).toEqual([
      { name: '20-1', series: [{ name: '2019', value: 3.25 }, { name: '2020', value: 3.38 }] },
      { name: '20-2', series: [] },
    ]);
  });

  it('makes a group × series table with null for no data', () => {
    expect(toGroupedTable(groups, series)).toEqual([
      { label: '20-1', cells: [{ seriesId: '2019', value: 3.25 }, { seriesId: '2020', value: 3.38, note: 'n = 8' }] },
      { label: '20-2', cells: [null, null] },
    ]);
  });

  it('puts the absolute figures in the bar name and rounds the percentage, keeping overruns', () => {
    expect(toProgressBars([{ label: 'Kokoukset', percent: 33.333, text: '1 / 3' }, { label: 'Koulutukset', percent: 150, text: '6 / 4' }])).toEqual([
      { name: 'Kokoukset — 1 / 3', value: 33 },
      { name: 'Koulutukset — 6 / 4', value: 150 },
    ]);
  });
});
