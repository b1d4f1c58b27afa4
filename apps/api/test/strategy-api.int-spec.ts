import { createTestApp, signIn, SignedInAgent, TestApp } from '@suunta/api-testing';
import type { ApiErrorBody, StrategyTreeDto } from '@suunta/shared-domain';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../src/app/app.module';
import { buildTree, createAction, createCriterion, createCsf, createFocusArea, createRole, createStrategy } from './support/strategy.factory';

describe('strategy API: create, read, update, delete, reorder', () => {
  let t: TestApp;
  let management: SignedInAgent;
  let viewer: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    management = await signIn(t, { role: 'management' });
    viewer = await signIn(t, { role: 'viewer' });
  });
  afterAll(() => t.close());

  const tree = async (id: string): Promise<StrategyTreeDto> => (await viewer.get(`/api/strategies/${id}/tree`).expect(200)).body;
  const fields = (body: ApiErrorBody) => (body.errors ?? []).map((e) => e.field);

  describe('building a strategy', () => {
    it('adds a focus area with a criterion and an action for two roles, and the tree shows them with role chips', async () => {
      const director = await createRole(management, { fi: 'kehitysjohtaja' });
      const group = await createRole(management, { kind: 'body', fi: 'johtoryhmä' });
      const strategy = await createStrategy(management, {
        title: 'Strategia 2026',
        validFrom: '2026-01-01',
        validTo: '2028-12-31',
        vision: 'Visio',
        values: [{ name: 'Avoimuus', text: 'Toimimme avoimesti.' }],
        legalTasks: ['tehtävä 1'],
      });
      expect(strategy).toMatchObject({ status: 'draft', version: 1, validFrom: '2026-01-01', validTo: '2028-12-31' });
      const fa = await createFocusArea(management, strategy.id, { title: '  Sosiaalisen vahvistaminen  ', code: 'S2026-1' });
      expect(fa.title).toBe('Sosiaalisen vahvistaminen');
      const csf = await createCsf(management, fa.id, { title: 'Yhteinen tahtotila ja sitoutuminen' });
      const criterion = await createCriterion(management, csf.id, {
        title: 'Sitoutumisen vahvistuminen',
        measurementKind: 'self_assessment',
        yearlyTarget: 4,
        frequency: '1 krt/toimintavuosi',
        method: 'itsearviointi',
        measures: [{ text: 'Itsearviointi', measurementKind: 'self_assessment' }],
      });
      const action = await createAction(management, criterion.id, { text: 'Järjestetään strategiaseminaari', roleIds: [director.id, group.id] });
      expect(action.roleIds).toEqual([director.id, group.id]);

      const result = await tree(strategy.id);
      expect(result.strategy.values).toEqual([{ name: 'Avoimuus', text: 'Toimimme avoimesti.' }]);
      const node = result.focusAreas[0].csfs[0].criteria[0];
      expect(node).toMatchObject({ measurementKind: 'self_assessment', yearlyTarget: 4, frequency: '1 krt/toimintavuosi' });
      expect(node.measures).toEqual([{ text: 'Itsearviointi', measurementKind: 'self_assessment', unit: null, target: null, frequency: null }]);
      expect(node.actions[0].roles.map((r) => r.name.fi)).toEqual(['kehitysjohtaja', 'johtoryhmä']);
    });

    it('reads each node on its own', async () => {
      const { focusAreas, csfs, criteria, actions, roles } = await buildTree(management, 1);
      expect((await viewer.get(`/api/focus-areas/${focusAreas[0].id}`).expect(200)).body.title).toBe(focusAreas[0].title);
      expect((await viewer.get(`/api/critical-success-factors/${csfs[0].id}`).expect(200)).body.focusAreaId).toBe(focusAreas[0].id);
      expect((await viewer.get(`/api/criteria/${criteria[0].id}`).expect(200)).body.roleIds).toEqual(roles.map((r) => r.id));
      expect((await viewer.get(`/api/strategy-actions/${actions[0].id}`).expect(200)).body.criterionId).toBe(criteria[0].id);
    });

    it('keeps actions that belong to a CSF itself apart from those of its criteria', async () => {
      const { strategy, csfs } = await buildTree(management, 1);
      const own = (await management.post(`/api/critical-success-factors/${csfs[0].id}/actions`).send({ text: 'CSF:n oma toimenpide' }).expect(201)).body;
      expect(own.criterionId).toBeNull();
      const csf = (await tree(strategy.id)).focusAreas[0].csfs[0];
      expect(csf.actions.map((a) => a.text)).toEqual(['CSF:n oma toimenpide']);
      expect(csf.criteria[0].actions.map((a) => a.text)).not.toContain('CSF:n oma toimenpide');
    });

    it('lets a viewer read but not write (403)', async () => {
      const strategy = await createStrategy(management);
      await viewer.get(`/api/strategies/${strategy.id}`).expect(200);
      await viewer.post(`/api/strategies/${strategy.id}/focus-areas`).send({ title: 'x' }).expect(403);
    });
  });

  describe('validation', () => {
    it('refuses unknown fields with their path, also deep inside lists', async () => {
      const { csfs } = await buildTree(management, 1);
      const res = await management
        .post(`/api/critical-success-factors/${csfs[0].id}/criteria`)
        .send({ title: 'K', measurementKind: 'count', colour: 'red', measures: [{ text: 'm', measurementKind: 'count', bogus: 1 }] })
        .expect(400);
      expect(fields(res.body)).toEqual(expect.arrayContaining(['colour', 'measures.0.bogus']));
      expect(res.body.errors.find((e: { field: string }) => e.field === 'colour').message).toBe('colour is not an allowed field');
    });

    it('explains blank titles, unknown kinds, bad dates and reversed validity', async () => {
      const res = await management
        .post('/api/strategies')
        .send({ title: '   ', validFrom: '2026-02-30', validTo: '2025-01-01', values: [{ name: 'x' }] })
        .expect(400);
      expect(fields(res.body)).toEqual(expect.arrayContaining(['title', 'validFrom', 'values.0.text']));
      const strategy = await createStrategy(management, { validFrom: '2026-01-01' });
      const reversed = await management.patch(`/api/strategies/${strategy.id}`).send({ validTo: '2025-12-31', version: 1 }).expect(400);
      expect(reversed.body.errors).toEqual([{ field: 'validTo', message: 'validTo must not be before validFrom', code: 'before_start' }]);

      const { csfs } = await buildTree(management, 1);
      const kind = await management.post(`/api/critical-success-factors/${csfs[0].id}/criteria`).send({ title: 'K', measurementKind: 'guess' }).expect(400);
      expect(kind.body.errors[0]).toEqual({ field: 'measurementKind', code: 'not_one_of', message: expect.stringContaining('count, survey, self_assessment, milestone, qualitative') });
    });

    it('refuses a numeric target on a qualitative criterion, and drops it when the kind changes to one', async () => {
      const { csfs, criteria } = await buildTree(management, 1);
      const res = await management
        .post(`/api/critical-success-factors/${csfs[0].id}/criteria`)
        .send({ title: 'Laadullinen', measurementKind: 'qualitative', yearlyTarget: 3 })
        .expect(400);
      expect(fields(res.body)).toEqual(['yearlyTarget']);
      const changed = await management.patch(`/api/criteria/${criteria[0].id}`).send({ measurementKind: 'milestone', deadline: '2026-06-30', version: 1 }).expect(200);
      expect(changed.body).toMatchObject({ measurementKind: 'milestone', yearlyTarget: null, deadline: '2026-06-30', version: 2 });
    });

    it('refuses role ids of no role in the organization, naming the list position', async () => {
      const { criteria, roles } = await buildTree(management, 1);
      const res = await management.post(`/api/criteria/${criteria[0].id}/actions`).send({ text: 'T', roleIds: [roles[0].id, randomUUID()] }).expect(400);
      expect(fields(res.body)).toEqual(['roleIds.1']);
    });

    it('refuses a malformed id with 400 and an unknown one with 404', async () => {
      await viewer.get('/api/strategies/not-a-uuid').expect(400);
      const missing = randomUUID();
      for (const path of ['strategies', 'focus-areas', 'critical-success-factors', 'criteria', 'strategy-actions', 'responsible-roles', 'people', 'focus-area-mappings']) {
        const res = await viewer.get(`/api/${path}/${missing}`).expect(404);
        expect(res.body.message).toContain(missing);
      }
      await viewer.get(`/api/strategies/${missing}/tree`).expect(404);
      await management.patch(`/api/criteria/${missing}`).send({ title: 'x', version: 1 }).expect(404);
      await management.delete(`/api/focus-areas/${missing}`).expect(404);
      await management.post(`/api/critical-success-factors/${missing}/criteria`).send({ title: 'x', measurementKind: 'count' }).expect(404);
    });
  });

  describe('optimistic locking', () => {
    it('answers a stale version with 409 and leaves the stored row as the first writer left it', async () => {
      const { criteria } = await buildTree(management, 1);
      const id = criteria[0].id;
      await management.patch(`/api/criteria/${id}`).send({ title: 'Ensimmäinen', version: 1 }).expect(200);
      const stale = await management.patch(`/api/criteria/${id}`).send({ title: 'Toinen', yearlyTarget: 99, version: 1 }).expect(409);
      expect(stale.body.message).toMatch(/changed by someone else/);
      const stored = (await viewer.get(`/api/criteria/${id}`).expect(200)).body;
      expect(stored).toMatchObject({ title: 'Ensimmäinen', yearlyTarget: 1, version: 2 });
    });

    it('writes the audit trail in the same transaction: a saved change is recorded, a refused one is not', async () => {
      const { criteria } = await buildTree(management, 1);
      const id = criteria[0].id;
      const audit = () => t.dataSource.query(`SELECT action, before->>'title' AS before, after->>'title' AS after FROM audit_log WHERE entity_id = $1 ORDER BY at, id`, [id]);
      expect(await audit()).toEqual([{ action: 'create', before: null, after: criteria[0].title }]);
      await management.patch(`/api/criteria/${id}`).send({ title: 'Uusi otsikko', version: 1 }).expect(200);
      await management.patch(`/api/criteria/${id}`).send({ title: 'Vanhentunut', version: 1 }).expect(409);
      expect(await audit()).toEqual([
        { action: 'create', before: null, after: criteria[0].title },
        { action: 'update', before: criteria[0].title, after: 'Uusi otsikko' },
      ]);
    });

    it('checks the version at every level and for roles changes too', async () => {
      const { strategy, focusAreas, csfs, actions, roles } = await buildTree(management, 1);
      await management.patch(`/api/strategies/${strategy.id}`).send({ title: 'x', version: 7 }).expect(409);
      await management.patch(`/api/focus-areas/${focusAreas[0].id}`).send({ title: 'x', version: 7 }).expect(409);
      await management.patch(`/api/critical-success-factors/${csfs[0].id}`).send({ title: 'x', version: 7 }).expect(409);
      await management.patch(`/api/strategy-actions/${actions[0].id}`).send({ roleIds: [], version: 7 }).expect(409);
      expect((await viewer.get(`/api/strategy-actions/${actions[0].id}`).expect(200)).body.roleIds).toEqual(roles.map((r) => r.id));
      await management.delete(`/api/strategy-actions/${actions[0].id}?version=7`).expect(409);
      await management.delete(`/api/strategy-actions/${actions[0].id}?version=1`).expect(204);
    });
  });

  describe('approved strategies are read-only except their status', () => {
    it('approves a draft, then refuses edits, additions and deletes with 409, and archives it', async () => {
      const { strategy, focusAreas, criteria } = await buildTree(management, 1);
      const body = await createRole(management, { kind: 'body', fi: 'johtoryhmä' });
      const person = await createRole(management, { kind: 'person' });
      const byPerson = await management
        .patch(`/api/strategies/${strategy.id}/status`)
        .send({ status: 'approved', approvedByRoleId: person.id, approvedOn: '2026-03-01', version: 1 })
        .expect(400);
      expect(fields(byPerson.body)).toEqual(['approvedByRoleId']);
      const missing = await management.patch(`/api/strategies/${strategy.id}/status`).send({ status: 'approved', version: 1 }).expect(400);
      expect(fields(missing.body)).toEqual(['approvedByRoleId', 'approvedOn']);
      const approved = await management
        .patch(`/api/strategies/${strategy.id}/status`)
        .send({ status: 'approved', approvedByRoleId: body.id, approvedOn: '2026-03-01', version: 1 })
        .expect(200);
      expect(approved.body).toMatchObject({ status: 'approved', approvedByRoleId: body.id, approvedOn: '2026-03-01', version: 2 });

      const edit = await management.patch(`/api/criteria/${criteria[0].id}`).send({ title: 'x', version: 1 }).expect(409);
      expect(edit.body.message).toMatch(/approved and read-only.*Copy it as a new draft/);
      await management.patch(`/api/strategies/${strategy.id}`).send({ title: 'x', version: 2 }).expect(409);
      await management.post(`/api/strategies/${strategy.id}/focus-areas`).send({ title: 'x' }).expect(409);
      await management.delete(`/api/focus-areas/${focusAreas[0].id}`).expect(409);
      await management.put(`/api/strategies/${strategy.id}/focus-areas/order`).send({ ids: [focusAreas[0].id] }).expect(409);
      const del = await management.delete(`/api/strategies/${strategy.id}`).expect(409);
      expect(del.body.message).toMatch(/only drafts can be deleted/);
      expect((await viewer.get(`/api/criteria/${criteria[0].id}`).expect(200)).body.title).toBe(criteria[0].title);

      await management.patch(`/api/strategies/${strategy.id}/status`).send({ status: 'draft', version: 2 }).expect(409);
      const archived = await management.patch(`/api/strategies/${strategy.id}/status`).send({ status: 'archived', version: 2 }).expect(200);
      expect(archived.body).toMatchObject({ status: 'archived', approvedOn: '2026-03-01' });
      await management.patch(`/api/strategies/${strategy.id}/status`).send({ status: 'approved', version: 3 }).expect(409);
    });

    it('does not approve a strategy without focus areas', async () => {
      const strategy = await createStrategy(management);
      const body = await createRole(management, { kind: 'body' });
      const res = await management
        .patch(`/api/strategies/${strategy.id}/status`)
        .send({ status: 'approved', approvedByRoleId: body.id, approvedOn: '2026-03-01', version: 1 })
        .expect(409);
      expect(res.body.message).toMatch(/without focus areas/);
    });
  });

  describe('deleting', () => {
    it('deletes a draft focus area with everything under it', async () => {
      const { strategy, focusAreas, criteria, actions } = await buildTree(management, 2);
      await management.delete(`/api/focus-areas/${focusAreas[0].id}`).expect(204);
      const remaining = await tree(strategy.id);
      expect(remaining.focusAreas.map((fa) => fa.id)).toEqual([focusAreas[1].id]);
      await viewer.get(`/api/criteria/${criteria[0].id}`).expect(404);
      await viewer.get(`/api/strategy-actions/${actions[0].id}`).expect(404);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM strategy_action_role WHERE action_id = $1`, [actions[0].id]);
      expect(n).toBe(0);
    });

    it('never loses logged work: a criterion that other records point at is kept, with a 409 that says why', async () => {
      const { strategy, focusAreas, criteria } = await buildTree(management, 1);
      // stands in for the progress log of a later domain, which references criteria ON DELETE RESTRICT
      await t.dataSource.query(
        `CREATE TABLE IF NOT EXISTS test_progress_entry (id serial PRIMARY KEY, criterion_id uuid NOT NULL REFERENCES evaluation_criterion(id) ON DELETE RESTRICT)`,
      );
      await t.dataSource.query(`INSERT INTO test_progress_entry (criterion_id) VALUES ($1)`, [criteria[0].id]);
      const res = await management.delete(`/api/criteria/${criteria[0].id}`).expect(409);
      expect(res.body.message).toMatch(/test progress entry rows refer to it.*logged work is never deleted/);
      await management.delete(`/api/focus-areas/${focusAreas[0].id}`).expect(409);
      await management.delete(`/api/strategies/${strategy.id}`).expect(409);
      await viewer.get(`/api/criteria/${criteria[0].id}`).expect(200);
    });

    it('keeps a role that is still named, and says where it is used', async () => {
      const { roles } = await buildTree(management, 1);
      const res = await management.delete(`/api/responsible-roles/${roles[0].id}`).expect(409);
      expect(res.body.message).toMatch(/still in use \(1 actions, 1 criteria\)/);
      const unused = await createRole(management);
      await management.delete(`/api/responsible-roles/${unused.id}`).expect(204);
    });
  });

  describe('reordering', () => {
    it('reorders focus areas, CSFs, criteria and actions, and refuses a list that does not match', async () => {
      const { strategy, focusAreas, csfs, criteria, actions } = await buildTree(management, 2);
      await management.put(`/api/strategies/${strategy.id}/focus-areas/order`).send({ ids: [focusAreas[1].id, focusAreas[0].id] }).expect(204);
      await management.put(`/api/focus-areas/${focusAreas[0].id}/critical-success-factors/order`).send({ ids: [csfs[1].id, csfs[0].id] }).expect(204);
      await management.put(`/api/critical-success-factors/${csfs[0].id}/criteria/order`).send({ ids: [criteria[1].id, criteria[0].id] }).expect(204);
      await management.put(`/api/criteria/${criteria[0].id}/actions/order`).send({ ids: [actions[1].id, actions[0].id] }).expect(204);
      const result = await tree(strategy.id);
      expect(result.focusAreas.map((fa) => fa.id)).toEqual([focusAreas[1].id, focusAreas[0].id]);
      const first = result.focusAreas[1];
      expect(first.csfs.map((c) => c.id)).toEqual([csfs[1].id, csfs[0].id]);
      expect(first.csfs[1].criteria.map((c) => c.id)).toEqual([criteria[1].id, criteria[0].id]);
      expect(first.csfs[1].criteria[1].actions.map((a) => a.id)).toEqual([actions[1].id, actions[0].id]);

      const partial = await management.put(`/api/strategies/${strategy.id}/focus-areas/order`).send({ ids: [focusAreas[0].id] }).expect(409);
      expect(partial.body.message).toMatch(/changed since you loaded them/);
      await management.put(`/api/strategies/${strategy.id}/focus-areas/order`).send({ ids: [focusAreas[0].id, focusAreas[0].id] }).expect(400);
    });
  });

  describe('roles and people', () => {
    it('creates, renames and deletes a person with roles and regions; a duplicate role code is 409', async () => {
      const role = await createRole(management, { code: 'planner_x', fi: 'kehittämissuunnittelija' });
      await management.post('/api/responsible-roles').send({ code: 'planner_x', kind: 'person', name: { fi: 'toinen' } }).expect(409);
      await management.post('/api/responsible-roles').send({ code: 'Not Valid', kind: 'person', name: { fi: 'x' } }).expect(400);
      const [{ id: kp }] = await t.dataSource.query(`SELECT id FROM region WHERE code = 'KP'`);
      const person = (
        await management.post('/api/people').send({ name: 'Iiris Jurvansuu', title: 'kehittämissuunnittelija', organization: 'SONet BOTNIA', roleIds: [role.id], regionIds: [kp] }).expect(201)
      ).body;
      expect(person).toMatchObject({ organization: 'SONet BOTNIA', roleIds: [role.id], regionIds: [kp] });
      const byRole = (await viewer.get(`/api/people?roleId=${role.id}`).expect(200)).body;
      expect(byRole.map((p: { id: string }) => p.id)).toEqual([person.id]);
      const renamed = (await management.patch(`/api/people/${person.id}`).send({ title: 'kehittämispäällikkö', version: 1 }).expect(200)).body;
      expect(renamed).toMatchObject({ title: 'kehittämispäällikkö', roleIds: [role.id], version: 2 });
      const held = await management.delete(`/api/responsible-roles/${role.id}`).expect(409);
      expect(held.body.message).toMatch(/1 people/);
      await management.delete(`/api/people/${person.id}`).expect(204);
      await management.delete(`/api/responsible-roles/${role.id}`).expect(204);
    });
  });
});
