import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { DashboardDto } from '@suunta/shared-domain';
import { asOfParam, BoardApi, boardFiltersFrom, boardPackUrl, boardParams } from './board-api.service';

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

describe('board filters from the address', () => {
  const query = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

  it('reads the four filters, leaving a malformed year or day to the API defaults', () => {
    expect(boardFiltersFrom(query({ strategyId: 's', year: '2020', regionId: 'r', asOf: '2020-12-31' }))).toEqual({ strategyId: 's', year: 2020, regionId: 'r', asOf: '2020-12-31' });
    expect(boardFiltersFrom(query({ year: '20x0', asOf: '2020-02-30' }))).toEqual({ strategyId: null, year: null, regionId: null, asOf: null });
    expect(boardFiltersFrom(query({ year: '-3' })).year).toBeNull();
  });
});

describe('BoardApi.prefetchDashboard', () => {
  let api: BoardApi;
  let http: HttpTestingController;
  const answer = { filters: { year: 2020 } } as unknown as DashboardDto;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(BoardApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('the page takes over the request started for the same filters: one request, one answer', async () => {
    api.prefetchDashboard({ year: 2020, regionId: 'r' });
    const page = api.dashboard({ year: 2020, regionId: 'r' });
    http.expectOne('/api/dashboard?year=2020&regionId=r').flush(answer);
    await expect(page).resolves.toEqual(answer);
  });

  it('asks again for other filters, and for the same filters a second time', async () => {
    api.prefetchDashboard({ year: 2020 });
    const other = api.dashboard({ year: 2021 });
    http.expectOne('/api/dashboard?year=2020').flush(answer);
    http.expectOne('/api/dashboard?year=2021').flush(answer);
    await other;
    const again = api.dashboard({ year: 2020 });
    http.expectOne('/api/dashboard?year=2020').flush(answer);
    await expect(again).resolves.toEqual(answer);
  });

  it("hands a failed prefetch to the page as the page's own failure", async () => {
    api.prefetchDashboard({ year: 2020 });
    http.expectOne('/api/dashboard?year=2020').flush({ code: 'internal' }, { status: 503, statusText: 'Service Unavailable' });
    await expect(api.dashboard({ year: 2020 })).rejects.toMatchObject({ status: 503 });
  });
});
