import type { StrategyMapCell, StrategyMapDto } from '@suunta/shared-domain';
import { mapTable } from './board-pack-map';
import { BOARD_PACK_TEXT } from './board-pack.i18n';

const cell = (over: Partial<StrategyMapCell>): StrategyMapCell => ({
  year: 2021,
  regionId: 'kp',
  regionCode: 'KP',
  status: 'at_risk',
  criteria: { onTarget: 1, total: 2, previousYear: 2020, previousOnTarget: 0, previousTotal: 2, trend: 'up' },
  survey: { average: 2, respondentCount: 2, previousYear: 2020, previousAverage: 4, change: -2, trend: 'down' },
  freshness: { lastEntryDate: '2021-05-20', referenceDate: '2021-06-30', hasItems: true, stale: false },
  ...over,
});

const map = (cells: StrategyMapCell[], axis: 'regions' | 'years' = 'regions'): StrategyMapDto => ({
  filters: { strategyId: 's', strategyCode: null, strategyTitle: 'S', year: 2021, regionId: null, regionCode: null, asOf: '2021-06-30', generatedAt: '', axis },
  columns: cells.map(({ year, regionId, regionCode }) => ({ year, regionId, regionCode })),
  rows: [{ focusAreaId: 'fa', code: '20-1', title: 'Integraatio', cells }],
});

const regions = [{ id: 'kp', code: 'KP', name: { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten' } }];
const symbol = { on_track: '[+]', at_risk: '[!]', off_track: '[x]', no_data: '[-]' } as const;
const num = (v: number | null) => (v === null ? '–' : v.toFixed(2).replace('.', ','));
const date = (d: string) => d.split('-').reverse().map(Number).join('.');

describe('mapTable (the strategy map in the board pack)', () => {
  it('writes status words, counts, the direction as sign and word, and the newest entry', () => {
    const t = mapTable(map([cell({})]), 'fi', regions, { status: BOARD_PACK_TEXT.fi.status, symbol }, num, date);
    expect(t.headers).toEqual(['Painopiste', 'Keski-Pohjanmaa']);
    expect(t.rows).toEqual([['20-1 Integraatio', '[!] riskissä\nkriteerit 1/2 (+ parempi)\nkysely 2,00 (− heikompi)\npäivitetty 20.5.2021']]);
  });

  it('speaks Swedish, names years as columns on the years axis, and marks stale or empty cells in words', () => {
    const stale = cell({ year: 2020, status: 'no_data', criteria: { onTarget: 0, total: 0, previousYear: 2019, previousOnTarget: 0, previousTotal: 0, trend: null }, survey: { average: null, respondentCount: 0, previousYear: null, previousAverage: null, change: null, trend: null }, freshness: { lastEntryDate: null, referenceDate: '2020-12-31', hasItems: true, stale: true } });
    const t = mapTable(map([stale], 'years'), 'sv', regions, { status: BOARD_PACK_TEXT.sv.status, symbol }, num, date);
    expect(t.headers).toEqual(['Fokusområde', '2020']);
    expect(t.rows[0][1]).toBe('[-] ingen uppgift\ninga anteckningar GAMMAL');
  });
});
