import { createTestApp, ensureOrganization, signIn, binaryBody } from '@suunta/api-testing';
import type { SignedInAgent, TestApp } from '@suunta/api-testing';
import type { DashboardDto, DashboardFocusAreaDto, DashboardFocusAreaEntriesDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { buildDashboardWorld, DashboardWorld } from './dashboard/dashboard-fixture';
import { readPdf } from './support/pdf-reader';

/**
 * Every dashboard figure against the hand-built world in ./dashboard/dashboard-fixture.ts.
 * The expected numbers are worked out by hand in the comments, never taken from the code.
 *
 * As of 2020-06-30: 2020 has 366 days and Jan 1 – Jun 30 is 182 of them, so a count target T is
 * on track at actual × 366 ≥ T × 182, at risk at 2 × actual × 366 ≥ T × 182 (plans' ratio rule).
 * "Overdue" (plans' rule): planned/in progress, no entry after 2020-04-01 (asOf − 90), and the
 * year at least 90 days old (it is).
 */
const AS_OF = '2020-06-30';

describe('dashboard: the board status page, figure by figure', () => {
  let t: TestApp;
  let board: SignedInAgent;
  let w: DashboardWorld;

  const page = async (query: Record<string, string | number> = {}): Promise<DashboardDto> => {
    const qs = new URLSearchParams(Object.entries({ asOf: AS_OF, ...query }).map(([k, v]) => [k, String(v)])).toString();
    return (await board.get(`/api/dashboard?${qs}`).expect(200)).body as DashboardDto;
  };
  const area = (d: DashboardDto, id: string): DashboardFocusAreaDto => {
    const found = d.focusAreas.find((f) => f.id === id);
    if (!found) throw new Error(`focus area ${id} missing`);
    return found;
  };
  const sorted = (xs: string[]) => [...xs].sort();

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    const org = await ensureOrganization(t);
    const management = await signIn(t, { role: 'management' });
    board = await signIn(t, { role: 'board' });
    w = await buildDashboardWorld(t, org, management);
  }, 60000);
  afterAll(() => t.close());

  describe('defaults and options', () => {
    it('picks the approved strategy valid on the as-of day and the as-of year, and lists the years with data', async () => {
      const d = await page();
      expect(d.filters).toMatchObject({ strategyId: w.strategies.s20, year: 2020, regionId: null, regionCode: null, asOf: AS_OF });
      // plans 2020 + 2021; entries 2020; surveys of 20-1's lineage 2017 (15-A), 2019 (18-A), 2020
      expect(d.options.years).toEqual([2017, 2019, 2020, 2021]);
      expect(d.options.regions.map((r) => r.code)).toEqual(['EP', 'KP', 'PO']);
      expect(sorted(d.options.strategies.map((s) => s.id))).toEqual(sorted(Object.values(w.strategies)));
      // the draft PO plan is not the board's
      expect(d.plans.map((p) => p.id)).toEqual([w.planId]);
      expect(d.focusAreas.map((f) => f.code)).toEqual(['d20-1', 'd20-2']);
    });

    it('opens on the latest year with entries or survey results, not on a later year that only has a plan', async () => {
      // as of 2022 the plan's second year 2021 is past, but nothing was logged or surveyed for it
      const d = await page({ asOf: '2022-03-01', strategyId: w.strategies.s20 });
      expect(d.options.years).toEqual([2017, 2019, 2020, 2021]);
      expect(d.options.yearsWithData).toEqual([2017, 2019, 2020]);
      expect(d.filters.year).toBe(2020);
    });
  });

  describe('the whole organization, 2020', () => {
    it('20-1: status at risk (A1 done, A2 5 ≥ 10×182/366, A5 logged, A3 no data; A4 cancelled left out → 3 of 3 judged on track, but A3 and A5 are overdue)', async () => {
      const f = area(await page(), w.fa.one);
      // rule changed 2026-12 (issue 15 item 11): an overdue action keeps a focus area from on track
      expect(f.status).toBe('at_risk');
      expect(f.planIds).toEqual([w.planId]);
    });

    it('20-1: actions 5 — 1 in progress, 2 overdue (A3 planned, A5 in progress), 1 done, 1 cancelled: each counted once; share done 1/(5−1)', async () => {
      const f = area(await page(), w.fa.one);
      expect(f.actions).toMatchObject({ total: 5, planned: 0, inProgress: 1, done: 1, postponed: 0, cancelled: 1, overdue: 2, shareDone: 0.25 });
      expect(sorted(f.actions.ids.overdue)).toEqual(sorted([w.actions.A3, w.actions.A5]));
      expect(f.actions.ids.done).toEqual([w.actions.A1]);
      expect(f.actions.ids.inProgress).toEqual([w.actions.A2]);
    });

    it('20-1: criteria 2, one on target (meetings 1+1 = 2: 732 ≥ 728; the retracted 3 and nothing else count), milestone past its deadline off track', async () => {
      const f = area(await page(), w.fa.one);
      expect(f.criteria).toMatchObject({ total: 2, onTarget: 1, atRisk: 0, offTrack: 1, noData: 0 });
      expect(f.criteria.ids.onTarget).toEqual([w.criteria.meetings]);
      expect(f.countCriteria).toEqual([
        { criterionId: w.criteria.meetings, title: 'Verkostokokoukset', measurementKind: 'count', unit: 'kokousta', yearlyTarget: 4, actual: 2, entries: 2, status: 'on_track' },
      ]);
    });

    it('20-1: survey 2020 pools KP and EP: (3+12+5 + 4+3)/8 = 3.375 → 3.38; 2019 from its predecessor 18-A only: 13/4 = 3.25; change +0.13', async () => {
      const f = area(await page(), w.fa.one);
      expect(f.survey).toMatchObject({ year: 2020, average: 3.38, respondentCount: 8, previousYear: 2019, previousAverage: 3.25, change: 0.13 });
      expect(f.survey.surveyIds).toHaveLength(2);
      expect(f.survey.sourceFocusAreaIds).toEqual([w.fa.one]);
    });

    it('20-1: the trend runs back through its lineage (2017 from 15-A: 14/4 = 3.5), never through the sibling 18-Z', async () => {
      const d = await page();
      const trend = d.surveyTrend.filter((p) => p.focusAreaId === w.fa.one).map((p) => [p.year, p.average, p.respondentCount, p.sourceFocusAreaIds]);
      expect(trend).toEqual([
        [2017, 3.5, 4, [w.fa.a15]],
        [2019, 3.25, 4, [w.fa.a18]],
        [2020, 3.38, 8, [w.fa.one]],
      ]);
      const lineage = area(d, w.fa.one).lineage.map((l) => [l.focusAreaId, l.distance]);
      expect(lineage).toEqual([
        [w.fa.one, 0],
        [w.fa.a18, -1],
        [w.fa.a15, -2],
      ]);
    });

    it('regions side by side in 2020: 20-1 EP 7/3 = 2.33 (n 3), KP 20/5 = 4 (n 5); 20-2 KP 9/2 = 4.5', async () => {
      const d = await page();
      const rows = d.surveyByRegion.map((p) => [p.focusAreaId, p.regionId, p.average, p.respondentCount]);
      expect(rows).toEqual(
        expect.arrayContaining([
          [w.fa.one, w.org.regions['EP'], 2.33, 3],
          [w.fa.one, w.org.regions['KP'], 4, 5],
          [w.fa.two, w.org.regions['KP'], 4.5, 2],
        ]),
      );
      expect(rows).toHaveLength(3);
    });

    it("20-2: A6 done → on track; A7 is 2021's and the draft plan's action is not counted", async () => {
      const d = await page();
      const f = area(d, w.fa.two);
      expect(f.status).toBe('on_track');
      expect(f.actions).toMatchObject({ total: 1, done: 1, inProgress: 0, overdue: 0, shareDone: 1 });
      expect(f.criteria.total).toBe(0);
      expect(f.survey).toMatchObject({ average: 4.5, respondentCount: 2, previousYear: null, previousAverage: null, change: null });
      expect(d.statusCounts).toEqual({ on_track: 1, at_risk: 1, off_track: 0, no_data: 0 });
    });

    it("20-1: last updated is the latest change among its 2020 actions and in-scope entries", async () => {
      const f = area(await page(), w.fa.one);
      const [{ max }] = await t.dataSource.query(
        `SELECT max(u) AS max FROM (SELECT updated_at AS u FROM plan_action WHERE id = ANY($1::uuid[]) UNION ALL SELECT updated_at FROM progress_entry WHERE id = ANY($2::uuid[])) x`,
        [[w.actions.A1, w.actions.A2, w.actions.A3, w.actions.A4, w.actions.A5], Object.values(w.entries)],
      );
      expect(f.lastUpdated).toBe(new Date(max).toISOString());
    });

    it('gives each focus area the links to its entries', async () => {
      const f = area(await page(), w.fa.one);
      expect(f.links.entries).toBe(`/api/dashboard/focus-areas/${w.fa.one}/entries?year=2020`);
      expect(f.links.surveySeries).toBe(`/api/surveys/series?focusAreaId=${w.fa.one}&lineage=true`);
    });
  });

  describe('one region', () => {
    it('KP: A2 has 4 (1464 < 1820 ≤ 2928) → at risk; with A1 on track, 1 of 2 judged → at risk; meetings 1 → at risk; survey 4 vs 3.25 → +0.75', async () => {
      const d = await page({ regionId: w.org.regions['KP'] });
      expect(d.filters.regionCode).toBe('KP');
      const f = area(d, w.fa.one);
      expect(f.status).toBe('at_risk');
      expect(f.actions).toMatchObject({ total: 3, planned: 0, inProgress: 1, done: 1, cancelled: 0, overdue: 1 });
      expect(f.actions.shareDone).toBeCloseTo(1 / 3, 10);
      expect(f.criteria).toMatchObject({ total: 2, onTarget: 0, atRisk: 1, offTrack: 1 });
      expect(f.countCriteria[0]).toMatchObject({ actual: 1, status: 'at_risk' });
      expect(f.survey).toMatchObject({ average: 4, respondentCount: 5, previousYear: 2019, previousAverage: 3.25, change: 0.75 });
      expect(d.surveyTrend.filter((p) => p.focusAreaId === w.fa.one).map((p) => [p.year, p.average])).toEqual([
        [2017, 3.5],
        [2019, 3.25],
        [2020, 4],
      ]);
    });

    it('EP: A2 has 1 (732 < 1820) → off track, A4 cancelled → 20-1 off track; 20-2 has no EP action → no data; survey 2.33 with no earlier year', async () => {
      const d = await page({ regionId: w.org.regions['EP'] });
      const one = area(d, w.fa.one);
      expect(one.status).toBe('off_track');
      expect(one.actions).toMatchObject({ total: 2, inProgress: 1, cancelled: 1, done: 0, overdue: 0, shareDone: 0 });
      expect(one.survey).toMatchObject({ average: 2.33, respondentCount: 3, previousYear: null, change: null });
      const two = area(d, w.fa.two);
      expect(two.status).toBe('no_data');
      expect(two.survey).toMatchObject({ average: null, respondentCount: 0 });
      expect(d.statusCounts).toEqual({ on_track: 0, at_risk: 0, off_track: 1, no_data: 1 });
      // the regions-side-by-side chart always shows every region
      expect(d.surveyByRegion).toHaveLength(3);
    });

    it('PO: A5 logged (on track) but quiet since February → overdue, which makes the focus area at risk', async () => {
      const f = area(await page({ regionId: w.org.regions['PO'] }), w.fa.one);
      // rule changed 2026-12 (issue 15 item 11): was on track
      expect(f.status).toBe('at_risk');
      expect(f.actions).toMatchObject({ total: 1, inProgress: 0, overdue: 1 });
      expect(f.actions.ids.overdue).toEqual([w.actions.A5]);
    });

    it('a year with no plan: 2019 shows survey figures and no-data statuses', async () => {
      const d = await page({ year: 2019, strategyId: w.strategies.s20 });
      expect(d.plans).toEqual([]);
      const f = area(d, w.fa.one);
      expect(f.status).toBe('no_data');
      expect(f.actions.total).toBe(0);
      expect(f.survey).toMatchObject({ average: 3.25, previousYear: 2017, previousAverage: 3.5, change: -0.25 });
    });
  });

  describe('drilling down', () => {
    it('KP 2020, 20-1: the actions, entries (newest first; none after the as-of day, none retracted) and survey theme behind the figures', async () => {
      const res = await board.get(`/api/dashboard/focus-areas/${w.fa.one}/entries?year=2020&regionId=${w.org.regions['KP']}&asOf=${AS_OF}`).expect(200);
      const body = res.body as DashboardFocusAreaEntriesDto;
      expect(sorted(body.actions.map((a) => a.actionId))).toEqual(sorted([w.actions.A1, w.actions.A2, w.actions.A3]));
      expect(body.actions.find((a) => a.actionId === w.actions.A2)).toMatchObject({ actual: 4, status: 'at_risk' });
      expect(body.entries.map((e) => [e.id, e.entryDate])).toEqual([
        [w.entries.a2Kp, '2020-05-10'],
        [w.entries.c1Kp, '2020-03-15'],
      ]);
      expect(body.surveys.map((s) => [s.regionCode, s.focusAreaId, s.average, s.respondentCount])).toEqual([['KP', w.fa.one, 4, 5]]);
      expect(sorted(body.criteria.map((c) => c.criterionId))).toEqual(sorted([w.criteria.meetings, w.criteria.report]));
    });

    it('KP 2019, 20-1: the predecessor 18-A theme, not the sibling 18-Z', async () => {
      const res = await board.get(`/api/dashboard/focus-areas/${w.fa.one}/entries?year=2019&regionId=${w.org.regions['KP']}&asOf=${AS_OF}`).expect(200);
      const body = res.body as DashboardFocusAreaEntriesDto;
      expect(body.surveys.map((s) => [s.focusAreaId, s.average, s.respondentCount])).toEqual([[w.fa.a18, 3.25, 4]]);
      expect(body.actions).toEqual([]);
      expect(body.entries).toEqual([]);
    });
  });

  describe('errors and access', () => {
    it('refuses anonymous callers, unknown regions and nonsense years', async () => {
      await t.agent().get('/api/dashboard').expect(401);
      await board.get(`/api/dashboard?regionId=00000000-0000-4000-8000-000000000000`).expect(404);
      await board.get(`/api/dashboard?year=abc`).expect(400);
      await board.get(`/api/dashboard/focus-areas/00000000-0000-4000-8000-000000000000/entries?year=2020`).expect(404);
    });

    it('documents every figure in the OpenAPI document', async () => {
      const doc = (await t.agent().get('/api/docs-json').expect(200)).body;
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/dashboard', '/api/dashboard/focus-areas/{id}/entries', '/api/dashboard/board-pack.pdf']));
      const fa = doc.components.schemas.DashboardFocusAreaResponse.properties;
      expect(fa.status.description).toContain('2/3');
      expect(doc.components.schemas.DashboardActionFigureResponse.properties.overdue.description).toContain('90 days');
      expect(doc.components.schemas.DashboardSurveyFigureResponse.properties.average.description).toContain('Σ value×n / Σ n');
    });
  });

  // Runs last in this file: it adds focus areas to the 2020 strategy.
  describe('cost', () => {
    it('answers with a fixed number of queries whatever the number of focus areas', async () => {
      // every statement goes through the logger: TypeORM's and the prepared session lookup (preparedQuery)
      const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
      const count = async () => {
        // any write moves the organization's data stamp, so the page is computed rather than answered from the cache
        await t.dataSource.query(`UPDATE region SET sort_order = sort_order WHERE id = $1`, [w.org.regions['KP']]);
        spy.mockClear();
        await page({ regionId: w.org.regions['KP'] });
        return spy.mock.calls.length;
      };
      const before = await count();
      for (let i = 3; i <= 8; i++) {
        // straight into the table; count() clears the spy before it measures
        await t.dataSource.query(`INSERT INTO focus_area (organization_id, strategy_id, code, title, sort_order) VALUES ($1, $2, $3, $4, $5)`, [
          w.org.organizationId,
          w.strategies.s20,
          `d20-${i}`,
          `Lisäpainopiste ${i}`,
          i,
        ]);
      }
      const after = await count();
      spy.mockRestore();
      expect((await page()).focusAreas).toHaveLength(8);
      // the session check 1 (it also reads the data stamp, for the page and the roll-up alike) + options 3 + plans 1
      // + the plan's roll-up (plan check, region check, 4 families) 6 + focus areas, lineage, surveys, last updated 4
      expect(before).toBe(15);
      expect(after).toBe(before);
    });
  });

  describe('board pack', () => {
    it('is an A4 PDF whose text carries the filters, the date and the figures', async () => {
      const res = await board
        .get(`/api/dashboard/board-pack.pdf?asOf=${AS_OF}&year=2020&regionId=${w.org.regions['KP']}`)
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="suunta-board-pack-d2020-2020-KP.pdf"');
      const pdf = await readPdf(res.body as Buffer);
      expect(pdf.pageSize).toEqual({ width: 595.28, height: 841.89 }); // A4
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text).toContain('Strategian tilannekatsaus');
      expect(text).toContain('Strategia d2020');
      expect(text).toContain('Toimintavuosi: 2020');
      expect(text).toContain('Keski-Pohjanmaa');
      expect(text).toContain('Tilanne: 30.6.2020');
      expect(text).toContain('Integraatio ja osaaminen');
      // 20-1 in KP: at risk, actions 1 done / 1 in progress / 1 overdue, 0 of 2 criteria, survey 4,00 (n=5) +0,75 vs 2019
      expect(text).toContain('riskissä');
      expect(text).toContain('1 / 1 / 1');
      expect(text).toContain('0 / 2');
      expect(text).toContain('4,00 (n=5)');
      expect(text).toContain('+0,75 (2019)');
      // charts as labelled bars: the trend 2017 → 2020 and the count criterion 1 of 4
      expect(text).toMatch(/2017\s+3,50 \(n=4\)/);
      expect(text).toContain('1 / 4 kokousta');
    });

    it('speaks Swedish when asked', async () => {
      const res = await board
        .get(`/api/dashboard/board-pack.pdf?asOf=${AS_OF}&year=2020&lang=sv`)
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      const text = (await readPdf(res.body as Buffer)).text.replace(/\s+/g, ' ');
      expect(text).toContain('Strategins läge');
      expect(text).toContain('Hela organisationen');
      expect(text).toContain('på mål');
      expect(text).toContain('3,38 (n=8)');
    });
  });
});
