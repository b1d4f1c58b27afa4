import { ageSpan, freshnessAge, moveInGrid } from './strategy-map.util';

describe('moveInGrid (WAI-ARIA grid keys)', () => {
  const at = { row: 1, col: 1 };
  it('moves one cell with the arrows', () => {
    expect(moveInGrid(at, 'ArrowRight', false, 3, 3)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid(at, 'ArrowLeft', false, 3, 3)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid(at, 'ArrowDown', false, 3, 3)).toEqual({ row: 2, col: 1 });
    expect(moveInGrid(at, 'ArrowUp', false, 3, 3)).toEqual({ row: 0, col: 1 });
  });
  it('stops at the edges instead of wrapping', () => {
    expect(moveInGrid({ row: 0, col: 2 }, 'ArrowRight', false, 3, 3)).toEqual({ row: 0, col: 2 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', false, 3, 3)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 2, col: 0 }, 'ArrowDown', false, 3, 3)).toEqual({ row: 2, col: 0 });
  });
  it('Home/End go along the row; with Ctrl to the first and last cell of the grid', () => {
    expect(moveInGrid(at, 'Home', false, 3, 4)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid(at, 'End', false, 3, 4)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid(at, 'Home', true, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(at, 'End', true, 3, 4)).toEqual({ row: 2, col: 3 });
  });
  it('leaves other keys (Enter, Tab) to the browser, and has nowhere to go in an empty grid', () => {
    expect(moveInGrid(at, 'Enter', false, 3, 3)).toBeNull();
    expect(moveInGrid(at, 'Tab', false, 3, 3)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowDown', false, 0, 0)).toBeNull();
  });
});

describe('ageSpan', () => {
  it('days to 13, weeks to 8, months to 23, then years', () => {
    expect(ageSpan(0)).toEqual({ value: 0, unit: 'day' });
    expect(ageSpan(13)).toEqual({ value: 13, unit: 'day' });
    expect(ageSpan(21)).toEqual({ value: 3, unit: 'week' });
    expect(ageSpan(59)).toEqual({ value: 8, unit: 'week' });
    expect(ageSpan(95)).toEqual({ value: 3, unit: 'month' });
    expect(ageSpan(800)).toEqual({ value: 2, unit: 'year' });
  });
});

describe('freshnessAge', () => {
  // 2026-11-15 → 2026-12-06: 21 days = 3 weeks
  const f = { lastEntryDate: '2026-11-15', referenceDate: '2026-12-06' };
  it('says "3 weeks ago" against today in each language', () => {
    expect(freshnessAge(f, '2026-12-06', 'fi')).toEqual({ text: '3 viikkoa sitten', relativeToToday: true });
    expect(freshnessAge(f, '2026-12-06', 'sv')).toEqual({ text: 'för 3 veckor sedan', relativeToToday: true });
    expect(freshnessAge(f, '2026-12-06', 'en')).toEqual({ text: '3 weeks ago', relativeToToday: true });
  });
  it('uses the language’s own words: "eilen", singular and plural', () => {
    expect(freshnessAge({ lastEntryDate: '2026-12-05', referenceDate: '2026-12-06' }, '2026-12-06', 'fi')?.text).toBe('eilen');
    expect(freshnessAge({ lastEntryDate: '2026-11-29', referenceDate: '2026-12-06' }, '2026-12-06', 'en')?.text).toBe('7 days ago');
    expect(freshnessAge({ lastEntryDate: '2026-10-01', referenceDate: '2026-12-06' }, '2026-12-06', 'sv')?.text).toBe('för 2 månader sedan');
  });
  it('gives the bare span against a past reference day (as-of 30.6.2020: 10.6. is 20 days = 2 weeks before)', () => {
    expect(freshnessAge({ lastEntryDate: '2020-06-10', referenceDate: '2020-06-30' }, '2026-12-06', 'fi')).toEqual({ text: '2 viikkoa', relativeToToday: false });
    expect(freshnessAge({ lastEntryDate: '2020-06-10', referenceDate: '2020-06-30' }, '2026-12-06', 'en')).toEqual({ text: '2 weeks', relativeToToday: false });
  });
  it('is null without an entry', () => expect(freshnessAge({ lastEntryDate: null, referenceDate: '2020-06-30' }, '2026-12-06', 'fi')).toBeNull());
});
