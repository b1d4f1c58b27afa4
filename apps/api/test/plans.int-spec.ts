import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';
import { addAction, approve, createPlan, createStrategyFixture, StrategyFixture } from './support/plans-fixtures';

describe('action plans: plans, themes, actions, locking, copy-forward', () => {
  let t: TestApp;
  let org: TestOrganization;
  let s: StrategyFixture;
  let management: SignedInAgent;
  let board: SignedInAgent;
  let plannerKp: SignedInAgent;
  let plannerPo: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    s = await createStrategyFixture(t, org.organizationId);
    management = await signIn(t, { role: 'management' });
    board = await signIn(t, { role: 'board' });
    plannerKp = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    plannerPo = await signIn(t, { role: 'planner', regionCodes: ['PO'] });
  });
  afterAll(() => t.close());

  describe('creating', () => {
    it('creates a draft for two consecutive years with its themes named after the focus areas', async () => {
      const plan = await createPlan(management, s, { startYear: 2021, regionId: org.regions['KP'] });
      const res = await board.get(`/api/plans/${plan.id}`).expect(200);
      expect(res.body).toMatchObject({ status: 'draft', startYear: 2021, endYear: 2022, regionId: org.regions['KP'], approvedOn: null, version: 1 });
      expect(res.body.themes.map((th: { title: string }) => th.title)).toEqual(['Painopiste 1', 'Painopiste 2']);
    });

    it('refuses invalid fields with their paths', async () => {
      const res = await management.post('/api/plans').send({ strategyId: 'nope', title: '  ', startYear: '2021', themes: [{ focusAreaId: 7 }] }).expect(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['strategyId', 'title', 'startYear', 'themes.0.focusAreaId']));
    });

    it("refuses a theme whose focus area is not in the plan's strategy", async () => {
      const other = await createStrategyFixture(t, org.organizationId);
      const res = await management
        .post('/api/plans')
        .send({ strategyId: s.strategyId, title: 'X', startYear: 2021, themes: [{ focusAreaId: s.focusAreas[0] }, { focusAreaId: other.focusAreas[0] }] })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'themes.1.focusAreaId', message: "not a focus area of the plan's strategy", code: 'invalid' }]);
    });

    it('lets only management and admin plan; board, viewer and planners get 403', async () => {
      const body = { strategyId: s.strategyId, title: 'X', startYear: 2021 };
      await board.post('/api/plans').send(body).expect(403);
      await plannerKp.post('/api/plans').send(body).expect(403);
    });
  });

  describe('actions', () => {
    it('adds an action with regions, roles, people, a numeric target and criteria, and shows them', async () => {
      const plan = await createPlan(management, s);
      const res = await management
        .post(`/api/plans/${plan.id}/actions`)
        .send({
          themeId: plan.themes[0].id,
          year: 2022,
          title: 'Kirjaamisvalmentajien verkosto',
          regionIds: [org.regions['KP'], org.regions['EP']],
          roleIds: [s.roleId],
          personIds: [s.personId],
          target: { value: 2, unit: 'kokoontumista' },
          criterionIds: [s.criteria.meetings],
        })
        .expect(201);
      const action = res.body.actions[0];
      expect(action).toMatchObject({
        year: 2022,
        status: 'planned',
        target: { value: 2, unit: 'kokoontumista', milestoneDate: null },
        people: [{ id: s.personId, name: 'Iiris Jurvansuu' }],
        criteria: [{ id: s.criteria.meetings, measurementKind: 'count', unit: 'kokousta' }],
      });
      expect(action.regionIds.sort()).toEqual([org.regions['KP'], org.regions['EP']].sort());
      expect(action.roles[0].localizedName.sv).toBe('Utvecklingsplanerare');
    });

    it('refuses a year outside the plan, a theme of another plan, a unit without a value', async () => {
      const plan = await createPlan(management, s);
      const other = await createPlan(management, s);
      const base = { themeId: plan.themes[0].id, year: 2021, title: 'T', regionIds: [org.regions['KP']], roleIds: [s.roleId] };
      const year = await management.post(`/api/plans/${plan.id}/actions`).send({ ...base, year: 2023 }).expect(400);
      expect(year.body.errors).toEqual([{ field: 'year', message: 'must be 2021 or 2022, the years of the plan', code: 'invalid' }]);
      const theme = await management.post(`/api/plans/${plan.id}/actions`).send({ ...base, themeId: other.themes[0].id }).expect(400);
      expect(theme.body.errors[0].field).toBe('themeId');
      const unit = await management.post(`/api/plans/${plan.id}/actions`).send({ ...base, target: { unit: 'kpl' } }).expect(400);
      expect(unit.body.errors[0].field).toBe('target.unit');
      const value = await management.post(`/api/plans/${plan.id}/actions`).send({ ...base, target: { value: 'N/A', unit: 'kpl' } }).expect(400);
      expect(value.body.errors[0].field).toBe('target.value');
      const noRegion = await management.post(`/api/plans/${plan.id}/actions`).send({ ...base, regionIds: [] }).expect(400);
      expect(noRegion.body.errors[0].field).toBe('regionIds');
    });

    it("keeps a regional plan's actions in its region", async () => {
      const plan = await createPlan(management, s, { regionId: org.regions['KP'] });
      const res = await management
        .post(`/api/plans/${plan.id}/actions`)
        .send({ themeId: plan.themes[0].id, year: 2021, title: 'T', regionIds: [org.regions['PO']], roleIds: [s.roleId] })
        .expect(400);
      expect(res.body.errors[0]).toEqual({ field: 'regionIds.0', message: "a regional plan's actions are done in the plan's region only", code: 'invalid' });
    });

    it('moves an action to the other theme and year, and refuses a stale version with 409', async () => {
      const plan = await createPlan(management, s);
      const action = await addAction(management, plan, s, { regionIds: [org.regions['KP']] });
      const moved = await management
        .patch(`/api/plans/${plan.id}/actions/${action.id}`)
        .send({ version: action.version, themeId: plan.themes[1].id, year: 2022 })
        .expect(200);
      expect(moved.body.actions[0]).toMatchObject({ themeId: plan.themes[1].id, year: 2022, version: action.version + 1 });
      const stale = await management.patch(`/api/plans/${plan.id}/actions/${action.id}`).send({ version: action.version, title: 'Myöhässä' }).expect(409);
      expect(stale.body.message).toMatch(/changed by someone else/);
    });

    it('answers 404 for unknown ids and for plans of another organization', async () => {
      await board.get('/api/plans/00000000-0000-4000-8000-000000000000').expect(404);
      const plan = await createPlan(management, s);
      const stranger = await signIn(t, { role: 'management', organizationCode: 'toinen-keskus' });
      await stranger.get(`/api/plans/${plan.id}`).expect(404);
      await stranger.patch(`/api/plans/${plan.id}`).send({ version: 1, title: 'Kaapattu' }).expect(404);
      await stranger.get(`/api/plans/${plan.id}/rollup`).expect(404);
    });
  });

  describe('approval and locking', () => {
    it('locks an approved plan: every change to what it says is refused with 423 until reopened', async () => {
      const plan = await createPlan(management, s);
      const action = await addAction(management, plan, s, { regionIds: [org.regions['KP']] });
      const approved = await approve(management, plan.id, '2020-12-15');
      expect(approved).toMatchObject({ status: 'approved', approvedOn: '2020-12-15' });

      const attempts = [
        management.patch(`/api/plans/${plan.id}`).send({ version: approved.version, title: 'Muutettu' }),
        management.post(`/api/plans/${plan.id}/actions`).send({ themeId: plan.themes[0].id, year: 2021, title: 'Uusi', regionIds: [org.regions['KP']], roleIds: [s.roleId] }),
        management.patch(`/api/plans/${plan.id}/actions/${action.id}`).send({ version: action.version, title: 'Muutettu' }),
        management.delete(`/api/plans/${plan.id}/actions/${action.id}`),
        management.post(`/api/plans/${plan.id}/themes`).send({ focusAreaId: s.focusAreas[0] }),
        management.delete(`/api/plans/${plan.id}/themes/${plan.themes[1].id}`),
      ];
      for (const attempt of attempts) {
        const res = await attempt;
        expect(res.status).toBe(423);
        expect(res.body.message).toMatch(/approved and locked: reopen it/);
      }
      const after = await board.get(`/api/plans/${plan.id}`).expect(200);
      expect(after.body.title).toBe(approved.title);
      expect(after.body.actions).toHaveLength(1);
      expect(after.body.actions[0].title).toBe(action.title);
    });

    it('reopens with a reason (audited), after which the plan can change, and it can be approved again', async () => {
      const plan = await createPlan(management, s);
      const approved = await approve(management, plan.id);
      await management.post(`/api/plans/${plan.id}/reopen`).send({ version: approved.version }).expect(400);
      const reopened = await management.post(`/api/plans/${plan.id}/reopen`).send({ version: approved.version, reason: 'Johtoryhmä 3.3.2021' }).expect(200);
      expect(reopened.body).toMatchObject({ status: 'draft', approvedOn: null });
      await management.patch(`/api/plans/${plan.id}`).send({ version: reopened.body.version, title: 'Muutettu suunnitelma' }).expect(200);
      await approve(management, plan.id, '2021-03-03');

      const audit = await t.dataSource.query(
        `SELECT action, after->>'reason' AS reason, actor_email FROM audit_log WHERE entity_type = 'action_plan' AND entity_id = $1 ORDER BY id`,
        [plan.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'approve', 'reopen', 'update', 'approve']);
      expect(audit[2]).toMatchObject({ reason: 'Johtoryhmä 3.3.2021', actor_email: management.email });
    });

    it('lets only management and admin approve and reopen', async () => {
      const plan = await createPlan(management, s);
      await board.post(`/api/plans/${plan.id}/approve`).send({ version: 1, approvedOn: '2020-12-15' }).expect(403);
      await plannerKp.post(`/api/plans/${plan.id}/approve`).send({ version: 1, approvedOn: '2020-12-15' }).expect(403);
    });

    it('refuses a stale approval with 409 and an approval without a real date with 400', async () => {
      const plan = await createPlan(management, s);
      await management.post(`/api/plans/${plan.id}/approve`).send({ version: 1, approvedOn: '2021-02-30' }).expect(400);
      await management.patch(`/api/plans/${plan.id}`).send({ version: 1, title: 'Uusi nimi' }).expect(200);
      await management.post(`/api/plans/${plan.id}/approve`).send({ version: 1, approvedOn: '2020-12-15' }).expect(409);
    });

    it("lets the action's status change in an approved plan, planners only in their own region, and audits it", async () => {
      const plan = await createPlan(management, s);
      const action = await addAction(management, plan, s, { regionIds: [org.regions['KP']] });
      await approve(management, plan.id);
      await plannerPo.post(`/api/plans/${plan.id}/actions/${action.id}/status`).send({ version: action.version, status: 'done' }).expect(403);
      await board.post(`/api/plans/${plan.id}/actions/${action.id}/status`).send({ version: action.version, status: 'done' }).expect(403);
      const res = await plannerKp.post(`/api/plans/${plan.id}/actions/${action.id}/status`).send({ version: action.version, status: 'in_progress' }).expect(200);
      expect(res.body.actions[0].status).toBe('in_progress');
      await plannerKp.post(`/api/plans/${plan.id}/actions/${action.id}/status`).send({ version: action.version, status: 'done' }).expect(409);
      const [audit] = await t.dataSource.query(`SELECT before->>'status' AS before, after->>'status' AS after FROM audit_log WHERE entity_id = $1 AND action = 'status_change'`, [action.id]);
      expect(audit).toEqual({ before: 'planned', after: 'in_progress' });
    });

    it('records every change to a plan in the audit trail with before and after', async () => {
      const plan = await createPlan(management, s);
      const action = await addAction(management, plan, s, { regionIds: [org.regions['KP']] });
      await management.patch(`/api/plans/${plan.id}/actions/${action.id}`).send({ version: action.version, title: 'Uusi otsikko' }).expect(200);
      await management.delete(`/api/plans/${plan.id}/actions/${action.id}`).expect(204);
      const rows = await t.dataSource.query(
        `SELECT action, before->>'title' AS before, after->>'title' AS after, after->'regionIds' AS regions FROM audit_log WHERE entity_type = 'plan_action' AND entity_id = $1 ORDER BY id`,
        [action.id],
      );
      expect(rows).toEqual([
        { action: 'create', before: null, after: action.title, regions: [org.regions['KP']] },
        { action: 'update', before: action.title, after: 'Uusi otsikko', regions: [org.regions['KP']] },
        { action: 'delete', before: 'Uusi otsikko', after: null, regions: null },
      ]);
    });
  });

  describe('start the next plan from this one', () => {
    it('copies the themes and only unfinished actions into the first year of the next period, linked back', async () => {
      const plan = await createPlan(management, s, { startYear: 2019, title: 'Toimintasuunnitelma 2019–2020, Keski-Pohjanmaa', regionId: org.regions['KP'] });
      const kp = [org.regions['KP']];
      const done = await addAction(management, plan, s, { year: 2019, regionIds: kp, status: 'done', title: 'Valmis' });
      const cancelled = await addAction(management, plan, s, { year: 2020, regionIds: kp, status: 'cancelled', title: 'Peruttu' });
      const planned = await addAction(management, plan, s, { year: 2020, regionIds: kp, status: 'planned', title: 'Suunniteltu', target: { value: 2, unit: 'kokoontumista', milestoneDate: '2020-06-30' }, criterionIds: [s.criteria.meetings] });
      const ongoing = await addAction(management, plan, s, { themeIndex: 1, year: 2020, regionIds: kp, status: 'in_progress', title: 'Käynnissä', target: { milestoneDate: '2021-09-30' } });
      const postponed = await addAction(management, plan, s, { year: 2019, regionIds: kp, status: 'postponed', title: 'Siirretty' });
      await approve(management, plan.id);

      const res = await management.post(`/api/plans/${plan.id}/next`).send({}).expect(201);
      const next = res.body;
      expect(next).toMatchObject({ status: 'draft', startYear: 2021, endYear: 2022, predecessorId: plan.id, regionId: org.regions['KP'], title: 'Toimintasuunnitelma 2021–2022, Keski-Pohjanmaa' });
      expect(next.themes.map((th: { focusAreaId: string }) => th.focusAreaId)).toEqual(s.focusAreas);
      const byTitle = Object.fromEntries(next.actions.map((a: { title: string }) => [a.title, a]));
      expect(Object.keys(byTitle).sort()).toEqual(['Käynnissä', 'Siirretty', 'Suunniteltu']);
      expect(byTitle['Suunniteltu']).toMatchObject({
        year: 2021,
        status: 'planned',
        copiedFromId: planned.id,
        target: { value: 2, unit: 'kokoontumista', milestoneDate: null },
        regionIds: kp,
        criteria: [{ id: s.criteria.meetings }],
        themeId: next.themes[0].id,
      });
      expect(byTitle['Käynnissä']).toMatchObject({ status: 'in_progress', copiedFromId: ongoing.id, target: { milestoneDate: '2021-09-30' }, themeId: next.themes[1].id });
      expect(byTitle['Siirretty']).toMatchObject({ status: 'planned', copiedFromId: postponed.id });
      expect(next.actions.map((a: { copiedFromId: string }) => a.copiedFromId)).not.toEqual(expect.arrayContaining([done.id, cancelled.id]));
      expect(byTitle['Suunniteltu'].roles[0].id).toBe(s.roleId);

      // the source plan is untouched, and the next plan cannot be started twice
      const source = await board.get(`/api/plans/${plan.id}`).expect(200);
      expect(source.body.actions).toHaveLength(5);
      expect(source.body.status).toBe('approved');
      // the source names its successor, so the page can link to it instead of offering the button again
      expect(source.body.successorId).toBe(next.id);
      expect(next.successorId).toBeNull();
      const again = await management.post(`/api/plans/${plan.id}/next`).send({}).expect(409);
      expect(again.body.message).toMatch(/already been started/);
    });
  });
});
