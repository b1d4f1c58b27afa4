import { createTestApp, signIn, SignedInAgent, TestApp } from '@suunta/api-testing';
import type { ApiErrorBody, StrategyImportPreviewDto, StrategyTreeDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { createAction, createCriterion, createCsf, createFocusArea, createRole, createStrategy, uniqueCode } from './support/strategy.factory';

/** Issue 17 item 4: import with a preview, retiring roles and people, and sub-measures edited through the API. */
describe('strategy editing: import preview, retired roles and people, sub-measures', () => {
  let t: TestApp;
  let management: SignedInAgent;
  let viewer: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    management = await signIn(t, { role: 'management' });
    viewer = await signIn(t, { role: 'viewer' });
  });
  afterAll(() => t.close());

  const errors = (body: ApiErrorBody) => (body.errors ?? []).map((e) => [e.field, e.code]);
  const strategyCount = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM strategy`))[0].n);
  const auditActions = async (id: string) =>
    (await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at, id`, [id])).map((r: { action: string }) => r.action);

  describe('import preview', () => {
    it('says what the import would create, counted by hand from the document, and writes nothing', async () => {
      const director = await createRole(management, { fi: 'kehitysjohtaja' });
      const group = await createRole(management, { kind: 'body', fi: 'johtoryhmä' });
      const key = uniqueCode('pv');
      const document = {
        key,
        title: 'Esikatselustrategia',
        approvedBy: group.code,
        approvedOn: '2026-01-15',
        focusAreas: [
          {
            key: `${key}-1`,
            title: 'Painopiste 1',
            csfs: [
              {
                title: 'Menestystekijä 1.1',
                criteria: [
                  {
                    title: 'Kriteeri A',
                    measurementKind: 'count',
                    yearlyTarget: 3,
                    roles: [director.code],
                    measures: [
                      { text: 'Hyvinvointibarometri', measurementKind: 'survey' },
                      { text: 'Seminaarit', measurementKind: 'count', unit: 'kpl', target: 2 },
                    ],
                    actions: [
                      { text: 'Toimenpide A1', roles: [director.code, group.code] },
                      { text: 'Toimenpide A2', roles: [], measures: [{ text: 'Raportti', measurementKind: 'milestone' }] },
                    ],
                  },
                ],
                actions: [{ text: 'CSF:n oma toimenpide', roles: [group.code] }],
              },
              { title: 'Menestystekijä 1.2', criteria: [] },
            ],
          },
          { title: 'Painopiste 2', csfs: [] },
        ],
      };
      const before = await strategyCount();
      const preview: StrategyImportPreviewDto = (await management.post('/api/strategies/import/preview').send(document).expect(200)).body;

      // 2 focus areas; 2 CSFs; 1 criterion; A1, A2 and the CSF's own = 3 actions; 2 + 1 = 3 sub-measures
      expect(preview.counts).toEqual({ focusAreas: 2, csfs: 2, criteria: 1, actions: 3, measures: 3 });
      expect(preview.focusAreas).toEqual([
        { key: `${key}-1`, title: 'Painopiste 1', csfs: 2, criteria: 1, actions: 3 },
        { key: null, title: 'Painopiste 2', csfs: 0, criteria: 0, actions: 0 },
      ]);
      // director: criterion + A1 = 2; group: A1 + CSF action + approval = 3
      expect(preview.roles.map((r) => [r.code, r.links])).toEqual([
        [director.code, 2],
        [group.code, 3],
      ]);
      expect(preview).toMatchObject({ key, title: 'Esikatselustrategia', status: 'draft' });
      expect(await strategyCount()).toBe(before);

      // the same document then imports as previewed
      const imported = (await management.post('/api/strategies/import').send(document).expect(201)).body;
      expect(imported.counts).toEqual({ focusAreas: 2, csfs: 2, criteria: 1, actions: 3 });
      // and a second preview of it is refused like a second import would be
      const again = await management.post('/api/strategies/import/preview').send(document).expect(409);
      expect(again.body.code).toBe('strategy_key_taken');
    });

    it('names every problem by its path, like the import, and a viewer may not preview', async () => {
      const person = await createRole(management, { fi: 'suunnittelija' });
      const bad = {
        title: 'Rikki',
        approvedBy: person.code,
        focusAreas: [{ title: 'P', csfs: [{ title: 'M', criteria: [{ title: 'K', measurementKind: 'milestone', yearlyTarget: 2, actions: [{ text: 'T', roles: ['no_such_role'] }] }] }] }],
      };
      const res = await management.post('/api/strategies/import/preview').send(bad).expect(400);
      expect(errors(res.body).sort()).toEqual([
        ['approvedBy', 'approver_not_a_body'],
        ['focusAreas.0.csfs.0.criteria.0.actions.0.roles.0', 'unknown_role'],
        ['focusAreas.0.csfs.0.criteria.0.yearlyTarget', 'invalid'],
      ]);
      const missing = await management.post('/api/strategies/import/preview').send({ title: '', focusAreas: [{ csfs: [] }] }).expect(400);
      expect([...new Set(missing.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['focusAreas.0.title', 'title']);
      await viewer.post('/api/strategies/import/preview').send({ title: 'x', focusAreas: [] }).expect(403);
    });
  });

  describe('retiring a role', () => {
    it('keeps it where it is named, refuses it for new links, and audits retire and reinstate', async () => {
      const planner = await createRole(management, { fi: 'vanha suunnittelija' });
      const strategy = await createStrategy(management);
      const fa = await createFocusArea(management, strategy.id);
      const csf = await createCsf(management, fa.id);
      const criterion = await createCriterion(management, csf.id, { roleIds: [planner.id] });
      const action = await createAction(management, criterion.id, { text: 'Vanha toimenpide', roleIds: [planner.id] });

      const retired = (await management.post(`/api/responsible-roles/${planner.id}/retire`).send({ version: planner.version }).expect(200)).body;
      expect(retired.retiredAt).not.toBeNull();
      expect(retired.version).toBe(planner.version + 1);

      // history: the tree still shows it on the old links, and the list still has it (marked)
      const tree: StrategyTreeDto = (await viewer.get(`/api/strategies/${strategy.id}/tree`).expect(200)).body;
      expect(tree.focusAreas[0].csfs[0].criteria[0].roles.map((r) => r.id)).toEqual([planner.id]);
      expect(tree.focusAreas[0].csfs[0].criteria[0].actions[0].roles.map((r) => r.id)).toEqual([planner.id]);
      const listed = (await viewer.get('/api/responsible-roles').expect(200)).body.find((r: { id: string }) => r.id === planner.id);
      expect(listed.retiredAt).toBe(retired.retiredAt);

      // an existing link may stay while the row is edited…
      const other = await createRole(management, { fi: 'uusi suunnittelija' });
      const kept = await management.patch(`/api/strategy-actions/${action.id}`).send({ roleIds: [planner.id, other.id], version: action.version }).expect(200);
      expect(kept.body.roleIds).toEqual([planner.id, other.id]);
      // …but a new link is refused, naming the field
      const fresh = await management.post(`/api/criteria/${criterion.id}/actions`).send({ text: 'Uusi', roleIds: [other.id, planner.id] }).expect(400);
      expect(errors(fresh.body)).toEqual([['roleIds.1', 'role_retired']]);
      const person = await management.post('/api/people').send({ name: 'Uusi Ihminen', roleIds: [planner.id] }).expect(400);
      expect(errors(person.body)).toEqual([['roleIds.0', 'role_retired']]);
      const imported = await management
        .post('/api/strategies/import/preview')
        .send({ title: 'T', focusAreas: [{ title: 'P', csfs: [{ title: 'M', criteria: [], actions: [{ text: 'T', roles: [planner.code] }] }] }] })
        .expect(400);
      expect(errors(imported.body)).toEqual([['focusAreas.0.csfs.0.actions.0.roles.0', 'role_retired']]);

      // a stale version and a second retire are 409
      expect((await management.post(`/api/responsible-roles/${planner.id}/reinstate`).send({ version: planner.version }).expect(409)).body.code).toBe('version_conflict');
      expect((await management.post(`/api/responsible-roles/${planner.id}/retire`).send({ version: retired.version }).expect(409)).body.code).toBe('already_retired');

      const back = (await management.post(`/api/responsible-roles/${planner.id}/reinstate`).send({ version: retired.version }).expect(200)).body;
      expect(back.retiredAt).toBeNull();
      await management.post(`/api/criteria/${criterion.id}/actions`).send({ text: 'Uusi', roleIds: [planner.id] }).expect(201);
      expect(await auditActions(planner.id)).toEqual(['create', 'retire', 'reinstate']);
      await viewer.post(`/api/responsible-roles/${planner.id}/retire`).send({ version: back.version }).expect(403);
    });

    it('renames and reorders roles with their versions (stale → 409)', async () => {
      const role = await createRole(management, { fi: 'nimi' });
      const renamed = (await management.patch(`/api/responsible-roles/${role.id}`).send({ name: { fi: 'uusi nimi', sv: 'nytt namn' }, version: role.version }).expect(200)).body;
      expect(renamed.name).toEqual({ fi: 'uusi nimi', sv: 'nytt namn' });
      expect((await management.patch(`/api/responsible-roles/${role.id}`).send({ name: { fi: 'x' }, version: role.version }).expect(409)).body.code).toBe('version_conflict');
      const ids: string[] = (await viewer.get('/api/responsible-roles').expect(200)).body.map((r: { id: string }) => r.id);
      const reordered = [role.id, ...ids.filter((id) => id !== role.id)];
      await management.put('/api/responsible-roles/order').send({ ids: reordered }).expect(204);
      expect((await viewer.get('/api/responsible-roles').expect(200)).body.map((r: { id: string }) => r.id)).toEqual(reordered);
    });
  });

  describe('people', () => {
    it('creates, edits (roles and regions), retires and reinstates a person; the list keeps the retired one, marked', async () => {
      const role = await createRole(management, { fi: 'ohjausryhmän jäsen' });
      const region = (await t.dataSource.query(`SELECT id FROM region ORDER BY code LIMIT 1`))[0].id as string;
      const person = (await management.post('/api/people').send({ name: 'Iiris Esimerkki', title: 'suunnittelija', roleIds: [role.id] }).expect(201)).body;
      const edited = (await management.patch(`/api/people/${person.id}`).send({ regionIds: [region], organization: 'Soite', version: person.version }).expect(200)).body;
      expect(edited).toMatchObject({ roleIds: [role.id], regionIds: [region], organization: 'Soite', retiredAt: null });
      const stale = await management.patch(`/api/people/${person.id}`).send({ name: 'X', version: person.version }).expect(409);
      expect(stale.body.code).toBe('version_conflict');

      const retired = (await management.post(`/api/people/${person.id}/retire`).send({ version: edited.version }).expect(200)).body;
      expect(retired.retiredAt).not.toBeNull();
      expect(retired.roleIds).toEqual([role.id]);
      const listed = (await viewer.get('/api/people').expect(200)).body.find((p: { id: string }) => p.id === person.id);
      expect(listed.retiredAt).toBe(retired.retiredAt);
      expect((await management.post(`/api/people/${person.id}/retire`).send({ version: retired.version }).expect(409)).body.code).toBe('already_retired');
      await management.post(`/api/people/${person.id}/reinstate`).send({ version: retired.version }).expect(200);
      expect(await auditActions(person.id)).toEqual(['create', 'update', 'retire', 'reinstate']);
    });

    it('reorders people like the roles: a new person comes last, the order is kept, an out-of-date list is 409', async () => {
      const first = (await management.post('/api/people').send({ name: 'Ööpiä Viimeinen' }).expect(201)).body;
      const second = (await management.post('/api/people').send({ name: 'Aaltonen Aapo' }).expect(201)).body;
      const ids: string[] = (await viewer.get('/api/people').expect(200)).body.map((p: { id: string }) => p.id);
      // in the order they were added, not alphabetical ("Aaltonen" after "Ööpiä")
      expect(ids.slice(-2)).toEqual([first.id, second.id]);
      const reordered = [second.id, ...ids.filter((id) => id !== second.id)];
      await management.put('/api/people/order').send({ ids: reordered }).expect(204);
      expect((await viewer.get('/api/people').expect(200)).body.map((p: { id: string }) => p.id)).toEqual(reordered);
      const stale = await management.put('/api/people/order').send({ ids: reordered.slice(1) }).expect(409);
      expect(stale.body.code).toBe('version_conflict');
      await viewer.put('/api/people/order').send({ ids: reordered }).expect(403);
    });

    it("marks retired people and roles in the plans' options, so the plan form offers them only where already named", async () => {
      const role = await createRole(management, { fi: 'lähtevä rooli' });
      const person = (await management.post('/api/people').send({ name: 'Lähtevä Henkilö', roleIds: [role.id] }).expect(201)).body;
      const before = (await viewer.get('/api/plans/options').expect(200)).body;
      expect(before.people.find((p: { id: string }) => p.id === person.id)).toMatchObject({ name: 'Lähtevä Henkilö', retired: false });
      await management.post(`/api/people/${person.id}/retire`).send({ version: person.version }).expect(200);
      await management.post(`/api/responsible-roles/${role.id}/retire`).send({ version: role.version }).expect(200);
      const after = (await viewer.get('/api/plans/options').expect(200)).body;
      expect(after.people.find((p: { id: string }) => p.id === person.id)).toMatchObject({ retired: true });
      expect(after.roles.find((r: { id: string }) => r.id === role.id)).toMatchObject({ retired: true });
    });
  });

  describe('sub-measures', () => {
    it('edits the measures of a criterion and of an action; a bad one is 400 naming the field', async () => {
      const strategy = await createStrategy(management);
      const fa = await createFocusArea(management, strategy.id);
      const csf = await createCsf(management, fa.id);
      const criterion = await createCriterion(management, csf.id);
      const updated = await management
        .patch(`/api/criteria/${criterion.id}`)
        .send({ measures: [{ text: 'Kysely', measurementKind: 'survey', frequency: '1 krt/vuosi' }, { text: 'Tilaisuudet', measurementKind: 'count', unit: 'kpl', target: 4 }], version: criterion.version })
        .expect(200);
      expect(updated.body.measures).toEqual([
        { text: 'Kysely', measurementKind: 'survey', unit: null, target: null, frequency: '1 krt/vuosi' },
        { text: 'Tilaisuudet', measurementKind: 'count', unit: 'kpl', target: 4, frequency: null },
      ]);
      const bad = await management
        .patch(`/api/criteria/${criterion.id}`)
        .send({ measures: [{ text: 'ok', measurementKind: 'count' }, { text: '', measurementKind: 'guess' }], version: updated.body.version })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['measures.1.measurementKind', 'measures.1.text']);

      const action = await createAction(management, criterion.id);
      const withMeasure = await management.patch(`/api/strategy-actions/${action.id}`).send({ measures: [{ text: 'Raportti', measurementKind: 'milestone' }], version: action.version }).expect(200);
      expect(withMeasure.body.measures).toEqual([{ text: 'Raportti', measurementKind: 'milestone', unit: null, target: null, frequency: null }]);
      const cleared = await management.patch(`/api/strategy-actions/${action.id}`).send({ measures: [], version: withMeasure.body.version }).expect(200);
      expect(cleared.body.measures).toEqual([]);
    });
  });
});
