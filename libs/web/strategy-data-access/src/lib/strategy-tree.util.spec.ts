import type { FocusAreaNode, StrategySummaryDto, StrategyTreeDto } from '@suunta/shared-domain';
import { defaultStrategy, focusAreaCounts, moveId, searchTree } from './strategy-tree.util';

const role = (fi: string) => ({ id: fi, code: fi, kind: 'person' as const, scope: 'organization' as const, name: { fi, en: `${fi} (en)` }, sortOrder: 1, version: 1 });
const action = (id: string, text: string, roles: string[] = []) => ({
  id, csfId: 'c1', criterionId: 'k1', text, goal: null, roleIds: roles, roles: roles.map(role), roleNote: null, note: null, measures: [], sortOrder: 1, predecessorId: null, version: 1,
});

function tree(): StrategyTreeDto {
  const fa: FocusAreaNode = {
    id: 'fa1', strategyId: 's', code: '2015-4', title: 'Kehittää ja systematisoi alueellista tietotuotantoa', description: null, sortOrder: 1, predecessorId: null, version: 1,
    csfs: [
      {
        id: 'c1', focusAreaId: 'fa1', title: 'Kestävän kehittämisen rakenne ja toimintatapa', description: null, sortOrder: 1, predecessorId: null, version: 1,
        actions: [{ ...action('a3', 'CSF-tason työ'), criterionId: null }],
        criteria: [
          {
            id: 'k1', csfId: 'c1', title: 'Tietotuotannon ja sen rakenteen kehittyminen', description: null, measurementKind: 'milestone', unit: null, yearlyTarget: null,
            deadline: null, frequency: '1 krt/toimintavuosi', method: 'Nykytila-analyysi', measures: [], roleIds: [], roles: [], sortOrder: 1, predecessorId: null, version: 1,
            actions: [action('a1', 'Sosiaalialan tietotuotannon nykytila-analyysi', ['tutkija-suunnittelija', 'kehitysjohtaja']), action('a2', 'Roolien määritteleminen')],
          },
        ],
      },
    ],
  };
  return { strategy: {} as StrategyTreeDto['strategy'], approvedByRole: null, focusAreas: [fa] };
}

describe('searchTree', () => {
  it('finds items at every level containing all the words, in tree order, with their path', () => {
    const hits = searchTree(tree(), 'TIETOTUOTANNON  nykytila');
    expect(hits.map((h) => [h.kind, h.id, h.path.length])).toEqual([
      ['criterion', 'k1', 2],
      ['action', 'a1', 3],
    ]);
    expect(searchTree(tree(), 'tietotuotanto').map((h) => h.kind)).toEqual(['focusArea']);
    expect(searchTree(tree(), 'tietotuotan').map((h) => h.id)).toEqual(['fa1', 'k1', 'a1']);
  });

  it('matches criteria by method and frequency, actions by their roles, and nothing on a blank query', () => {
    expect(searchTree(tree(), 'nykytila-analyysi').map((h) => h.id)).toEqual(['k1', 'a1']);
    expect(searchTree(tree(), '1 krt').map((h) => h.id)).toEqual(['k1']);
    expect(searchTree(tree(), 'kehitysjohtaja').map((h) => h.id)).toEqual(['a1']);
    expect(searchTree(tree(), 'kehitysjohtaja (en)', (r) => r.name.en ?? r.name.fi).map((h) => h.id)).toEqual(['a1']);
    expect(searchTree(tree(), 'csf-tason').map((h) => [h.id, h.path])).toEqual([['a3', ['Kehittää ja systematisoi alueellista tietotuotantoa', 'Kestävän kehittämisen rakenne ja toimintatapa']]]);
    expect(searchTree(tree(), '   ')).toEqual([]);
  });
});

describe('focusAreaCounts', () => {
  it('counts CSFs, criteria and actions of both kinds', () => {
    expect(focusAreaCounts(tree().focusAreas[0])).toEqual({ csfs: 1, criteria: 1, actions: 3 });
  });
});

describe('defaultStrategy', () => {
  const s = (id: string, status: StrategySummaryDto['status'], validFrom: string | null = null, validTo: string | null = null) =>
    ({ id, status, validFrom, validTo, hasVision: id === '2015' }) as StrategySummaryDto;
  it('opens the approved version valid today, not the archived strategy proper', () => {
    const list = [s('2015', 'archived'), s('2018', 'archived'), s('2020', 'approved', '2020-01-01', '2020-12-31'), s('2024', 'approved', '2024-01-01', '2027-12-31'), s('d', 'draft')];
    expect(defaultStrategy(list, '2026-12-06')?.id).toBe('2024');
    expect(defaultStrategy(list, '2020-06-01')?.id).toBe('2020');
  });
  it('falls back to the approved version that started last, then to the newest non-draft, then to the newest', () => {
    expect(defaultStrategy([s('2015', 'archived'), s('2020', 'approved', '2020-01-01', '2020-12-31'), s('d', 'draft')], '2026-12-06')?.id).toBe('2020');
    expect(defaultStrategy([s('a', 'archived'), s('b', 'archived'), s('c', 'draft')], '2026-12-06')?.id).toBe('b');
    expect(defaultStrategy([s('a', 'draft'), s('b', 'draft')])?.id).toBe('b');
    expect(defaultStrategy([])).toBeUndefined();
  });
  it("judges by Finland's day: on New Year's night the new version is in force, though UTC is still in the old year", () => {
    jest.useFakeTimers({ now: new Date('2025-12-31T22:30:00Z') }); // 00:30 on 1 January 2026 in Helsinki
    try {
      const list = [s('2021', 'approved', '2021-01-01', '2025-12-31'), s('2026', 'approved', '2026-01-01', '2030-12-31')];
      expect(defaultStrategy(list)?.id).toBe('2026');
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('moveId', () => {
  it('swaps with the neighbour and ignores moves past the ends', () => {
    expect(moveId(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});
