import type { PlanActionDto } from '@suunta/shared-domain';
import { formatTarget, planGrid } from './plan-grid.util';

const action = (id: string, themeId: string, year: number, sortOrder = 0) => ({ id, themeId, year, sortOrder }) as PlanActionDto;

describe('planGrid', () => {
  it('puts each action in its theme row and year column, rows in theme order', () => {
    const grid = planGrid({
      startYear: 2021,
      endYear: 2022,
      themes: [
        { id: 't2', title: 'Toinen', focusAreaId: 'f2', sortOrder: 2, focusAreaCode: null, focusAreaTitle: '', version: 1 },
        { id: 't1', title: 'Ensimmäinen', focusAreaId: 'f1', sortOrder: 1, focusAreaCode: null, focusAreaTitle: '', version: 1 },
      ],
      actions: [action('a', 't1', 2022, 2), action('b', 't1', 2022, 1), action('c', 't2', 2021)],
    });
    expect(grid.map((r) => r.themeId)).toEqual(['t1', 't2']);
    expect(grid[0].cells.map((c) => [c.year, c.actions.map((a) => a.id)])).toEqual([[2021, []], [2022, ['b', 'a']]]);
    expect(grid[1].cells[0].actions.map((a) => a.id)).toEqual(['c']);
  });
});

describe('formatTarget', () => {
  it('writes the number in the locale with its unit, or nothing without a number', () => {
    expect(formatTarget({ value: 2.5, unit: 'kokousta', milestoneDate: null }, 'fi-FI')).toBe('2,5 kokousta');
    expect(formatTarget({ value: null, unit: null, milestoneDate: '2020-03-31' }, 'fi-FI')).toBeNull();
  });
});
