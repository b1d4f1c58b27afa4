import { createTestApp, signIn, SignedInAgent, TestApp } from '@suunta/api-testing';
import type { FocusAreaLineageDto, StrategyDocument, StrategyTreeDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { buildTree, createRole, SmallTree } from './support/strategy.factory';

describe('strategy versions: copy, mappings, lineage, export/import, isolation, query cost', () => {
  let t: TestApp;
  let management: SignedInAgent;
  let viewer: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    management = await signIn(t, { role: 'management' });
    viewer = await signIn(t, { role: 'viewer' });
  });
  afterAll(() => t.close());

  const tree = async (agent: SignedInAgent, id: string): Promise<StrategyTreeDto> => (await agent.get(`/api/strategies/${id}/tree`).expect(200)).body;

  describe('copy as a new draft version', () => {
    it('copies the whole tree; each copied focus area, CSF, criterion and action remembers its original', async () => {
      const original = await buildTree(management, 2, 'Alkuperäinen');
      const copy = (await management.post(`/api/strategies/${original.strategy.id}/copy`).send({ title: 'Versio 2', validFrom: '2027-01-01' }).expect(201)).body;
      expect(copy).toMatchObject({ title: 'Versio 2', status: 'draft', predecessorId: original.strategy.id, validFrom: '2027-01-01', version: 1 });

      const before = await tree(viewer, original.strategy.id);
      const after = await tree(viewer, copy.id);
      expect(after.focusAreas.map((fa) => fa.predecessorId)).toEqual(before.focusAreas.map((fa) => fa.id));
      const csfs = (x: StrategyTreeDto) => x.focusAreas.flatMap((fa) => fa.csfs);
      const criteria = (x: StrategyTreeDto) => csfs(x).flatMap((c) => c.criteria);
      const actions = (x: StrategyTreeDto) => criteria(x).flatMap((c) => c.actions);
      expect(csfs(after).map((c) => c.predecessorId)).toEqual(csfs(before).map((c) => c.id));
      expect(criteria(after).map((c) => c.predecessorId)).toEqual(criteria(before).map((c) => c.id));
      expect(actions(after).map((a) => a.predecessorId)).toEqual(actions(before).map((a) => a.id));
      expect(actions(after).map((a) => a.roleIds)).toEqual(actions(before).map((a) => a.roleIds));
      expect(criteria(after).map((c) => [c.title, c.yearlyTarget, c.roleIds])).toEqual(criteria(before).map((c) => [c.title, c.yearlyTarget, c.roleIds]));
      expect(new Set(criteria(after).map((c) => c.id)).size).toBe(8);
      expect(criteria(after).some((c) => criteria(before).some((o) => o.id === c.id))).toBe(false);
    });

    it('follows a focus area across the copy in its lineage', async () => {
      const original = await buildTree(management, 1, 'Linja');
      const copy = (await management.post(`/api/strategies/${original.strategy.id}/copy`).send({ title: 'Linja 2' }).expect(201)).body;
      const copied = (await tree(viewer, copy.id)).focusAreas[0];
      const lineage: FocusAreaLineageDto = (await viewer.get(`/api/focus-areas/${original.focusAreas[0].id}/lineage`).expect(200)).body;
      expect(lineage.nodes.map((n) => [n.focusAreaId, n.distance])).toEqual([
        [original.focusAreas[0].id, 0],
        [copied.id, 1],
      ]);
      expect(lineage.links).toEqual([
        { fromFocusAreaId: original.focusAreas[0].id, toFocusAreaId: copied.id, kind: 'copy', strength: 'strong', mappingId: null, note: null },
      ]);
    });
  });

  describe('focus-area mappings', () => {
    let a: SmallTree;
    let b: SmallTree;
    let c: SmallTree;

    beforeAll(async () => {
      a = await buildTree(management, 2, 'A');
      b = await buildTree(management, 1, 'B');
      c = await buildTree(management, 1, 'C');
    });

    it('maps focus areas across versions, lists them per strategy and refuses nonsense', async () => {
      const ab = (
        await management
          .post('/api/focus-area-mappings')
          .send({ fromFocusAreaId: a.focusAreas[1].id, toFocusAreaId: b.focusAreas[0].id, strength: 'partial', note: 'osin' })
          .expect(201)
      ).body;
      expect(ab).toMatchObject({ fromStrategyId: a.strategy.id, toStrategyId: b.strategy.id, strength: 'partial', note: 'osin' });
      await management.post('/api/focus-area-mappings').send({ fromFocusAreaId: a.focusAreas[1].id, toFocusAreaId: b.focusAreas[0].id }).expect(409);
      await management.post('/api/focus-area-mappings').send({ fromFocusAreaId: b.focusAreas[0].id, toFocusAreaId: a.focusAreas[1].id }).expect(409);
      await management.post('/api/focus-area-mappings').send({ fromFocusAreaId: a.focusAreas[0].id, toFocusAreaId: a.focusAreas[1].id }).expect(400);
      const bad = await management.post('/api/focus-area-mappings').send({ fromFocusAreaId: a.focusAreas[0].id, toFocusAreaId: b.focusAreas[0].id, strength: 'total' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['strength']);

      const listed = (await viewer.get(`/api/focus-area-mappings?strategyId=${b.strategy.id}`).expect(200)).body;
      expect(listed.map((m: { id: string }) => m.id)).toEqual([ab.id]);
      expect((await viewer.get(`/api/focus-area-mappings?strategyId=${c.strategy.id}`).expect(200)).body).toEqual([]);
    });

    it('gives the lineage forwards and backwards but not sideways', async () => {
      // A1 → B1 ← A2? no: A2 → B1 exists; add A1 → B1 and B1 → C1
      await management.post('/api/focus-area-mappings').send({ fromFocusAreaId: a.focusAreas[0].id, toFocusAreaId: b.focusAreas[0].id }).expect(201);
      await management.post('/api/focus-area-mappings').send({ fromFocusAreaId: b.focusAreas[0].id, toFocusAreaId: c.focusAreas[0].id }).expect(201);
      const fromA1: FocusAreaLineageDto = (await viewer.get(`/api/focus-areas/${a.focusAreas[0].id}/lineage`).expect(200)).body;
      expect(fromA1.nodes.map((n) => [n.title, n.distance])).toEqual([
        ['A painopiste 1', 0],
        ['B painopiste 1', 1],
        ['C painopiste 1', 2],
      ]);
      const fromC1: FocusAreaLineageDto = (await viewer.get(`/api/focus-areas/${c.focusAreas[0].id}/lineage`).expect(200)).body;
      expect(fromC1.nodes.map((n) => [n.title, n.distance])).toEqual([
        ['A painopiste 1', -2],
        ['A painopiste 2', -2],
        ['B painopiste 1', -1],
        ['C painopiste 1', 0],
      ]);
      expect(fromC1.links).toHaveLength(3);
    });

    it('deletes a mapping, also between approved strategies', async () => {
      const [mapping] = (await viewer.get(`/api/focus-area-mappings?strategyId=${c.strategy.id}`).expect(200)).body;
      const body = await createRole(management, { kind: 'body' });
      await management.patch(`/api/strategies/${c.strategy.id}/status`).send({ status: 'approved', approvedByRoleId: body.id, approvedOn: '2026-01-01', version: 1 }).expect(200);
      await management.delete(`/api/focus-area-mappings/${mapping.id}`).expect(204);
      await viewer.get(`/api/focus-area-mappings/${mapping.id}`).expect(404);
    });
  });

  describe('export and import', () => {
    it('round-trips: importing an export into another organization and exporting again gives the same document', async () => {
      const original = await buildTree(management, 2, 'Vienti');
      await management.patch(`/api/strategies/${original.strategy.id}`).send({
        code: 'vienti-1',
        vision: 'Visio',
        missionMeans: ['keino 1', 'keino 2'],
        values: [{ name: 'Avoimuus', text: 'Teksti' }],
        version: 1,
      }).expect(200);
      await management.patch(`/api/focus-areas/${original.focusAreas[0].id}`).send({ code: 'vienti-1-1', version: 1 }).expect(200);
      await management.post(`/api/critical-success-factors/${original.csfs[0].id}/actions`).send({ text: 'CSF-tason toimenpide', roleIds: [original.roles[1].id] }).expect(201);
      const exported: StrategyDocument = (await viewer.get(`/api/strategies/${original.strategy.id}/export`).expect(200)).body;
      expect(exported.format).toBe('suunta.strategy/1');
      expect(exported.focusAreas[0].csfs[0].criteria[0].roles).toEqual(original.roles.map((r) => r.code));

      const otherManager = await signIn(t, { role: 'management', organizationCode: 'toinen-osaamiskeskus' });
      for (const role of original.roles) {
        await otherManager.post('/api/responsible-roles').send({ code: role.code, kind: role.kind, name: role.name }).expect(201);
      }
      const imported = (await otherManager.post('/api/strategies/import').send(exported).expect(201)).body;
      expect(imported.counts).toEqual({ focusAreas: 2, csfs: 4, criteria: 8, actions: 17 });
      const again: StrategyDocument = (await otherManager.get(`/api/strategies/${imported.strategy.id}/export`).expect(200)).body;
      expect(again).toEqual(exported);
    });

    it('imports into the same organization under a new key, and refuses a taken key or an unknown role code', async () => {
      const original = await buildTree(management, 1, 'Tuonti');
      await management.patch(`/api/strategies/${original.strategy.id}`).send({ code: 'tuonti', version: 1 }).expect(200);
      const exported: StrategyDocument = (await viewer.get(`/api/strategies/${original.strategy.id}/export`).expect(200)).body;

      const taken = await management.post('/api/strategies/import').send(exported).expect(409);
      expect(taken.body.message).toMatch(/key "tuonti" already exists/);
      const renamed = { ...exported, key: 'tuonti-2' };
      const imported = (await management.post('/api/strategies/import').send(renamed).expect(201)).body;
      const again: StrategyDocument = (await viewer.get(`/api/strategies/${imported.strategy.id}/export`).expect(200)).body;
      expect(again).toEqual(renamed);

      const unknownRole = structuredClone(renamed);
      unknownRole.key = 'tuonti-3';
      unknownRole.focusAreas[0].csfs[0].criteria[0].actions[0].roles = ['no_such_role'];
      const res = await management.post('/api/strategies/import').send(unknownRole).expect(400);
      expect(res.body.errors).toEqual([{ field: 'focusAreas.0.csfs.0.criteria.0.actions.0.roles.0', message: 'No responsible role with code "no_such_role" in this organization', code: 'unknown_role' }]);
      const extra = await management.post('/api/strategies/import').send({ ...renamed, key: 'tuonti-4', focusAreas: [{ title: 'x', csfs: [], colour: 1 }] }).expect(400);
      expect(extra.body.errors.map((e: { field: string }) => e.field)).toEqual(['focusAreas.0.colour']);
    });
  });

  describe('organization isolation', () => {
    it('shows another organization nothing, and answers its ids with 404', async () => {
      const ours = await buildTree(management, 1, 'Meidän');
      const [mapping] = [
        (
          await management
            .post('/api/focus-area-mappings')
            .send({ fromFocusAreaId: ours.focusAreas[0].id, toFocusAreaId: (await buildTree(management, 1, 'Meidän 2')).focusAreas[0].id })
            .expect(201)
        ).body,
      ];
      const person = (await management.post('/api/people').send({ name: 'Oma Henkilö' }).expect(201)).body;
      const other = await signIn(t, { role: 'admin', organizationCode: 'kolmas-osaamiskeskus' });

      const theirList = (await other.get('/api/strategies').expect(200)).body;
      expect(theirList.map((s: { id: string }) => s.id)).not.toContain(ours.strategy.id);
      expect((await other.get('/api/responsible-roles').expect(200)).body).toEqual([]);
      expect((await other.get('/api/people').expect(200)).body).toEqual([]);
      expect((await other.get('/api/focus-area-mappings').expect(200)).body).toEqual([]);

      const foreign: [string, string][] = [
        ['strategies', ours.strategy.id],
        ['focus-areas', ours.focusAreas[0].id],
        ['critical-success-factors', ours.csfs[0].id],
        ['criteria', ours.criteria[0].id],
        ['strategy-actions', ours.actions[0].id],
        ['responsible-roles', ours.roles[0].id],
        ['people', person.id],
        ['focus-area-mappings', mapping.id],
      ];
      for (const [path, id] of foreign) {
        await other.get(`/api/${path}/${id}`).expect(404);
        await other.delete(`/api/${path}/${id}`).expect(404);
        if (path !== 'focus-area-mappings') await other.patch(`/api/${path}/${id}`).send({ version: 1 }).expect(404);
      }
      await other.get(`/api/strategies/${ours.strategy.id}/tree`).expect(404);
      await other.get(`/api/strategies/${ours.strategy.id}/export`).expect(404);
      await other.get(`/api/focus-areas/${ours.focusAreas[0].id}/lineage`).expect(404);
      await other.post(`/api/strategies/${ours.strategy.id}/copy`).send({ title: 'varastettu' }).expect(404);
      await other.post(`/api/strategies/${ours.strategy.id}/focus-areas`).send({ title: 'x' }).expect(404);
      await other.post(`/api/criteria/${ours.criteria[0].id}/actions`).send({ text: 'x' }).expect(404);
      await other.put(`/api/strategies/${ours.strategy.id}/focus-areas/order`).send({ ids: [ours.focusAreas[0].id] }).expect(404);

      // nor can they point their own data at ours
      const theirs = await buildTree(other, 1, 'Heidän');
      const res = await other.post(`/api/criteria/${theirs.criteria[0].id}/actions`).send({ text: 'x', roleIds: [ours.roles[0].id] }).expect(400);
      expect(res.body.errors[0].field).toBe('roleIds.0');
      await other.post('/api/focus-area-mappings').send({ fromFocusAreaId: theirs.focusAreas[0].id, toFocusAreaId: ours.focusAreas[0].id }).expect(404);
      expect((await management.get(`/api/strategies/${ours.strategy.id}/tree`).expect(200)).body.focusAreas[0].csfs[0].criteria[0].actions).toHaveLength(1);
    });
  });

  describe('query cost of the tree', () => {
    /** Counts the SQL statements TypeORM sends while the request runs (the guard's session lookup included). */
    async function queriesFor(path: string): Promise<number> {
      const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
      try {
        await viewer.get(path).expect(200);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    }

    it('reads a tree of 1 or of 3×3×3×3 nodes with the same, small number of queries', async () => {
      const small = await buildTree(management, 1, 'Pieni');
      const large = await buildTree(management, 3, 'Suuri');
      const smallCount = await queriesFor(`/api/strategies/${small.strategy.id}/tree`);
      const largeCount = await queriesFor(`/api/strategies/${large.strategy.id}/tree`);
      const largeTree = await tree(viewer, large.strategy.id);
      expect(largeTree.focusAreas.flatMap((fa) => fa.csfs.flatMap((c) => c.criteria.flatMap((k) => k.actions)))).toHaveLength(81);
      expect(largeCount).toBe(smallCount);
      // 8 for the tree (strategy, 4 levels, 2 role-link sets, roles) plus the session lookup
      expect(largeCount).toBeLessThanOrEqual(12);
    });
  });

  describe('OpenAPI', () => {
    it('documents every strategy route with its examples', async () => {
      const doc = (await viewer.get('/api/docs-json').expect(200)).body;
      for (const path of [
        '/api/strategies',
        '/api/strategies/{id}/tree',
        '/api/strategies/{id}/copy',
        '/api/strategies/{id}/export',
        '/api/strategies/import',
        '/api/focus-areas/{id}/lineage',
        '/api/focus-area-mappings',
        '/api/criteria/{id}',
        '/api/responsible-roles',
      ]) {
        expect([path, Object.keys(doc.paths)]).toEqual([path, expect.arrayContaining([path])]);
      }
      expect(doc.paths['/api/criteria/{id}'].patch.responses['409'].description).toMatch(/stale/);
      expect(doc.components.schemas.CreateEvaluationCriterionDto.properties.measurementKind.enum).toEqual([
        'count',
        'survey',
        'self_assessment',
        'milestone',
        'qualitative',
      ]);
      expect(doc.components.schemas.StrategyResponse.properties.slogan.example).toBe('SONet BOTNIA Networks – ketterä moniosaaja');
    });
  });
});
