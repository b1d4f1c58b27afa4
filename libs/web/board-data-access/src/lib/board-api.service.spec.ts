import { boardPackUrl, boardParams } from './board-api.service';

describe('board filters to query parameters', () => {
  it('leaves out unset filters so the API picks its defaults', () => {
    expect(boardParams({})).toEqual({});
    expect(boardParams({ strategyId: null, year: null, regionId: null })).toEqual({});
  });

  it('sends every set filter', () => {
    expect(boardParams({ strategyId: 's', year: 2020, regionId: 'r' })).toEqual({ strategyId: 's', year: '2020', regionId: 'r' });
  });

  it('builds the board pack link with the language, falling back to Finnish', () => {
    expect(boardPackUrl({ year: 2020, regionId: 'r' }, 'sv')).toBe('/api/dashboard/board-pack.pdf?year=2020&regionId=r&lang=sv');
    expect(boardPackUrl({}, 'de')).toBe('/api/dashboard/board-pack.pdf?lang=fi');
  });
});
