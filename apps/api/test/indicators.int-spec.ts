import { SeedRunner } from '@suunta/api-core';
import { IndicatorsService } from '@suunta/api-indicators';
import { createTestApp, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp } from '@suunta/api-testing';
import type { IndicatorChoiceDto, IndicatorCsvPreviewDto, IndicatorRegionDto, IndicatorTrendDto } from '@suunta/shared-domain';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../src/app/app.module';
import { waitUntil } from './support/wait-until';

/**
 * A stand-in for THL Sotkanet's REST API 1.1 on loopback, answering in its documented format:
 * `/indicators/{id}` (metadata), `/regions`, `/json?indicator=&years=&genders=` (data). The region
 * ids here are made up (9014…); the maakunta codes 14/15/16 are Statistics Finland's codes of
 * Etelä-Pohjanmaa, Pohjanmaa and Keski-Pohjanmaa, which the seed maps the demo's regions to.
 */
const REGIONS = [
  { id: 9014, title: { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten', en: 'South Ostrobothnia' }, code: '14', category: 'MAAKUNTA' },
  { id: 9015, title: { fi: 'Pohjanmaa', sv: 'Österbotten', en: 'Ostrobothnia' }, code: '15', category: 'MAAKUNTA' },
  { id: 9016, title: { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten', en: 'Central Ostrobothnia' }, code: '16', category: 'MAAKUNTA' },
  { id: 9001, title: { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' }, code: '01', category: 'MAAKUNTA' },
  // the same code in another category must not be taken for the maakunta
  { id: 7014, title: { fi: 'Kunta 14', sv: null, en: null }, code: '14', category: 'KUNTA' },
];

const METADATA: Record<number, object> = {
  5: {
    id: 5,
    title: { fi: 'Toimeentulotukea saaneet 25 - 64-vuotiaat, % vastaavanikäisestä väestöstä', sv: '25-64-åriga mottagare av utkomststöd, % av befolkningen i samma ålder', en: 'Social assistance recipients aged 25-64, as % of total population of same age' },
    description: { fi: 'Indikaattori ilmaisee…', sv: 'Indikatorn visar…', en: 'The indicator gives…' },
    interpretation: { fi: 'Tulkinta…', sv: null, en: 'Interpretation…' },
    source: { fi: 'Terveyden ja hyvinvoinnin laitos (THL)', sv: 'Institutet för hälsa och välfärd (THL)', en: 'Institute for Health and Welfare (THL)' },
    primaryValueType: { title: { fi: '%', sv: '%', en: '%' } },
    decimals: 1,
    range: { start: 1991, end: 2021 },
  },
  4: {
    id: 4,
    title: { fi: 'Mielenterveyden häiriöihin sairaalahoitoa saaneet 0 - 17-vuotiaat / 1 000 vastaavanikäistä', sv: 'Sv 4', en: 'En 4' },
    organization: { title: { fi: 'THL', sv: 'THL', en: 'THL' } },
    decimals: 1,
    range: { start: 2019, end: 2020 },
  },
};

/** Values of indicator 5 by Sotkanet region and year (made up for the test; gender total). */
const DATA_5: [number, number, number, number | null][] = [
  [9014, 2020, 3.9, 4080],
  [9014, 2021, 4.2, null],
  [9016, 2020, 2.5, 1010],
  [9015, 2021, 3.1, 2200],
  [9001, 2021, 6.6, 50000], // Uusimaa: not a region of the organization, left out
];

describe('context indicators (THL Sotkanet)', () => {
  let server: Server;
  let baseUrl: string;
  const asked: string[] = [];
  let t: TestApp;
  let management: SignedInAgent;
  let viewer: SignedInAgent;
  let planner: SignedInAgent;
  let orgId: string;
  let focusArea2: string;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      asked.push(url.pathname + url.search);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      const path = url.pathname.replace(/^\/rest\/1\.1/, '');
      const meta = /^\/indicators\/(\d+)$/.exec(path);
      if (meta) {
        const id = Number(meta[1]);
        if (id === 6666) return; // never answers: the client's timeout must end it
        if (METADATA[id]) return json(200, METADATA[id]);
        return json(500, { error: 'boom' });
      }
      if (path === '/regions') return json(200, REGIONS);
      if (path === '/json') {
        const indicator = Number(url.searchParams.get('indicator'));
        const years = url.searchParams.getAll('years').map(Number);
        const rows = indicator === 5 ? DATA_5 : indicator === 4 ? [[9016, 2019, 1.5, 12] as const, [9016, 2020, 1.7, 14] as const] : [];
        return json(
          200,
          rows
            .filter(([, y]) => years.includes(y))
            .map(([region, year, value, absValue]) => ({ indicator, region, year, gender: 'total', value, ...(absValue === null ? {} : { absValue }) })),
        );
      }
      json(404, { error: 'not found' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest/1.1`;

    t = await createTestApp((env) => AppModule.register(env), { SOTKANET_URL: baseUrl, SOTKANET_TIMEOUT_SECONDS: '1' });
    const runner = t.app.get(SeedRunner);
    await runner.run({ data: true, demo: false });
    await runner.run({ data: true, demo: false });
    const [org] = await t.dataSource.query(`SELECT o.id, o.code FROM organization o JOIN indicator_choice c ON c.organization_id = o.id LIMIT 1`);
    orgId = org.id;
    [{ id: focusArea2 }] = await t.dataSource.query(`SELECT id FROM focus_area WHERE organization_id = $1 AND code = '2020-2'`, [orgId]);
    management = await signIn(t, { role: 'management', organizationCode: org.code });
    viewer = await signIn(t, { role: 'viewer', organizationCode: org.code });
    planner = await signIn(t, { role: 'planner', organizationCode: org.code, regionCodes: ['KP'] });
  }, 180000);

  afterAll(async () => {
    await t?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('seeds the chosen indicators once, linked to their focus areas, with no values: "not fetched yet"', async () => {
    const list: IndicatorChoiceDto[] = (await viewer.get('/api/indicators').expect(200)).body;
    expect(list.map((c) => [c.sotkanetId, c.focusAreaCode, c.fetchStatus, c.valueCount])).toEqual([
      [4, '2020-1', 'not_fetched', 0],
      [5, '2020-2', 'not_fetched', 0],
    ]);
    expect(list[1].title.sv).toBe('25-64-åriga mottagare av utkomststöd, % av befolkningen i samma ålder');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM indicator_value`);
    expect(n).toBe(0);
    const regions: IndicatorRegionDto[] = (await viewer.get('/api/indicators/regions').expect(200)).body;
    expect(regions.map((r) => [r.regionCode, r.sotkanetCategory, r.sotkanetCode, r.sotkanetRegionId])).toEqual([
      ['EP', 'MAAKUNTA', '14', null],
      ['KP', 'MAAKUNTA', '16', null],
      ['PO', 'MAAKUNTA', '15', null],
    ]);
    const trends: IndicatorTrendDto[] = (await viewer.get(`/api/indicators/focus-areas/${focusArea2}`).expect(200)).body;
    expect(trends).toHaveLength(1);
    expect(trends[0].series).toEqual([]);
  });

  it('the sync job fetches metadata and values from the Sotkanet stand-in and stores them per region; failures get a clear status', async () => {
    // two more choices: one whose metadata answers 500, one that never answers (1 s timeout)
    const broken: IndicatorChoiceDto = (await management.post('/api/indicators').send({ sotkanetId: 7777 }).expect(201)).body;
    const silent: IndicatorChoiceDto = (await management.post('/api/indicators').send({ sotkanetId: 6666 }).expect(201)).body;
    expect(broken.fetchStatus).toBe('not_fetched');

    const started = (await management.post('/api/indicators/sync').expect(202)).body;
    expect(started.indicatorCount).toBe(4);
    const list = await waitUntil('every indicator fetched or failed', async () => {
      const l: IndicatorChoiceDto[] = (await viewer.get('/api/indicators').expect(200)).body;
      return l.every((c) => c.fetchStatus !== 'not_fetched') ? l : null;
    });
    const byId = new Map(list.map((c) => [c.sotkanetId, c]));

    // regions resolved by category + code, and stored
    const regions: IndicatorRegionDto[] = (await viewer.get('/api/indicators/regions').expect(200)).body;
    expect(regions.map((r) => [r.regionCode, r.sotkanetRegionId, r.sotkanetTitle])).toEqual([
      ['EP', 9014, 'Etelä-Pohjanmaa'],
      ['KP', 9016, 'Keski-Pohjanmaa'],
      ['PO', 9015, 'Pohjanmaa'],
    ]);

    const five = byId.get(5) as IndicatorChoiceDto;
    expect(five).toMatchObject({
      fetchStatus: 'ok',
      fetchError: null,
      valuesSource: 'sotkanet_api',
      unit: '%',
      decimals: 1,
      rangeStart: 1991,
      rangeEnd: 2021,
      valueCount: 4, // Uusimaa's value left out
      source: { fi: 'Terveyden ja hyvinvoinnin laitos (THL)', sv: 'Institutet för hälsa och välfärd (THL)', en: 'Institute for Health and Welfare (THL)' },
      interpretation: { fi: 'Tulkinta…', sv: null, en: 'Interpretation…' },
    });
    expect(five.valuesFetchedAt).not.toBeNull();
    // the last ten years of THL's range: 2012–2021
    const dataQuery = asked.find((q) => q.startsWith('/rest/1.1/json?indicator=5&')) as string;
    expect(new URL(dataQuery, 'http://x').searchParams.getAll('years')).toEqual(['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']);
    expect(new URL(dataQuery, 'http://x').searchParams.get('genders')).toBe('total');
    // a range shorter than ten years asks only for its own years
    const dataQuery4 = asked.find((q) => q.startsWith('/rest/1.1/json?indicator=4&')) as string;
    expect(new URL(dataQuery4, 'http://x').searchParams.getAll('years')).toEqual(['2019', '2020']);
    expect(byId.get(4)).toMatchObject({ fetchStatus: 'ok', valueCount: 2, source: { fi: 'THL', sv: 'THL', en: 'THL' }, title: { fi: expect.stringContaining('Mielenterveyden'), sv: 'Sv 4', en: 'En 4' } });

    expect(byId.get(7777)).toMatchObject({ fetchStatus: 'failed', valueCount: 0 });
    expect(byId.get(7777)?.fetchError).toBe(`Sotkanet ${baseUrl}/indicators/7777: HTTP 500`);
    expect(byId.get(6666)).toMatchObject({ fetchStatus: 'failed', valueCount: 0 });
    expect(byId.get(6666)?.fetchError).toBe(`Sotkanet ${baseUrl}/indicators/6666: no answer within 1 s`);

    // stored rows: values, source and date fetched, per region
    const rows = await t.dataSource.query(
      `SELECT r.code, v.year, v.value::text AS value, v.abs_value::text AS abs, v.source FROM indicator_value v JOIN region r ON r.id = v.region_id
        JOIN indicator_choice c ON c.id = v.choice_id WHERE c.sotkanet_id = 5 ORDER BY r.code, v.year`,
    );
    expect(rows).toEqual([
      { code: 'EP', year: 2020, value: '3.9', abs: '4080', source: 'sotkanet_api' },
      { code: 'EP', year: 2021, value: '4.2', abs: null, source: 'sotkanet_api' },
      { code: 'KP', year: 2020, value: '2.5', abs: '1010', source: 'sotkanet_api' },
      { code: 'PO', year: 2021, value: '3.1', abs: '2200', source: 'sotkanet_api' },
    ]);

    // the focus area's page reads the series per region, oldest year first
    const trends: IndicatorTrendDto[] = (await planner.get(`/api/indicators/focus-areas/${focusArea2}`).expect(200)).body;
    expect(trends.map((x) => x.indicator.sotkanetId)).toEqual([5]);
    expect(trends[0].series).toEqual([
      { regionId: expect.any(String), regionCode: 'EP', regionName: 'Etelä-Pohjanmaa', points: [{ year: 2020, value: 3.9, absValue: 4080 }, { year: 2021, value: 4.2, absValue: null }] },
      { regionId: expect.any(String), regionCode: 'KP', regionName: 'Keski-Pohjanmaa', points: [{ year: 2020, value: 2.5, absValue: 1010 }] },
      { regionId: expect.any(String), regionCode: 'PO', regionName: 'Pohjanmaa', points: [{ year: 2021, value: 3.1, absValue: 2200 }] },
    ]);

    // a second sync replaces, not duplicates
    const outcomes = await t.app.get(IndicatorsService).sync(orgId);
    expect(outcomes.map((o) => [o.sotkanetId, o.status, o.valueCount])).toEqual([
      [4, 'ok', 2],
      [5, 'ok', 4],
      [6666, 'failed', 0],
      [7777, 'failed', 0],
    ]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM indicator_value`);
    expect(n).toBe(6);

    await management.delete(`/api/indicators/${broken.id}?version=${broken.version}`).expect(204);
    await management.delete(`/api/indicators/${silent.id}?version=${silent.version}`).expect(204);
  }, 60000);

  it('a server that cannot reach Sotkanet marks every indicator failed and keeps the values it had', async () => {
    const service = t.app.get(IndicatorsService) as unknown as { env: { SOTKANET_URL: string } };
    const original = service.env.SOTKANET_URL;
    service.env.SOTKANET_URL = 'http://127.0.0.1:1/rest/1.1'; // nothing listens on port 1
    try {
      const outcomes = await t.app.get(IndicatorsService).sync(orgId);
      expect(outcomes.map((o) => o.status)).toEqual(['failed', 'failed']);
    } finally {
      service.env.SOTKANET_URL = original;
    }
    const list: IndicatorChoiceDto[] = (await viewer.get('/api/indicators').expect(200)).body;
    const five = list.find((c) => c.sotkanetId === 5) as IndicatorChoiceDto;
    expect(five.fetchStatus).toBe('failed');
    expect(five.fetchError).toMatch(/^Sotkanet http:\/\/127\.0\.0\.1:1\/rest\/1\.1\/indicators\/5: /);
    expect(five.valueCount).toBe(4);
  });

  it('management links an indicator to another focus area; audited; a stale version is 409; the viewer may not', async () => {
    const list: IndicatorChoiceDto[] = (await viewer.get('/api/indicators').expect(200)).body;
    const four = list.find((c) => c.sotkanetId === 4) as IndicatorChoiceDto;
    await viewer.patch(`/api/indicators/${four.id}`).send({ focusAreaId: focusArea2, version: four.version }).expect(403);
    const moved: IndicatorChoiceDto = (await management.patch(`/api/indicators/${four.id}`).send({ focusAreaId: focusArea2, version: four.version }).expect(200)).body;
    expect(moved).toMatchObject({ focusAreaCode: '2020-2', version: four.version + 1 });
    const stale = await management.patch(`/api/indicators/${four.id}`).send({ focusAreaId: null, version: four.version }).expect(409);
    expect(stale.body.code).toBe('version_conflict');
    const audit = await t.dataSource.query(`SELECT action, after->>'focusArea' AS fa FROM audit_log WHERE entity_type = 'indicator_choice' AND entity_id = $1 ORDER BY at`, [four.id]);
    expect(audit).toEqual([{ action: 'update', fa: '2020-2' }]);
    const dup = await management.post('/api/indicators').send({ sotkanetId: 5 }).expect(409);
    expect(dup.body.code).toBe('indicator_already_chosen');
    const bad = await management.post('/api/indicators').send({ sotkanetId: 0 }).expect(400);
    expect(bad.body.code).toBe('validation_failed');
  });

  it('a Sotkanet CSV export is previewed, a bad line is named and nothing is stored; a clean file is stored', async () => {
    const csv = [
      'Indikaattori;Alue;Vuosi;Sukupuoli;Arvo;Absoluuttinen arvo',
      '5 Toimeentulotukea saaneet;Keski-Pohjanmaa;2021;yhteensä;2,7;1 105',
      '5;9014;2019;yhteensä;3,8;',
      '5;Lappi;2021;yhteensä;5,0;', // line 4: not a region of the organization
      '5;Pohjanmaa;2021;yhteensä;kolme;', // line 5: not a number
      '999;Pohjanmaa;2021;yhteensä;1;', // line 6: not a chosen indicator
      '5;PO;2020;yhteensä;;', // empty value: skipped
    ].join('\r\n');
    const preview: IndicatorCsvPreviewDto = (await management.post('/api/indicators/csv').send({ csv, dryRun: true }).expect(200)).body;
    expect(preview.problems.map((p) => [p.line, p.code])).toEqual([
      [4, 'unknown_region'],
      [5, 'not_a_number'],
      [6, 'unknown_indicator'],
    ]);
    expect(preview.problems[1].message).toBe('Line 5: value "kolme" is not a number');
    expect(preview).toMatchObject({ stored: false, skippedEmpty: 1, rowCount: 6 });
    expect(preview.perIndicator).toEqual([{ sotkanetId: 5, title: expect.any(String), valueCount: 2, years: [2019, 2021], regionCodes: ['EP', 'KP'] }]);

    const refused = await management.post('/api/indicators/csv').send({ csv, dryRun: false }).expect(400);
    expect(refused.body.code).toBe('indicator_csv_invalid');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 4', 'line 5', 'line 6']);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM indicator_value WHERE source = 'csv_upload'`);
    expect(n).toBe(0);

    const clean = csv.split('\r\n').filter((_, i) => i < 3 || i === 6).join('\r\n');
    const stored: IndicatorCsvPreviewDto = (await management.post('/api/indicators/csv').send({ csv: clean, dryRun: false }).expect(200)).body;
    expect(stored).toMatchObject({ stored: true, problems: [] });
    const rows = await t.dataSource.query(
      `SELECT r.code, v.year, v.value::text AS value, v.abs_value::text AS abs, v.source FROM indicator_value v JOIN region r ON r.id = v.region_id
        JOIN indicator_choice c ON c.id = v.choice_id WHERE c.sotkanet_id = 5 AND v.source = 'csv_upload' ORDER BY r.code, v.year`,
    );
    expect(rows).toEqual([
      { code: 'EP', year: 2019, value: '3.8', abs: null, source: 'csv_upload' },
      { code: 'KP', year: 2021, value: '2.7', abs: '1105', source: 'csv_upload' },
    ]);
    const five = ((await viewer.get('/api/indicators').expect(200)).body as IndicatorChoiceDto[]).find((c) => c.sotkanetId === 5) as IndicatorChoiceDto;
    expect(five).toMatchObject({ fetchStatus: 'ok', valuesSource: 'csv_upload', valueCount: 6 });
    const audit = await t.dataSource.query(`SELECT action, after->>'valueCount' AS n FROM audit_log WHERE entity_type = 'indicator_choice' AND action = 'import'`);
    expect(audit).toEqual([{ action: 'import', n: '2' }]);
    await viewer.post('/api/indicators/csv').send({ csv: clean, dryRun: true }).expect(403);
  });
});
