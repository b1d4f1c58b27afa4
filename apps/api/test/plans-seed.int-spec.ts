import { SeedRunner } from '@suunta/api-core';
import { createTestApp, signIn } from '@suunta/api-testing';
import type { TestApp } from '@suunta/api-testing';
import type { PlanDto, PlanRollupDto } from '@suunta/shared-domain';
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
});
