import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { ActionRollupDto, GroupRollupDto, PlanRollupDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { addAction, createPlan, createStrategyFixture, StrategyFixture } from './support/plans-fixtures';

/**
 * Every roll-up rule on one hand-built plan (2021–2022, organization-wide). Expected figures are
 * worked out by hand in the comments; as-of dates make "elapsed share of the year" deterministic.
 * 2021 has 365 days; Jan 1 – Jun 30 is 181 days.
 */
describe('roll-ups: every rule, computed in SQL', () => {
  let t: TestApp;
  let org: TestOrganization;
  let s: StrategyFixture;
  let management: SignedInAgent;
  let board: SignedInAgent;
  let planId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    s = await createStrategyFixture(t, org.organizationId);
    management = await signIn(t, { role: 'management' });
    board = await signIn(t, { role: 'board' });
    const plan = await createPlan(management, s, { startYear: 2021 });
    planId = plan.id;
    const KP = org.regions['KP'];
    const add = async (name: string, themeIndex: number, o: Partial<Parameters<typeof addAction>[3]> = {}) => {
      ids[name] = (await addAction(management, plan, s, { themeIndex, regionIds: [KP], title: name, ...o })).id;
    };
    await add('on', 0, { target: { value: 4, unit: 'kokoontumista' }, criterionIds: [s.criteria.meetings] });
    await add('risk', 0, { target: { value: 10, unit: 'kpl' } });
    await add('off', 0, { target: { value: 10, unit: 'kpl' }, regionIds: [KP, org.regions['EP']] });
    await add('nodata', 0);
    await add('done', 0, { status: 'done' });
    await add('cancelled', 0, { status: 'cancelled' });
    await add('narrative', 1, { target: { value: 5, unit: 'kpl' } });
    await add('postponed', 1, { status: 'postponed' });
    await add('milestone', 1, { target: { milestoneDate: '2021-05-31' }, criterionIds: [s.criteria.milestone] });
    await add('plain', 1);
    await add('next-year', 1, { year: 2022 });

    const log = async (o: Record<string, unknown>) =>
      management.post('/api/progress-entries').send({ regionId: KP, year: 2021, narrative: 'Kirjaus', ...o }).expect(201);
    await log({ actionId: ids['on'], entryDate: '2021-03-01', value: 2 });
    await log({ actionId: ids['on'], entryDate: '2021-05-01', value: 1 });
    await log({ actionId: ids['on'], entryDate: '2021-05-02', value: 10, unit: 'osallistujaa' });
    // action + criterion: the criterion's unit wins, so this counts for the criterion, not the action's target
    await log({ actionId: ids['on'], criterionId: s.criteria.meetings, entryDate: '2021-06-20', value: 1 });
    await log({ actionId: ids['risk'], entryDate: '2021-02-01', value: 3 });
    await log({ actionId: ids['off'], entryDate: '2021-06-01', value: 1 });
    await log({ actionId: ids['narrative'], entryDate: '2021-06-15' });
    await log({ actionId: ids['milestone'], entryDate: '2021-03-01' });
    await log({ actionId: ids['plain'], entryDate: '2021-06-10' });
    await log({ criterionId: s.criteria.meetings, entryDate: '2021-04-10', value: 2 });
  });
  afterAll(() => t.close());

  const rollup = async (query: string): Promise<PlanRollupDto> => (await board.get(`/api/plans/${planId}/rollup?${query}`).expect(200)).body;
  const action = (r: PlanRollupDto, name: string) => r.actions.find((a) => a.actionId === ids[name]) as ActionRollupDto;
  const pick = (a: ActionRollupDto) => ({ status: a.status, overdue: a.overdue, actual: a.actual, entries: a.entries });

  describe('actions, as of 2021-06-30', () => {
    let r: PlanRollupDto;
    beforeAll(async () => {
      r = await rollup('asOf=2021-06-30');
    });

    it('target met pro rata → on track; sums only the target unit, other units apart; latest by date', () => {
      // kokoontumista 2 + 1 = 3; 3 × 365 = 1095 ≥ 4 × 181 = 724
      expect(action(r, 'on')).toMatchObject({ status: 'on_track', overdue: false, actual: 3, latest: 1, entries: 4, targetValue: 4, targetUnit: 'kokoontumista' });
      expect(action(r, 'on').totals).toEqual([
        { unit: 'kokoontumista', sum: 3, entries: 2 },
        { unit: 'kokousta', sum: 1, entries: 1 },
        { unit: 'osallistujaa', sum: 10, entries: 1 },
      ]);
    });

    it('at least half of the pro-rata target → at risk; nothing logged for 90 days → overdue', () => {
      // 3 × 365 = 1095 < 10 × 181 = 1810 ≤ 2 × 1095 = 2190; last entry 2021-02-01 is before 2021-04-01
      expect(pick(action(r, 'risk'))).toEqual({ status: 'at_risk', overdue: true, actual: 3, entries: 1 });
    });

    it('under half → off track', () => {
      // 2 × 1 × 365 = 730 < 1810
      expect(pick(action(r, 'off'))).toEqual({ status: 'off_track', overdue: false, actual: 1, entries: 1 });
    });

    it('no entries → no data (not zero), and overdue once the year is a quarter old', () => {
      expect(pick(action(r, 'nodata'))).toEqual({ status: 'no_data', overdue: true, actual: null, entries: 0 });
    });

    it('a numeric target with only narrative entries → no data', () => {
      expect(pick(action(r, 'narrative'))).toEqual({ status: 'no_data', overdue: false, actual: null, entries: 1 });
    });

    it('done → on track, cancelled → off track, postponed → at risk; none of them overdue', () => {
      expect(pick(action(r, 'done'))).toEqual({ status: 'on_track', overdue: false, actual: null, entries: 0 });
      expect(pick(action(r, 'cancelled'))).toEqual({ status: 'off_track', overdue: false, actual: null, entries: 0 });
      expect(pick(action(r, 'postponed'))).toEqual({ status: 'at_risk', overdue: false, actual: null, entries: 0 });
    });

    it('a milestone date passed while not done → off track', () => {
      expect(pick(action(r, 'milestone'))).toEqual({ status: 'off_track', overdue: true, actual: null, entries: 1 });
    });

    it('no target but activity logged → on track; next year not started → no data, not overdue', () => {
      expect(pick(action(r, 'plain'))).toEqual({ status: 'on_track', overdue: false, actual: null, entries: 1 });
      expect(pick(action(r, 'next-year'))).toEqual({ status: 'no_data', overdue: false, actual: null, entries: 0 });
    });
  });

  it('ignores entries dated after the as-of day', async () => {
    // as of 2021-03-15 only the 2021-03-01 entry (2) exists: 2 × 365 = 730 ≥ 4 × 74 = 296
    const r = await rollup('asOf=2021-03-15');
    expect(action(r, 'on')).toMatchObject({ status: 'on_track', actual: 2, entries: 1, overdue: false });
    expect(action(r, 'off')).toMatchObject({ status: 'no_data', actual: null, entries: 0 });
  });

  it('judges a finished year against the whole target', async () => {
    // as of 2022-01-15: risk has 3 of 10, 2 × 3 < 10 → off track; on has 3 of 4, 2 × 3 ≥ 4 → at risk
    const r = await rollup('asOf=2022-01-15');
    expect(action(r, 'risk').status).toBe('off_track');
    expect(action(r, 'on').status).toBe('at_risk');
  });

  it('criteria: sums count values in the criterion unit against the yearly target; milestone by deadline', async () => {
    const r = await rollup('asOf=2021-06-30');
    const meetings2021 = r.criteria.find((c) => c.criterionId === s.criteria.meetings && c.year === 2021);
    // 2 (2021-04-10) + 1 (2021-06-20) = 3 kokousta; 3 × 365 ≥ 4 × 181
    expect(meetings2021).toMatchObject({ actual: 3, latest: 1, entries: 2, unit: 'kokousta', yearlyTarget: 4, status: 'on_track', overdue: false });
    expect(r.criteria.find((c) => c.criterionId === s.criteria.meetings && c.year === 2022)).toMatchObject({ actual: null, entries: 0, status: 'no_data', overdue: false });
    // the milestone criterion has no entry of its own; its deadline 2021-06-30 is not yet past
    expect(r.criteria.find((c) => c.criterionId === s.criteria.milestone && c.year === 2021)).toMatchObject({ status: 'no_data', overdue: true });
    const later = await rollup('asOf=2021-07-01');
    expect(later.criteria.find((c) => c.criterionId === s.criteria.milestone && c.year === 2021)?.status).toBe('off_track');
    expect(r.criteria.map((c) => c.criterionId).sort()).toEqual([s.criteria.meetings, s.criteria.meetings, s.criteria.milestone, s.criteria.milestone].sort());
  });

  it('focus areas: share done without cancelled, status from the action mix, totals per unit never mixed', async () => {
    const r = await rollup('asOf=2021-06-30');
    const fa = (i: number, year: number) => r.focusAreas.find((g) => g.id === s.focusAreas[i] && g.year === year) as GroupRollupDto;
    // theme 1, 2021: on, risk, off, nodata, done, cancelled → done 1 of 5; on 2 (on, done), at risk 1, off 1, no data 1;
    // judged 4: 3 × 2 < 2 × 4 and 3 × 1 ≤ 4 → at risk. Entries: 4 + 1 + 1 on actions, + 1 criterion-only = 7
    expect(fa(0, 2021)).toMatchObject({ actions: 6, actionsDone: 1, actionsCancelled: 1, shareDone: 0.2, onTrack: 2, atRisk: 1, offTrack: 1, noData: 1, overdue: 2, entries: 7, status: 'at_risk' });
    expect(fa(0, 2021).totals).toEqual([
      { unit: 'kokoontumista', sum: 3, entries: 2 },
      { unit: 'kokousta', sum: 3, entries: 2 },
      { unit: 'kpl', sum: 4, entries: 2 },
      { unit: 'osallistujaa', sum: 10, entries: 1 },
    ]);
    // theme 2, 2021: narrative (no data), postponed (at risk), milestone (off), plain (on) → judged 3 → at risk
    expect(fa(1, 2021)).toMatchObject({ actions: 4, actionsDone: 0, shareDone: 0, onTrack: 1, atRisk: 1, offTrack: 1, noData: 1, overdue: 1, entries: 3, totals: [], status: 'at_risk' });
    expect(fa(1, 2022)).toMatchObject({ actions: 1, shareDone: 0, noData: 1, status: 'no_data', entries: 0 });
    expect(fa(0, 2022)).toMatchObject({ actions: 0, shareDone: null, status: 'no_data', entries: 0, totals: [] });
  });

  it('regions: each region judged on its own entries; a region without actions has no data', async () => {
    const r = await rollup('asOf=2021-06-30');
    const reg = (code: string) => r.regions.find((g) => g.id === org.regions[code] && g.year === 2021) as GroupRollupDto;
    // KP: 10 actions in 2021, done 1, cancelled 1 → 1/9; on 3 (on, done, plain), at risk 2 (risk, postponed),
    // off 2 (off, milestone), no data 2 (nodata, narrative); judged 7 → at risk; overdue risk, nodata, milestone
    expect(reg('KP')).toMatchObject({ actions: 10, actionsDone: 1, actionsCancelled: 1, onTrack: 3, atRisk: 2, offTrack: 2, noData: 2, overdue: 3, entries: 10, status: 'at_risk' });
    expect(reg('KP').shareDone).toBeCloseTo(1 / 9, 10);
    // EP: only "off", which has no entries in EP → no data, but overdue: an overdue action weighs in → at risk
    expect(reg('EP')).toMatchObject({ actions: 1, noData: 1, overdue: 1, entries: 0, status: 'at_risk', shareDone: 0 });
    expect(reg('PO')).toMatchObject({ actions: 0, shareDone: null, status: 'no_data' });
  });

  it('an overdue action keeps a focus area and a region from on track, even when every judged action is on track', async () => {
    const plan = await createPlan(management, s, { startYear: 2023 });
    const KP = org.regions['KP'];
    const stale = await addAction(management, plan, s, { themeIndex: 0, year: 2023, regionIds: [KP], title: 'stale', status: 'in_progress' });
    const fresh = await addAction(management, plan, s, { themeIndex: 0, year: 2023, regionIds: [KP], title: 'fresh', status: 'in_progress' });
    const log = (actionId: string, entryDate: string) =>
      management.post('/api/progress-entries').send({ regionId: KP, year: 2023, narrative: 'Kirjaus', actionId, entryDate }).expect(201);
    await log(stale.id, '2023-01-10');
    await log(fresh.id, '2023-06-01');
    const r: PlanRollupDto = (await board.get(`/api/plans/${plan.id}/rollup?asOf=2023-06-30`).expect(200)).body;
    // both logged, no target → both on track (2 of 2 judged); "stale" has nothing in the 90 days up to
    // 2023-06-30 and the year is 180 days old → overdue 1 → at risk (was on track before overdue weighed in)
    expect(r.actions.find((a) => a.actionId === stale.id)).toMatchObject({ status: 'on_track', overdue: true });
    expect(r.focusAreas.find((g) => g.id === s.focusAreas[0] && g.year === 2023)).toMatchObject({ onTrack: 2, atRisk: 0, offTrack: 0, overdue: 1, status: 'at_risk' });
    expect(r.regions.find((g) => g.id === KP && g.year === 2023)).toMatchObject({ onTrack: 2, overdue: 1, status: 'at_risk' });
    // as of 2023-03-31 the year is 89 days old: nothing is overdue yet; "stale" is on track, "fresh" has no data → on track
    const before: PlanRollupDto = (await board.get(`/api/plans/${plan.id}/rollup?asOf=2023-03-31`).expect(200)).body;
    expect(before.focusAreas.find((g) => g.id === s.focusAreas[0] && g.year === 2023)).toMatchObject({ onTrack: 1, overdue: 0, status: 'on_track' });
  });

  it('narrows every family to one region on request', async () => {
    const r = await rollup(`asOf=2021-06-30&regionId=${org.regions['EP']}`);
    expect(r.actions.map((a) => a.actionId)).toEqual([ids['off']]);
    expect(r.actions[0]).toMatchObject({ status: 'no_data', entries: 0 });
    expect(r.regions.map((g) => g.id)).toEqual([org.regions['EP'], org.regions['EP']]);
    expect(r.criteria.every((c) => c.entries === 0)).toBe(true);
  });

  it('leaves retracted entries out', async () => {
    const created = await management
      .post('/api/progress-entries')
      .send({ regionId: org.regions['KP'], year: 2021, entryDate: '2021-06-29', actionId: ids['off'], value: 3, narrative: 'Lisää' })
      .expect(201);
    // 1 + 3 = 4: 4 × 365 = 1460 < 1810 ≤ 2 × 1460
    expect(action(await rollup('asOf=2021-06-30'), 'off')).toMatchObject({ actual: 4, status: 'at_risk' });
    await management.post(`/api/progress-entries/${created.body.id}/retract`).send({ version: 1, reason: 'Tuplakirjaus' }).expect(200);
    expect(action(await rollup('asOf=2021-06-30'), 'off')).toMatchObject({ actual: 1, status: 'off_track' });
  });

  it('costs a fixed number of queries whatever the plan size (no N+1)', async () => {
    // earlier tests read this roll-up: move the data stamps, so it is computed again, not answered from the cache
    await t.dataSource.query(`SELECT advance_organization_data_stamps()`);
    const seen: string[] = [];
    const original = t.dataSource.driver.createQueryRunner.bind(t.dataSource.driver);
    const spy = jest.spyOn(t.dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
      const runner = original(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, params?: unknown[]) => {
        if (/progress_entry|plan_action|action_plan/.test(sql)) seen.push(sql);
        return query(sql, params);
      }) as typeof runner.query;
      return runner;
    });
    try {
      await rollup('asOf=2021-06-30');
    } finally {
      spy.mockRestore();
    }
    // the plan check + one query per family; the session lookup does not touch these tables
    expect(seen).toHaveLength(5);
  });
});
