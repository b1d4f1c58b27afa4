import type { DashboardDto, DashboardFocusAreaDto, RollupStatus } from '@suunta/shared-domain';
import { completionChart, filterFocusAreas, regionsChart, sortFocusAreas, surveyTrendChart, targetChart } from './board-view.util';

function fa(id: string, sortOrder: number, o: { status?: RollupStatus; share?: number | null; average?: number | null; updated?: string | null; total?: number; done?: number; cancelled?: number } = {}): DashboardFocusAreaDto {
  return {
    id,
    code: `20-${sortOrder}`,
    title: `Painopiste ${id}`,
    sortOrder,
    status: o.status ?? 'no_data',
    planIds: [],
    themeIds: [],
    actions: {
      total: o.total ?? 0,
      planned: 0,
      inProgress: 0,
      done: o.done ?? 0,
      postponed: 0,
      cancelled: o.cancelled ?? 0,
      overdue: 0,
      shareDone: o.share ?? null,
      ids: { done: [], inProgress: [], overdue: [], all: [] },
    },
    criteria: { total: 0, onTarget: 0, atRisk: 0, offTrack: 0, noData: 0, ids: { onTarget: [], all: [] } },
    countCriteria: [],
    survey: { year: 2020, average: o.average ?? null, respondentCount: 0, previousYear: null, previousAverage: null, change: null, surveyIds: [], sourceFocusAreaIds: [] },
    lineage: [],
    lastUpdated: o.updated ?? null,
    freshness: { lastEntryDate: null, referenceDate: '2020-12-31', hasItems: false, stale: false },
    links: { entries: '', progressEntries: '', surveys: '', surveySeries: '' },
  };
}

describe('sortFocusAreas', () => {
  const rows = [fa('a', 1, { status: 'on_track', average: 3.2 }), fa('b', 2, { status: 'off_track', average: null }), fa('c', 3, { status: 'at_risk', average: 4.1 })];

  it('puts the worst status first ascending', () => expect(sortFocusAreas(rows, 'status', 'asc').map((r) => r.id)).toEqual(['b', 'c', 'a']));
  it('sorts by survey average descending with the unmeasured last', () => expect(sortFocusAreas(rows, 'survey', 'desc').map((r) => r.id)).toEqual(['c', 'a', 'b']));
  it('keeps the unmeasured last ascending too', () => expect(sortFocusAreas(rows, 'survey', 'asc').map((r) => r.id)).toEqual(['a', 'c', 'b']));
  it('sorts timestamps as text', () =>
    expect(sortFocusAreas([fa('x', 1, { updated: '2020-05-01T00:00:00Z' }), fa('y', 2, { updated: '2020-06-01T00:00:00Z' })], 'updated', 'desc').map((r) => r.id)).toEqual(['y', 'x']));
  it('does not change its input', () => {
    sortFocusAreas(rows, 'status', 'asc');
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('filterFocusAreas', () => {
  const rows = [fa('a', 1, { status: 'on_track' }), fa('b', 2, { status: 'off_track' })];
  it('keeps all without filters', () => expect(filterFocusAreas(rows, { statuses: [], text: ' ' })).toHaveLength(2));
  it('filters by status', () => expect(filterFocusAreas(rows, { statuses: ['off_track'], text: '' }).map((r) => r.id)).toEqual(['b']));
  it('filters by code or title, case-insensitively', () => {
    expect(filterFocusAreas(rows, { statuses: [], text: '20-1' }).map((r) => r.id)).toEqual(['a']);
    expect(filterFocusAreas(rows, { statuses: [], text: 'PAINOPISTE B' }).map((r) => r.id)).toEqual(['b']);
  });
});

describe('chart mappings', () => {
  const one = fa('1', 1, { total: 5, done: 1, cancelled: 1, share: 0.25 });
  const two = fa('2', 2, { total: 1, cancelled: 1, share: null });
  one.countCriteria = [
    { criterionId: 'c', title: 'Kokoukset', measurementKind: 'count', unit: 'kokousta', yearlyTarget: 4, actual: 2.5, entries: 2, status: 'on_track' },
    { criterionId: 'd', title: 'Ei tavoitetta', measurementKind: 'count', unit: null, yearlyTarget: null, actual: 3, entries: 1, status: 'on_track' },
  ];
  const d = {
    focusAreas: [one, two],
    options: { strategies: [], years: [], yearsWithData: [], regions: [{ id: 'EP', code: 'EP', name: { fi: 'Etelä-Pohjanmaa' } }, { id: 'KP', code: 'KP', name: { fi: 'Keski-Pohjanmaa' } }] },
    surveyTrend: [
      { focusAreaId: '1', year: 2020, regionId: null, average: 3.38, respondentCount: 8, surveyIds: [], sourceFocusAreaIds: [] },
      { focusAreaId: '1', year: 2017, regionId: null, average: 3.5, respondentCount: 4, surveyIds: [], sourceFocusAreaIds: [] },
    ],
    surveyByRegion: [{ focusAreaId: '1', year: 2020, regionId: 'KP', average: 4, respondentCount: 5, surveyIds: [], sourceFocusAreaIds: [] }],
  } as unknown as DashboardDto;

  it('trend: one group per measured theme, one bar per year in order, answers noted', () => {
    expect(surveyTrendChart(d, 'n')).toEqual({
      series: [
        { id: '2017', label: '2017' },
        { id: '2020', label: '2020' },
      ],
      groups: [
        {
          label: '20-1',
          values: [
            { seriesId: '2020', value: 3.38, note: 'n 8' },
            { seriesId: '2017', value: 3.5, note: 'n 4' },
          ],
        },
      ],
    });
  });

  it('regions: every region is a series, only measured regions have values', () => {
    expect(regionsChart(d, (r) => r.name.fi, 'n')).toEqual({
      series: [
        { id: 'EP', label: 'Etelä-Pohjanmaa' },
        { id: 'KP', label: 'Keski-Pohjanmaa' },
      ],
      groups: [{ label: '20-1', values: [{ seriesId: 'KP', value: 4, note: 'n 5' }] }],
    });
  });

  it('completion: done of the actions that count; a theme with only cancelled actions is left out', () => {
    expect(completionChart(d)).toEqual([{ label: '20-1', percent: 25, text: '1 / 4' }]);
  });

  it('targets: only count criteria with a target, the figures in the language', () => {
    expect(targetChart(d, 'fi')).toEqual([{ label: 'Kokoukset (20-1)', percent: 62.5, text: '2,5 / 4 kokousta' }]);
  });
});
