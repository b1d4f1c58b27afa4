import { asOfParam, boardPackUrl, boardParams } from './board-api.service';

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

  it('carries the as-of day into the dashboard and the board pack, so the pack says what the page said', () => {
    expect(boardParams({ year: 2020, asOf: '2020-12-31' })).toEqual({ year: '2020', asOf: '2020-12-31' });
    expect(boardPackUrl({ year: 2020, asOf: '2020-12-31' }, 'fi')).toBe('/api/dashboard/board-pack.pdf?year=2020&asOf=2020-12-31&lang=fi');
  });

  it('takes an as-of day from the address only as YYYY-MM-DD of a real day', () => {
    expect(asOfParam('2020-12-31')).toBe('2020-12-31');
    expect(asOfParam('31.12.2020')).toBeNull();
    expect(asOfParam('2020-13-01')).toBeNull();
    expect(asOfParam('2020-02-30')).toBeNull();
    expect(asOfParam('')).toBeNull();
    expect(asOfParam(null)).toBeNull();
  });
});
