import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import { randomBytes } from 'node:crypto';

/**
 * The dashboard suite's world, small enough to compute every figure by hand:
 *
 *   2015 strategy   15-A ─┬─► 18-A ──► 20-1      (20-1's lineage: 18-A, 15-A)
 *   2018 strategy         └─► 18-Z              (a sibling: shares 15-A, is not 20-1's lineage)
 *   2020 strategy   20-2 (no predecessor)
 *
 * The strategy tree and surveys are inserted into their tables (their migrations are the
 * contract); plans, actions and progress entries go through the API, as a user would make them.
 */
export interface DashboardWorld {
  org: TestOrganization;
  strategies: { s15: string; s18: string; s20: string };
  fa: { a15: string; a18: string; z18: string; one: string; two: string };
  criteria: { meetings: string; report: string };
  planId: string;
  draftPlanId: string;
  actions: Record<'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6' | 'A7', string>;
  entries: Record<'a2Kp' | 'a2Ep' | 'a5Po' | 'c1Kp' | 'c1Ep', string>;
}

type Counts = Record<number, number>;

/** The element the fixture just created; a missing one is a broken fixture, said loudly. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`dashboard fixture: ${what} missing`);
  return value;
}

export async function buildDashboardWorld(t: TestApp, org: TestOrganization, management: SignedInAgent): Promise<DashboardWorld> {
  const o = org.organizationId;
  const one = async (sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as { id: string }[])[0].id;
  const strategy = (code: string, status: string, from: string, to: string | null) =>
    one(`INSERT INTO strategy (organization_id, code, title, status, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
      o,
      code,
      `Strategia ${code}`,
      status,
      from,
      to,
    ]);
  const s15 = await strategy('d2015', 'archived', '2015-01-01', '2017-12-31');
  const s18 = await strategy('d2018', 'archived', '2018-01-01', '2019-12-31');
  const s20 = await strategy('d2020', 'approved', '2020-01-01', null);
  const focusArea = (strategyId: string, code: string, title: string, sort: number) =>
    one(`INSERT INTO focus_area (organization_id, strategy_id, code, title, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [o, strategyId, code, title, sort]);
  const a15 = await focusArea(s15, 'd15-A', 'Osaamisen vahvistaminen', 1);
  const a18 = await focusArea(s18, 'd18-A', 'Osaaminen ja työhyvinvointi', 1);
  const z18 = await focusArea(s18, 'd18-Z', 'Sisarpainopiste', 2);
  const fa1 = await focusArea(s20, 'd20-1', 'Integraatio ja osaaminen', 1);
  const fa2 = await focusArea(s20, 'd20-2', 'Vaikuttavuus', 2);
  const map = (from: string, to: string) =>
    t.dataSource.query(`INSERT INTO focus_area_mapping (organization_id, from_focus_area_id, to_focus_area_id) VALUES ($1, $2, $3)`, [o, from, to]);
  await map(a15, a18);
  await map(a15, z18);
  await map(a18, fa1);

  const csf = await one(`INSERT INTO critical_success_factor (organization_id, focus_area_id, title) VALUES ($1, $2, 'Menestystekijä') RETURNING id`, [o, fa1]);
  const meetings = await one(
    `INSERT INTO evaluation_criterion (organization_id, csf_id, title, measurement_kind, unit, yearly_target) VALUES ($1, $2, 'Verkostokokoukset', 'count', 'kokousta', 4) RETURNING id`,
    [o, csf],
  );
  const report = await one(
    `INSERT INTO evaluation_criterion (organization_id, csf_id, title, measurement_kind, deadline) VALUES ($1, $2, 'Selvitys valmis', 'milestone', '2020-03-31') RETURNING id`,
    [o, csf],
  );
  const roleId = await one(
    `INSERT INTO responsible_role (organization_id, code, kind, scope, name) VALUES ($1, $2, 'person', 'region', '{"fi":"Kehittämissuunnittelija"}') RETURNING id`,
    [o, `planner-${randomBytes(3).toString('hex')}`],
  );

  // Surveys. updated_at is fixed so "last updated" is decided by the plan rows.
  const survey = async (regionCode: string, year: number, themes: { focusAreaId: string; counts: Counts }[]) => {
    const surveyId = await one(
      `INSERT INTO survey (organization_id, region_id, year, title, source_format, source_text, content_hash, respondent_count, updated_at)
       VALUES ($1, $2, $3, $4, 'webropol-report', 'x', $5, 20, '2020-01-15T00:00:00Z') RETURNING id`,
      [o, org.regions[regionCode], year, `Arviointikysely ${regionCode} ${year}`, randomBytes(8).toString('hex')],
    );
    for (let v = 1; v <= 5; v++) {
      await t.dataSource.query(`INSERT INTO survey_scale_point (survey_id, value, label) VALUES ($1, $2, $3)`, [surveyId, v, `${v}`]);
    }
    for (const [i, th] of themes.entries()) {
      const themeId = await one(
        `INSERT INTO survey_theme (organization_id, survey_id, sort_order, title, focus_area_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [o, surveyId, i + 1, `Teema ${i + 1}`, th.focusAreaId],
      );
      const n = Object.values(th.counts).reduce((s, x) => s + x, 0);
      const q = await one(
        `INSERT INTO survey_question (organization_id, survey_id, theme_id, number, text, kind, respondent_count) VALUES ($1, $2, $3, $4, 'Miten toteutui?', 'likert', $5) RETURNING id`,
        [o, surveyId, themeId, 2 * i + 1, n],
      );
      for (const [value, count] of Object.entries(th.counts)) {
        await t.dataSource.query(`INSERT INTO survey_likert_count (question_id, survey_id, value, n) VALUES ($1, $2, $3, $4)`, [q, surveyId, Number(value), count]);
      }
      // An open question in the same theme: it has answers but no scores, and must not move the average.
      await t.dataSource.query(
        `INSERT INTO survey_question (organization_id, survey_id, theme_id, number, text, kind, respondent_count) VALUES ($1, $2, $3, $4, 'Kommentit', 'open', 7)`,
        [o, surveyId, themeId, 2 * i + 2],
      );
    }
  };
  await survey('KP', 2017, [{ focusAreaId: a15, counts: { 3: 2, 4: 2 } }]);
  await survey('KP', 2019, [
    { focusAreaId: a18, counts: { 2: 1, 3: 1, 4: 2 } },
    { focusAreaId: z18, counts: { 5: 10 } },
  ]);
  await survey('KP', 2020, [
    { focusAreaId: fa1, counts: { 3: 1, 4: 3, 5: 1 } },
    { focusAreaId: fa2, counts: { 4: 1, 5: 1 } },
  ]);
  await survey('EP', 2020, [{ focusAreaId: fa1, counts: { 2: 2, 3: 1 } }]);

  // The organization-wide plan 2020–2021, through the API.
  const createPlan = async (regionId: string | null, title: string) => {
    const res = await management
      .post('/api/plans')
      .send({ strategyId: s20, title, startYear: 2020, regionId, themes: [{ focusAreaId: fa1 }, { focusAreaId: fa2 }] });
    if (res.status !== 201) throw new Error(`createPlan: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; themes: { id: string; focusAreaId: string }[] };
  };
  const plan = await createPlan(null, 'Toimintasuunnitelma 2020–2021');
  const theme = (fa: string) => found(plan.themes.find((x) => x.focusAreaId === fa), `theme for ${fa}`).id;
  const R = org.regions;
  const addAction = async (p: { id: string }, themeId: string, title: string, o2: { year?: number; regions: string[]; status: string; target?: unknown; criterionIds?: string[] }) => {
    const res = await management.post(`/api/plans/${p.id}/actions`).send({
      themeId,
      year: o2.year ?? 2020,
      title,
      regionIds: o2.regions.map((c) => R[c]),
      roleIds: [roleId],
      status: o2.status,
      target: o2.target ?? null,
      criterionIds: o2.criterionIds ?? [],
    });
    if (res.status !== 201) throw new Error(`addAction ${title}: ${res.status} ${JSON.stringify(res.body)}`);
    return found((res.body.actions as { id: string; title: string }[]).find((a) => a.title === title), `action ${title}`).id;
  };
  const actions = {
    A1: await addAction(plan, theme(fa1), 'A1 valmis', { regions: ['KP'], status: 'done', criterionIds: [report] }),
    A2: await addAction(plan, theme(fa1), 'A2 koulutukset', { regions: ['KP', 'EP'], status: 'in_progress', target: { value: 10, unit: 'kpl' }, criterionIds: [meetings] }),
    A3: await addAction(plan, theme(fa1), 'A3 suunniteltu', { regions: ['KP'], status: 'planned' }),
    A4: await addAction(plan, theme(fa1), 'A4 peruttu', { regions: ['EP'], status: 'cancelled' }),
    A5: await addAction(plan, theme(fa1), 'A5 käynnissä', { regions: ['PO'], status: 'in_progress' }),
    A6: await addAction(plan, theme(fa2), 'A6 valmis', { regions: ['KP'], status: 'done' }),
    A7: await addAction(plan, theme(fa2), 'A7 ensi vuonna', { year: 2021, regions: ['KP'], status: 'planned' }),
  };
  const current = await management.get(`/api/plans/${plan.id}`).expect(200);
  await management.post(`/api/plans/${plan.id}/approve`).send({ version: current.body.version, approvedOn: '2020-01-20' }).expect(200);

  // A draft plan for PO: the board does not see drafts, so its done action must not count.
  const draft = await createPlan(R['PO'], 'Luonnos PO 2020–2021');
  await addAction(draft, found(draft.themes.find((x) => x.focusAreaId === fa2), 'draft theme').id, 'Luonnoksen toimenpide', { regions: ['PO'], status: 'done' });

  const log = async (body: Record<string, unknown>) => {
    const res = await management.post('/api/progress-entries').send({ year: 2020, narrative: 'Kirjaus', ...body });
    if (res.status !== 201) throw new Error(`log: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const entries = {
    a2Kp: await log({ regionId: R['KP'], actionId: actions.A2, entryDate: '2020-05-10', value: 4 }),
    a2Ep: await log({ regionId: R['EP'], actionId: actions.A2, entryDate: '2020-06-01', value: 1 }),
    a5Po: await log({ regionId: R['PO'], actionId: actions.A5, entryDate: '2020-02-01' }),
    c1Kp: await log({ regionId: R['KP'], criterionId: meetings, entryDate: '2020-03-15', value: 1 }),
    c1Ep: await log({ regionId: R['EP'], criterionId: meetings, entryDate: '2020-06-10', value: 1 }),
  };
  // Logged after the as-of day: outside every figure judged as of 2020-06-30.
  await log({ regionId: R['KP'], actionId: actions.A2, entryDate: '2020-08-01', value: 50 });
  // Retracted: never counts.
  const retracted = await log({ regionId: R['KP'], criterionId: meetings, entryDate: '2020-04-01', value: 3 });
  await t.dataSource.query(`UPDATE progress_entry SET retracted_at = now(), retracted_reason = 'virhe' WHERE id = $1`, [retracted]);

  return {
    org,
    strategies: { s15, s18, s20 },
    fa: { a15, a18, z18, one: fa1, two: fa2 },
    criteria: { meetings, report },
    planId: plan.id,
    draftPlanId: draft.id,
    actions,
    entries,
  };
}
