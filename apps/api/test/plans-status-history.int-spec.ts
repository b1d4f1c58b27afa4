import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import { MIGRATIONS } from '@suunta/api-database';
import { helsinkiDay, type ActionRollupDto, type DashboardDto, type GroupRollupDto, type PlanRollupDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { addAction, approve, createPlan, createStrategyFixture, StrategyFixture } from './support/plans-fixtures';

/**
 * History that stays true (issue 17, item 5): a yearly action's status is recorded with the day it
 * took effect, and a year's roll-up (plan and dashboard) uses the status each action had then.
 *
 * The plan: organization-wide, 2020–2021, three actions of 2020 in KP under focus area one —
 *   A: planned, target 4 kpl; entries 2020-03-01 (2 kpl) and 2020-10-15 (2 kpl)
 *   B: in progress, no target; entry 2020-11-01
 *   C: planned, no target, no entries
 * 2020 is a leap year: 366 days; 1.1.–30.6. is 182 days.
 */
describe('action status history: past years show the status the action had then', () => {
  let t: TestApp;
  let org: TestOrganization;
  let s: StrategyFixture;
  let management: SignedInAgent;
  let board: SignedInAgent;
  let plannerKp: SignedInAgent;
  let plan: { id: string; version: number; themes: { id: string; focusAreaId: string }[] };
  const ids: Record<string, string> = {};
  // the organizations' day: Finland's, which the API checks and the trigger records
  const today = helsinkiDay();

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    s = await createStrategyFixture(t, org.organizationId);
    management = await signIn(t, { role: 'management' });
    board = await signIn(t, { role: 'board' });
    plannerKp = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    const KP = org.regions['KP'];
    plan = await createPlan(management, s, { startYear: 2020 });
    ids['A'] = (await addAction(management, plan, s, { year: 2020, regionIds: [KP], title: 'A', target: { value: 4, unit: 'kpl' } })).id;
    ids['B'] = (await addAction(management, plan, s, { year: 2020, regionIds: [KP], title: 'B', status: 'in_progress' })).id;
    ids['C'] = (await addAction(management, plan, s, { year: 2020, regionIds: [KP], title: 'C' })).id;
    await approve(management, plan.id, '2019-12-15');
    const log = (o: Record<string, unknown>) => management.post('/api/progress-entries').send({ regionId: KP, year: 2020, narrative: 'Kirjaus', ...o }).expect(201);
    await log({ actionId: ids['A'], entryDate: '2020-03-01', value: 2, unit: 'kpl' });
    await log({ actionId: ids['A'], entryDate: '2020-10-15', value: 2, unit: 'kpl' });
    await log({ actionId: ids['B'], entryDate: '2020-11-01' });
  });
  afterAll(() => t.close());

  const rollup = async (query = ''): Promise<PlanRollupDto> => (await board.get(`/api/plans/${plan.id}/rollup?${query}`).expect(200)).body;
  const dashboard = async (query = ''): Promise<DashboardDto> =>
    (await board.get(`/api/dashboard?strategyId=${s.strategyId}&year=2020${query}`).expect(200)).body;
  const action = (r: PlanRollupDto, name: string) => r.actions.find((a) => a.actionId === ids[name]) as ActionRollupDto;
  const theme2020 = (r: PlanRollupDto) => r.focusAreas.find((g) => g.id === s.focusAreas[0] && g.year === 2020) as GroupRollupDto;
  const pick = (a: ActionRollupDto) => ({ actionStatus: a.actionStatus, status: a.status, overdue: a.overdue, actual: a.actual, entries: a.entries });
  const version = async (name: string) =>
    ((await management.get(`/api/plans/${plan.id}`).expect(200)).body.actions as { id: string; version: number }[]).find((a) => a.id === ids[name])?.version as number;
  const setStatus = (agent: SignedInAgent, name: string, body: Record<string, unknown>) => agent.post(`/api/plans/${plan.id}/actions/${ids[name]}/status`).send(body);
  const history = async (name: string) =>
    t.dataSource.query(
      `SELECT status, previous_status, effective_on::text AS effective_on, changed_by, source FROM plan_action_status_change WHERE action_id = $1 ORDER BY id`,
      [ids[name]],
    );

  it("a new action's first status is recorded, effective from its plan's period start", async () => {
    expect(await history('A')).toEqual([{ status: 'planned', previous_status: null, effective_on: '2020-01-01', changed_by: management.user.id, source: 'create' }]);
    expect(await history('B')).toEqual([{ status: 'in_progress', previous_status: null, effective_on: '2020-01-01', changed_by: management.user.id, source: 'create' }]);
  });

  it("a status changed today does not change the 2020 figures (plan roll-up and dashboard), but today's plan shows it", async () => {
    const rollupBefore = await rollup();
    const dashBefore = await dashboard();
    const drillBefore = (await board.get(`/api/dashboard/focus-areas/${s.focusAreas[0]}/entries?year=2020`).expect(200)).body;

    await setStatus(management, 'A', { version: await version('A'), status: 'done' }).expect(200);
    await setStatus(plannerKp, 'C', { version: await version('C'), status: 'cancelled' }).expect(200);

    // recorded, effective today, by whom
    expect(await history('A')).toEqual([
      expect.objectContaining({ status: 'planned', effective_on: '2020-01-01' }),
      { status: 'done', previous_status: 'planned', effective_on: today, changed_by: management.user.id, source: 'change' },
    ]);
    expect((await history('C'))[1]).toEqual({ status: 'cancelled', previous_status: 'planned', effective_on: today, changed_by: plannerKp.user.id, source: 'change' });

    const planNow = (await board.get(`/api/plans/${plan.id}`).expect(200)).body;
    expect(planNow.actions.find((a: { id: string }) => a.id === ids['A']).status).toBe('done');

    expect(await rollup()).toEqual(rollupBefore);
    const dashAfter = await dashboard();
    // every figure is the same; only "last updated" (when the data behind was last touched, not a figure) moves
    const figures = (d: DashboardDto) => d.focusAreas.map(({ lastUpdated: _touched, ...f }) => f);
    expect(figures(dashAfter)).toEqual(figures(dashBefore));
    expect(dashAfter.statusCounts).toEqual(dashBefore.statusCounts);
    const drillAfter = (await board.get(`/api/dashboard/focus-areas/${s.focusAreas[0]}/entries?year=2020`).expect(200)).body;
    expect(drillAfter.actions).toEqual(drillBefore.actions);
    expect(drillAfter.entries).toEqual(drillBefore.entries);
    // the entries behind the figures name the status the action had in 2020
    expect(drillAfter.entries.find((e: { actionId: string }) => e.actionId === ids['A']).actionStatus).toBe('planned');
  });

  it('a change dated back into 2020 is what 31.12.2020 shows; before it took effect, the old status', async () => {
    // B was finished on 15.9.2020, recorded only now
    await setStatus(management, 'B', { version: await version('B'), status: 'done', effectiveOn: '2020-09-15' }).expect(200);
    expect((await history('B'))[1]).toMatchObject({ status: 'done', previous_status: 'in_progress', effective_on: '2020-09-15', source: 'change' });

    const end = await rollup('asOf=2020-12-31');
    // A: planned then (done only today); 2 + 2 = 4 kpl ≥ 4 × 366/366 → on track; entry 15.10. within the 90 days → not overdue
    expect(pick(action(end, 'A'))).toEqual({ actionStatus: 'planned', status: 'on_track', overdue: false, actual: 4, entries: 2 });
    // B: done since 15.9. → on track, never overdue
    expect(pick(action(end, 'B'))).toEqual({ actionStatus: 'done', status: 'on_track', overdue: false, actual: null, entries: 1 });
    // C: planned then (cancelled only today), nothing logged → no data, overdue
    expect(pick(action(end, 'C'))).toEqual({ actionStatus: 'planned', status: 'no_data', overdue: true, actual: null, entries: 0 });
    // focus area one, 2020: 3 actions, 1 done, none cancelled; on track 2 (A, B), no data 1 (C), overdue 1 (C)
    // → one overdue keeps it from on track; no third off track → at risk
    expect(theme2020(end)).toMatchObject({ actions: 3, actionsDone: 1, actionsCancelled: 0, shareDone: 1 / 3, onTrack: 2, atRisk: 0, offTrack: 0, noData: 1, overdue: 1, status: 'at_risk' });

    const midyear = await rollup('asOf=2020-06-30');
    // A: planned, 2 kpl by 30.6.: 2 × 366 = 732 ≥ 4 × 182 = 728 → on track; 1.3. is more than 90 days before 30.6. → overdue
    expect(pick(action(midyear, 'A'))).toEqual({ actionStatus: 'planned', status: 'on_track', overdue: true, actual: 2, entries: 1 });
    // B: still in progress on 30.6. (done from 15.9.), its entry (1.11.) not yet made → no data, overdue
    expect(pick(action(midyear, 'B'))).toEqual({ actionStatus: 'in_progress', status: 'no_data', overdue: true, actual: null, entries: 0 });
    expect(pick(action(midyear, 'C'))).toEqual({ actionStatus: 'planned', status: 'no_data', overdue: true, actual: null, entries: 0 });
    // on track 1 (A), no data 2, all three overdue → at risk
    expect(theme2020(midyear)).toMatchObject({ actions: 3, actionsDone: 0, onTrack: 1, noData: 2, overdue: 3, status: 'at_risk' });

    // the board's page as of 31.12.2020 says the same
    const d = await dashboard('&asOf=2020-12-31');
    expect(d.filters.asOf).toBe('2020-12-31');
    const fa = d.focusAreas.find((f) => f.id === s.focusAreas[0]);
    expect(fa?.status).toBe('at_risk');
    expect(fa?.actions).toMatchObject({ total: 3, done: 1, planned: 1, inProgress: 0, cancelled: 0, overdue: 1, shareDone: 1 / 3 });
    const drill = (await board.get(`/api/dashboard/focus-areas/${s.focusAreas[0]}/entries?year=2020&asOf=2020-06-30`).expect(200)).body;
    expect(drill.actions.find((a: ActionRollupDto) => a.actionId === ids['B']).actionStatus).toBe('in_progress');

    // today the 2020 figures still use the year-end statuses: B done (dated into 2020), A and C as they ended 2020
    const now = await rollup();
    expect([action(now, 'A').actionStatus, action(now, 'B').actionStatus, action(now, 'C').actionStatus]).toEqual(['planned', 'done', 'planned']);
  });

  it('checks the effective day: not in the future, not before the plan period, not before the previous change (400 naming the field)', async () => {
    const v = await version('C');
    const tomorrow = helsinkiDay(new Date(Date.now() + 86_400_000));
    const cases: [string, string][] = [
      [tomorrow, 'status_effective_in_future'],
      ['2019-12-31', 'status_effective_before_period'],
      // C's previous change took effect today; a day before it would rewrite history under it
      [helsinkiDay(new Date(Date.now() - 86_400_000)), 'status_effective_before_last_change'],
    ];
    for (const [effectiveOn, code] of cases) {
      const res = await setStatus(management, 'C', { version: v, status: 'in_progress', effectiveOn }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'effectiveOn', code })]);
    }
    const bad = await setStatus(management, 'C', { version: v, status: 'in_progress', effectiveOn: '2020-02-30' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'effectiveOn', code: 'not_a_date' })]);
    expect(await history('C')).toHaveLength(2);
  });

  it('asOf is validated on the roll-up and the dashboard (400 naming the field)', async () => {
    const r = await board.get(`/api/plans/${plan.id}/rollup?asOf=2020-02-30`).expect(400);
    expect(JSON.stringify(r.body.errors)).toContain('asOf');
    const d = await board.get(`/api/dashboard?year=2020&asOf=31.12.2020`).expect(400);
    expect(d.body.errors).toEqual([expect.objectContaining({ field: 'asOf', code: 'not_a_date' })]);
    const e = await board.get(`/api/dashboard/focus-areas/${s.focusAreas[0]}/entries?year=2020&asOf=2020-13-01`).expect(400);
    expect(e.body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
  });

  it('concurrent status edits of one action: one wins, the other is 409, and one change is recorded', async () => {
    const v = await version('A');
    const results = await Promise.all([
      setStatus(management, 'A', { version: v, status: 'in_progress' }),
      setStatus(management, 'A', { version: v, status: 'postponed' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)?.body.actions.find((a: { id: string }) => a.id === ids['A']).status;
    const rows = await history('A');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({ status: winner, previous_status: 'done' });
  });

  it('a PATCH of a draft action records its status change with the day given', async () => {
    const draft = await createPlan(management, s, { startYear: 2024 });
    const a = await addAction(management, draft, s, { year: 2024, regionIds: [org.regions['KP']] });
    await management.patch(`/api/plans/${draft.id}/actions/${a.id}`).send({ version: a.version, status: 'in_progress', statusEffectiveOn: '2024-03-01' }).expect(200);
    const rows = await t.dataSource.query(`SELECT status, effective_on::text AS effective_on, source FROM plan_action_status_change WHERE action_id = $1 ORDER BY id`, [a.id]);
    expect(rows).toEqual([
      { status: 'planned', effective_on: '2024-01-01', source: 'create' },
      { status: 'in_progress', effective_on: '2024-03-01', source: 'change' },
    ]);
    // a day without a status change is refused
    const res = await management.patch(`/api/plans/${draft.id}/actions/${a.id}`).send({ version: a.version + 1, title: 'X', statusEffectiveOn: '2024-03-02' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'statusEffectiveOn' })]);
  });

  it('"start the next plan" records each copied action\'s first status, effective from the new period\'s start', async () => {
    const res = await management.post(`/api/plans/${plan.id}/next`).send({}).expect(201);
    const copied = res.body.actions as { id: string; status: string }[];
    expect(copied.length).toBeGreaterThan(0);
    const rows: { action_id: string; status: string; effective_on: string; source: string }[] = await t.dataSource.query(
      `SELECT action_id, status, effective_on::text AS effective_on, source FROM plan_action_status_change WHERE action_id = ANY($1::uuid[]) ORDER BY id`,
      [copied.map((a) => a.id)],
    );
    expect(rows).toEqual(copied.map((a) => ({ action_id: a.id, status: a.status, effective_on: '2022-01-01', source: 'create' })));
  });

  it('"start the next plan" from a draft is refused with a stable code', async () => {
    const draft = await createPlan(management, s, { startYear: 2026 });
    const res = await management.post(`/api/plans/${draft.id}/next`).send({}).expect(409);
    expect(res.body.code).toBe('plan_next_from_draft');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM action_plan WHERE predecessor_id = $1`, [draft.id]);
    expect(n).toBe(0);
  });

  it("dates a change without a chosen day by Finland's day, which the database knows as the API does", async () => {
    // helsinki_day() (SQL, the trigger's default) and helsinkiDay() (the API's checks) are one rule;
    // asked on either side of one query, they agree unless Finnish midnight fell in between
    const before = helsinkiDay();
    const [{ day }] = await t.dataSource.query(`SELECT helsinki_day()::text AS day`);
    const after = helsinkiDay();
    expect([before, after]).toContain(day);
    // at instants where Finland's day is not UTC's: the last second of a day and the first of the next
    for (const instant of ['2026-12-31T21:59:59Z', '2026-12-31T22:00:00Z', '2026-06-14T20:59:59Z', '2026-06-14T21:00:00Z']) {
      const [{ at }] = await t.dataSource.query(`SELECT helsinki_day($1::timestamptz)::text AS at`, [instant]);
      expect(at).toBe(helsinkiDay(new Date(instant)));
    }
    expect(helsinkiDay(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
  });

  it("the backfill migration gives every existing action one first row: today's status, effective from its plan's start", async () => {
    const migration = MIGRATIONS.map((M) => new M()).find((m) => m.name === 'ActionStatusHistory1766200000000');
    if (!migration) throw new Error('migration not listed');
    const qr = t.dataSource.createQueryRunner();
    try {
      await qr.startTransaction();
      await migration.down(qr);
      await migration.up(qr);
      const actions: { id: string; status: string; start: string }[] = await qr.query(
        `SELECT a.id, a.status, make_date(p.start_year, 1, 1)::text AS start FROM plan_action a JOIN action_plan p ON p.id = a.plan_id ORDER BY a.id`,
      );
      const rows: { action_id: string; status: string; effective_on: string; source: string; changed_by: string | null }[] = await qr.query(
        `SELECT action_id, status, effective_on::text AS effective_on, source, changed_by FROM plan_action_status_change ORDER BY action_id`,
      );
      expect(actions.length).toBeGreaterThanOrEqual(5);
      expect(rows).toEqual(actions.map((a) => ({ action_id: a.id, status: a.status, effective_on: a.start, source: 'backfill', changed_by: null })));
    } finally {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      await qr.release();
    }
  });
});
