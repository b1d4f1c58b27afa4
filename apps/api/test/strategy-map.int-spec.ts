import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp } from '@suunta/api-testing';
import type { DashboardDto, StrategyMapCell, StrategyMapDto } from '@suunta/shared-domain';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../src/app/app.module';
import { buildDashboardWorld, DashboardWorld } from './dashboard/dashboard-fixture';
import { readPdf } from './support/pdf-reader';

/**
 * The strategy map (issue 18 item 5) against the dashboard suite's hand-built world
 * (./dashboard/dashboard-fixture.ts), plus a little more so that every trend has a direction:
 *
 *   - meetings (count criterion, target 4 a year): EP 3 more on 2020-07-01 (year 2020);
 *     KP 2 on 2021-03-01 and 1 on 2021-05-20 (year 2021);
 *   - a KP survey 2021 for 20-1: two answers of 2 → 2.00.
 *
 * Everything added is dated after 2020-06-30, so the board's figures as of that day are the
 * dashboard suite's (worked out there by hand); as of 2021-06-30 the numbers are worked out below.
 * Ratio rule (plans): a count criterion is on track at actual × days(year) ≥ target × elapsed days.
 * Stale (freshness): no entry dated after reference − 90 days, reference = asOf or the year's 31.12.
 */
describe('strategy map: focus areas × regions or years, trends and freshness', () => {
  let t: TestApp;
  let board: SignedInAgent;
  let w: DashboardWorld;

  const get = async (query: Record<string, string | number>): Promise<StrategyMapDto> => {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return (await board.get(`/api/dashboard/strategy-map?${qs}`).expect(200)).body as StrategyMapDto;
  };
  const cell = (m: StrategyMapDto, focusAreaId: string, col: { regionId?: string | null; year?: number }): StrategyMapCell => {
    const row = m.rows.find((r) => r.focusAreaId === focusAreaId);
    const found = row?.cells.find((c) => (col.regionId === undefined || c.regionId === col.regionId) && (col.year === undefined || c.year === col.year));
    if (!found) throw new Error(`cell ${focusAreaId} ${JSON.stringify(col)} missing`);
    return found;
  };

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    const org = await ensureOrganization(t);
    const management = await signIn(t, { role: 'management' });
    board = await signIn(t, { role: 'board' });
    w = await buildDashboardWorld(t, org, management);
    const R = org.regions;
    const log = async (body: Record<string, unknown>) => {
      const res = await management.post('/api/progress-entries').send({ narrative: 'Kirjaus', ...body });
      if (res.status !== 201) throw new Error(`log: ${res.status} ${JSON.stringify(res.body)}`);
    };
    await log({ year: 2020, regionId: R['EP'], criterionId: w.criteria.meetings, entryDate: '2020-07-01', value: 3 });
    await log({ year: 2021, regionId: R['KP'], criterionId: w.criteria.meetings, entryDate: '2021-03-01', value: 2 });
    await log({ year: 2021, regionId: R['KP'], criterionId: w.criteria.meetings, entryDate: '2021-05-20', value: 1 });

    const o = org.organizationId;
    const one = async (sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as { id: string }[])[0].id;
    const survey = await one(
      `INSERT INTO survey (organization_id, region_id, year, title, source_format, source_text, content_hash, respondent_count)
       VALUES ($1, $2, 2021, 'Arviointikysely KP 2021', 'webropol-report', 'x', $3, 2) RETURNING id`,
      [o, R['KP'], randomBytes(8).toString('hex')],
    );
    for (let v = 1; v <= 5; v++) await t.dataSource.query(`INSERT INTO survey_scale_point (survey_id, value, label) VALUES ($1, $2, $3)`, [survey, v, `${v}`]);
    const theme = await one(`INSERT INTO survey_theme (organization_id, survey_id, sort_order, title, focus_area_id) VALUES ($1, $2, 1, 'Teema', $3) RETURNING id`, [o, survey, w.fa.one]);
    const q = await one(
      `INSERT INTO survey_question (organization_id, survey_id, theme_id, number, text, kind, respondent_count) VALUES ($1, $2, $3, 1, 'Miten toteutui?', 'likert', 2) RETURNING id`,
      [o, survey, theme],
    );
    await t.dataSource.query(`INSERT INTO survey_likert_count (question_id, survey_id, value, n) VALUES ($1, $2, 2, 2)`, [q, survey]);
  }, 90000);
  afterAll(() => t.close());

  describe('focus areas × regions, 2020 as of 2020-06-30 (the dashboard suite’s figures)', () => {
    it('has a column per region (EP, KP, PO) and a row per focus area', async () => {
      const m = await get({ year: 2020, asOf: '2020-06-30' });
      expect(m.filters).toMatchObject({ axis: 'regions', year: 2020, regionId: null, asOf: '2020-06-30', strategyId: w.strategies.s20 });
      expect(m.columns.map((c) => [c.regionCode, c.year])).toEqual([
        ['EP', 2020],
        ['KP', 2020],
        ['PO', 2020],
      ]);
      expect(m.rows.map((r) => r.code)).toEqual(['d20-1', 'd20-2']);
    });

    it('status per cell: 20-1 EP off track, KP at risk, PO at risk; 20-2 KP on track (A6 done), EP and PO no data', async () => {
      const m = await get({ year: 2020, asOf: '2020-06-30' });
      const R = w.org.regions;
      expect(['EP', 'KP', 'PO'].map((r) => cell(m, w.fa.one, { regionId: R[r] }).status)).toEqual(['off_track', 'at_risk', 'at_risk']);
      expect(['EP', 'KP', 'PO'].map((r) => cell(m, w.fa.two, { regionId: R[r] }).status)).toEqual(['no_data', 'on_track', 'no_data']);
    });

    it('every cell is the board page’s status for that region and year (the one rule, not a second)', async () => {
      const m = await get({ year: 2020, asOf: '2020-06-30' });
      for (const col of m.columns) {
        const d = (await board.get(`/api/dashboard?year=2020&asOf=2020-06-30&regionId=${col.regionId}`).expect(200)).body as DashboardDto;
        for (const f of d.focusAreas) expect([col.regionCode, f.code, cell(m, f.id, { regionId: col.regionId }).status]).toEqual([col.regionCode, f.code, f.status]);
      }
    });

    it('criteria 0 of 2 in each region (meetings 1 of 4 at risk or none, the report milestone past 31.3.); 2019 had no plan → no criteria trend', async () => {
      const m = await get({ year: 2020, asOf: '2020-06-30' });
      for (const r of ['EP', 'KP', 'PO']) {
        expect(cell(m, w.fa.one, { regionId: w.org.regions[r] }).criteria).toEqual({ onTarget: 0, total: 2, previousYear: 2019, previousOnTarget: 0, previousTotal: 0, trend: null });
      }
    });

    it('survey: 20-1 KP 4.00 against 2019’s 3.25 (its predecessor 18-A) → up +0.75; EP 2.33 with no earlier year → no trend', async () => {
      const m = await get({ year: 2020, asOf: '2020-06-30' });
      expect(cell(m, w.fa.one, { regionId: w.org.regions['KP'] }).survey).toEqual({ average: 4, respondentCount: 5, previousYear: 2019, previousAverage: 3.25, change: 0.75, trend: 'up' });
      expect(cell(m, w.fa.one, { regionId: w.org.regions['EP'] }).survey).toMatchObject({ average: 2.33, previousYear: null, trend: null });
      expect(cell(m, w.fa.one, { regionId: w.org.regions['PO'] }).survey).toMatchObject({ average: null, trend: null });
    });

    it('freshness: KP newest 10.5. (not the 1.8. entry after as-of, not the retracted one), EP 10.6., PO 1.2. → stale; 20-2 has nothing left to log', async () => {
      const m = await get({ year: 2020, asOf: '2020-06-30' });
      const R = w.org.regions;
      const f = (fa: string, r: string) => cell(m, fa, { regionId: R[r] }).freshness;
      expect(f(w.fa.one, 'KP')).toEqual({ lastEntryDate: '2020-05-10', referenceDate: '2020-06-30', hasItems: true, stale: false });
      expect(f(w.fa.one, 'EP')).toEqual({ lastEntryDate: '2020-06-10', referenceDate: '2020-06-30', hasItems: true, stale: false });
      expect(f(w.fa.one, 'PO')).toEqual({ lastEntryDate: '2020-02-01', referenceDate: '2020-06-30', hasItems: true, stale: true });
      // A6 done, no criteria: nothing to log, so never stale
      expect(f(w.fa.two, 'KP')).toEqual({ lastEntryDate: null, referenceDate: '2020-06-30', hasItems: false, stale: false });
    });

    it("the status page's rows show each focus area's freshness without the map: 20-1 newest 10.6. (EP), fresh", async () => {
      const d = (await board.get(`/api/dashboard?year=2020&asOf=2020-06-30`).expect(200)).body as DashboardDto;
      expect(d.focusAreas.find((x) => x.id === w.fa.one)?.freshness).toEqual({ lastEntryDate: '2020-06-10', referenceDate: '2020-06-30', hasItems: true, stale: false });
      expect(d.focusAreas.find((x) => x.id === w.fa.two)?.freshness).toMatchObject({ lastEntryDate: null, hasItems: false, stale: false });
    });
  });

  describe('focus areas × regions, 2021 as of 2021-06-30: criteria trends both ways', () => {
    // 2021: 181 of 365 days elapsed. KP meetings 2 + 1 = 3: 3 × 365 = 1095 ≥ 4 × 181 = 724 → on track; the report
    // milestone is past its deadline with nothing logged → off track: 1 of 2. KP 2020 (the whole year, as of
    // 2021-06-30): meetings 1 → 1 × 366 < 4 × 366 and 2 × 366 < 1464 → off track: 0 of 2 → up.
    // EP 2021: nothing logged → no data: 0 of 2. EP 2020: 1 + 3 = 4 ≥ 4 → on track: 1 of 2 → down.
    // PO: 0 of 2 both years → same.
    it('KP up (1/2 vs 0/2), EP down (0/2 vs 1/2), PO same (0/2 vs 0/2)', async () => {
      const m = await get({ year: 2021, asOf: '2021-06-30' });
      const R = w.org.regions;
      const c = (r: string) => cell(m, w.fa.one, { regionId: R[r] }).criteria;
      expect(c('KP')).toEqual({ onTarget: 1, total: 2, previousYear: 2020, previousOnTarget: 0, previousTotal: 2, trend: 'up' });
      expect(c('EP')).toEqual({ onTarget: 0, total: 2, previousYear: 2020, previousOnTarget: 1, previousTotal: 2, trend: 'down' });
      expect(c('PO')).toEqual({ onTarget: 0, total: 2, previousYear: 2020, previousOnTarget: 0, previousTotal: 2, trend: 'same' });
    });

    it('survey down in KP: 2.00 against 2020’s 4.00 → −2', async () => {
      const m = await get({ year: 2021, asOf: '2021-06-30' });
      expect(cell(m, w.fa.one, { regionId: w.org.regions['KP'] }).survey).toEqual({ average: 2, respondentCount: 2, previousYear: 2020, previousAverage: 4, change: -2, trend: 'down' });
    });

    it('status 2021: 20-2 KP at risk (A7 planned, nothing logged 90 days into the year → overdue); 20-1 has no 2021 actions → no data', async () => {
      const m = await get({ year: 2021, asOf: '2021-06-30' });
      const R = w.org.regions;
      expect(cell(m, w.fa.two, { regionId: R['KP'] }).status).toBe('at_risk');
      expect(cell(m, w.fa.two, { regionId: R['KP'] }).freshness).toEqual({ lastEntryDate: null, referenceDate: '2021-06-30', hasItems: true, stale: true });
      expect(cell(m, w.fa.one, { regionId: R['KP'] }).status).toBe('no_data');
    });
  });

  describe('focus areas × years in KP, as of 2021-06-30', () => {
    it('columns are the years with data up to the as-of year, each judged as the board would for that year', async () => {
      const m = await get({ axis: 'years', year: 2021, asOf: '2021-06-30', regionId: w.org.regions['KP'] });
      expect(m.filters).toMatchObject({ axis: 'years', regionId: w.org.regions['KP'], regionCode: 'KP' });
      expect(m.columns.map((c) => [c.year, c.regionCode])).toEqual([
        [2017, 'KP'],
        [2019, 'KP'],
        [2020, 'KP'],
        [2021, 'KP'],
      ]);
      // survey through the lineage: 2017 3.50 (15-A), 2019 3.25 (18-A) ↓, 2020 4.00 ↑, 2021 2.00 ↓
      expect(m.rows[0].cells.map((c) => [c.year, c.survey.average, c.survey.trend])).toEqual([
        [2017, 3.5, null],
        [2019, 3.25, 'down'],
        [2020, 4, 'up'],
        [2021, 2, 'down'],
      ]);
    });

    it('asOf shows the past: KP 2020 as of 2021-06-30 has the 1.8.2020 entry (then stale on 31.12.2020), as of 2020-06-30 it did not', async () => {
      const later = cell(await get({ axis: 'years', year: 2021, asOf: '2021-06-30', regionId: w.org.regions['KP'] }), w.fa.one, { year: 2020 });
      // A1 done, A2 4 + 50 ≥ 10 on track, A3 planned with nothing logged → overdue: 2 of 2 judged on track but overdue → at risk
      expect(later.status).toBe('at_risk');
      // newest 1.8.2020, not after 31.12.2020 − 90 days = 2.10.2020 → stale
      expect(later.freshness).toEqual({ lastEntryDate: '2020-08-01', referenceDate: '2020-12-31', hasItems: true, stale: true });
      const then = cell(await get({ axis: 'years', year: 2020, asOf: '2020-06-30', regionId: w.org.regions['KP'] }), w.fa.one, { year: 2020 });
      expect(then.freshness).toEqual({ lastEntryDate: '2020-05-10', referenceDate: '2020-06-30', hasItems: true, stale: false });
      // EP 2020: 1 of 2 criteria on target as of 2021-06-30 (the 1.7.2020 entry), 0 of 2 as of 2020-06-30
      const ep = (asOf: string) => get({ axis: 'years', year: 2020, asOf, regionId: w.org.regions['EP'] }).then((m) => cell(m, w.fa.one, { year: 2020 }).criteria.onTarget);
      expect(await ep('2021-06-30')).toBe(1);
      expect(await ep('2020-06-30')).toBe(0);
    });

    it('a year with no plan: no data, nothing to log, and no criteria trend', async () => {
      const m = await get({ axis: 'years', year: 2021, asOf: '2021-06-30', regionId: w.org.regions['KP'] });
      expect(cell(m, w.fa.one, { year: 2019 })).toMatchObject({
        status: 'no_data',
        criteria: { onTarget: 0, total: 0, trend: null },
        freshness: { lastEntryDate: null, hasItems: false, stale: false },
      });
    });
  });

  describe('region scoping', () => {
    it('with a region the regions map has that one column; the years map stays in it', async () => {
      const KP = w.org.regions['KP'];
      const m = await get({ year: 2020, asOf: '2020-06-30', regionId: KP });
      expect(m.columns).toEqual([{ year: 2020, regionId: KP, regionCode: 'KP' }]);
      const y = await get({ axis: 'years', year: 2020, asOf: '2020-06-30', regionId: KP });
      expect(new Set(y.rows.flatMap((r) => r.cells.map((c) => c.regionId)))).toEqual(new Set([KP]));
    });

    it('without a region the years map is the whole organization: 20-1 2020 freshness is the newest entry in any region (10.6. EP)', async () => {
      const m = await get({ axis: 'years', year: 2020, asOf: '2020-06-30' });
      expect(m.columns.map((c) => [c.year, c.regionId])).toEqual([
        [2017, null],
        [2019, null],
        [2020, null],
      ]);
      expect(cell(m, w.fa.one, { year: 2020 }).freshness.lastEntryDate).toBe('2020-06-10');
      // pooled survey 2020: (3+12+5 + 4+3)/8 = 3.375 → 3.38 against 2019's 3.25 → up
      expect(cell(m, w.fa.one, { year: 2020 }).survey).toMatchObject({ average: 3.38, change: 0.13, trend: 'up' });
    });
  });

  describe('errors and documentation', () => {
    it('refuses anonymous callers, and names the field of a bad query parameter', async () => {
      await t.agent().get('/api/dashboard/strategy-map').expect(401);
      const field = async (qs: string) => ((await board.get(`/api/dashboard/strategy-map?${qs}`).expect(400)).body.errors as { field: string }[]).map((e) => e.field);
      expect(await field('axis=diagonal')).toEqual(['axis']);
      expect(new Set(await field('year=abc'))).toEqual(new Set(['year']));
      expect(await field('asOf=2020-02-30')).toEqual(['asOf']);
      expect(await field('regionId=KP')).toEqual(['regionId']);
      await board.get(`/api/dashboard/strategy-map?regionId=00000000-0000-4000-8000-000000000000`).expect(404);
    });

    it('is in the OpenAPI document with its figures described', async () => {
      const doc = (await t.agent().get('/api/docs-json').expect(200)).body;
      expect(Object.keys(doc.paths)).toContain('/api/dashboard/strategy-map');
      expect(doc.paths['/api/dashboard/strategy-map'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['axis', 'year', 'regionId', 'asOf']));
      expect(doc.components.schemas.StrategyMapCellResponse.properties.status.description).toContain('2/3');
      expect(doc.components.schemas.DataFreshnessResponse.properties.stale.description).toContain('90 days');
    });
  });

  describe('board pack', () => {
    it('prints the map as a table: status words, and each direction as a sign and a word', async () => {
      const res = await board
        .get(`/api/dashboard/board-pack.pdf?asOf=2021-06-30&year=2021`)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const text = (await readPdf(res.body as Buffer)).text.replace(/\s+/g, ' ');
      expect(text).toContain('Strategiakartta');
      expect(text).toContain('Painopisteet alueittain 2021');
      // by regions 2021: 20-1 KP no data, criteria 1/2 up from 0/2, survey 2,00 down from 4,00; EP criteria 0/2 down from 1/2
      expect(text).toContain('Etelä-Pohjanmaa Keski-Pohjanmaa Pohjanmaa');
      expect(text).toContain('[-] ei tietoa');
      expect(text).toContain('kriteerit 1/2 (+ parempi)');
      expect(text).toContain('kriteerit 0/2 (− heikompi)');
      expect(text).toContain('kysely 2,00 (− heikompi)');
      expect(text).toContain('päivitetty 20.5.2021');
      // by years, the whole organization: 2021 criteria 1/2 (meetings 3 of 4 on track), 2020 1/2 as of 30.6.2021 (1 + 1 + 3 = 5 ≥ 4) → unchanged
      expect(text).toContain('Painopisteet vuosittain (Koko organisaatio) Painopiste 2017 2019 2020 2021');
      expect(text).toContain('kriteerit 1/2 (± ennallaan)');
      expect(text).toContain('VANHA');
    });
  });
});
