import { SeedRunner } from '@suunta/api-core';
import { createTestApp, signIn } from '@suunta/api-testing';
import type { TestApp } from '@suunta/api-testing';
import type { DashboardDto, PlanDto, PlanRollupDto } from '@suunta/shared-domain';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from '../src/app/app.module';

describe('seed: the KP 2019–2020 action plan and its progress entries', () => {
  let t: TestApp;
  const source = JSON.parse(readFileSync(resolve(__dirname, '../../../tools/seed-data/action-plan-kp-2019-2020.json'), 'utf8'));

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    const runner = t.app.get(SeedRunner);
    await runner.run({ data: true, demo: false });
    await runner.run({ data: true, demo: false });
  });
  afterAll(() => t.close());

  it('loads the plan once, with its 7 themes, 32 actions and 44 entries, even when run twice', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM action_plan WHERE code = 'kp-2019-2020') AS plans,
              (SELECT count(*)::int FROM action_plan_theme) AS themes,
              (SELECT count(*)::int FROM plan_action) AS actions,
              (SELECT count(*)::int FROM progress_entry) AS entries,
              (SELECT count(*)::int FROM progress_entry WHERE value IS NOT NULL) AS valued`,
    );
    expect(counts).toEqual({ plans: 1, themes: 7, actions: source.actions.length, entries: source.progressEntries.length, valued: 6 });
    expect(source.actions.length).toBe(32);
    expect(source.progressEntries.length).toBe(44);
  });

  it('maps the themes to the 2020 focus areas, and each action to its theme and region', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM action_plan WHERE code = 'kp-2019-2020'`);
    const plan: PlanDto = (await viewer.get(`/api/plans/${id}`).expect(200)).body;
    expect(plan).toMatchObject({ startYear: 2019, endYear: 2020, status: 'approved' });
    expect(plan.themes.map((th) => th.focusAreaCode)).toEqual(['2020-1', '2020-2', '2020-3', '2020-4', '2020-5', '2020-6', '2020-7']);
    const statuses = plan.actions.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});
    expect(statuses).toEqual({ done: 20, in_progress: 9, postponed: 2, cancelled: 1 });
    const network = plan.actions.find((a) => a.title.startsWith('Maakunnallisen kirjaamisvalmentajien'));
    expect(network).toMatchObject({ year: 2020, target: { value: 2, unit: 'kokoontumista' }, status: 'done' });
    expect(network?.roles.map((r) => r.code)).toEqual(['development_planner']);
  });

  it('rolls the report up: six steering-group meetings, three of four research applications funded, the network met twice', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM action_plan WHERE code = 'kp-2019-2020'`);
    const r: PlanRollupDto = (await viewer.get(`/api/plans/${id}/rollup?asOf=2021-01-31`).expect(200)).body;
    const fa = (code: string) => r.focusAreas.find((g) => g.year === 2020 && g.title === source.themes[Number(code.slice(5)) - 1].title);
    expect(fa('2020-2')?.totals).toEqual([{ unit: 'kokousta', sum: 6, entries: 1 }]);
    // two units on one action: never added together
    expect(fa('2020-3')?.totals).toEqual([
      { unit: 'myönteistä rahoituspäätöstä', sum: 3, entries: 1 },
      { unit: 'tutkimushanketta', sum: 4, entries: 1 },
    ]);
    const network = r.actions.find((a) => a.title.startsWith('Maakunnallisen kirjaamisvalmentajien'));
    expect(network).toMatchObject({ actual: 2, targetValue: 2, status: 'on_track' });
    // 2019 has no actions in the rebuilt plan: no data, not zero
    expect(r.focusAreas.filter((g) => g.year === 2019).every((g) => g.status === 'no_data' && g.actions === 0)).toBe(true);
  });

  it('links every KP 2020 entry to its theme and to a criterion its action serves, values in the criterion\'s unit', async () => {
    const rows: { action: string; theme: string; criterion_fa: string | null; served: boolean; kind: string | null; value: string | null; unit: string | null; c_unit: string | null }[] =
      await t.dataSource.query(
        `SELECT a.code AS action, tfa.code AS theme, cfa.code AS criterion_fa, c.measurement_kind AS kind, e.value, e.unit, c.unit AS c_unit,
                EXISTS (SELECT 1 FROM plan_action_criterion pc WHERE pc.action_id = a.id AND pc.criterion_id = e.criterion_id) AS served
         FROM progress_entry e
         JOIN plan_action a ON a.id = e.action_id
         JOIN action_plan_theme t ON t.id = a.theme_id JOIN focus_area tfa ON tfa.id = t.focus_area_id
         LEFT JOIN evaluation_criterion c ON c.id = e.criterion_id
         LEFT JOIN critical_success_factor f ON f.id = c.csf_id LEFT JOIN focus_area cfa ON cfa.id = f.focus_area_id
         WHERE e.year = 2020`,
      );
    expect(rows).toHaveLength(44);
    for (const r of rows) {
      expect([r.action, r.criterion_fa, r.served]).toEqual([r.action, r.theme, true]);
      if (r.value !== null) expect([r.action, r.kind, r.unit]).toEqual([r.action, 'count', r.c_unit]);
    }
    const [{ links }] = await t.dataSource.query(`SELECT count(*)::int AS links FROM plan_action_criterion`);
    // 32 actions, one criterion each, but kp20-2-3 and kp20-3-1 also serve a milestone and kp20-3-4 serves two counts
    expect(links).toBe(35);
  });

  it("shows the board the criteria on target per theme: 2020-2 has 2 of 3 (the cancelled seminar's milestone is missed)", async () => {
    const board = await signIn(t, { role: 'board' });
    const [{ id: strategyId }] = await t.dataSource.query(`SELECT id FROM strategy WHERE code = '2020'`);
    const d: DashboardDto = (await board.get(`/api/dashboard?strategyId=${strategyId}&year=2020&asOf=2021-01-31`).expect(200)).body;
    const figure = (code: string) => {
      const fa = d.focusAreas.find((f) => f.code === code);
      return { total: fa?.criteria.total, onTarget: fa?.criteria.onTarget };
    };
    // by hand, as of 31.1.2021: 2020-2.1.1 steering-group meetings (count, no target, 2 entries) on track;
    // 2020-2.1.2 seminar held by 31.3.2020 (milestone, no entry reports it held) off track; 2020-2.1.3 (qualitative, 2 entries) on track
    expect(figure('2020-2')).toEqual({ total: 3, onTarget: 2 });
    // 2020-3: applications (4) and funding decisions (3) have no target and count as on track; the TKIO milestone (31.12.2020) was missed
    expect(figure('2020-3')).toEqual({ total: 4, onTarget: 3 });
    // 2020-5: the network met 2 times against its yearly target of 2, and the qualitative criterion has entries
    expect(figure('2020-5')).toEqual({ total: 2, onTarget: 2 });
    const sum = d.focusAreas.reduce((acc, f) => [acc[0] + f.criteria.onTarget, acc[1] + f.criteria.total], [0, 0]);
    expect(sum).toEqual([14, 16]);
  });
});
