import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { CommentDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { createStrategyFixture, StrategyFixture } from './support/plans-fixtures';

/** Board comments on a focus area for a year: `GET/POST /api/comments`, `PATCH/DELETE /api/comments/:id`. */
describe('comments on a focus area', () => {
  let t: TestApp;
  let org: TestOrganization;
  let s: StrategyFixture;
  let board: SignedInAgent;
  let board2: SignedInAgent;
  let management: SignedInAgent;
  let admin: SignedInAgent;
  let viewer: SignedInAgent;
  let planner: SignedInAgent;
  let foreignBoard: SignedInAgent;
  let foreignFocusAreaId: string;

  const auditRows = async (entityId: string) =>
    (await t.dataSource.query(`SELECT action, before, after, actor_id FROM audit_log WHERE entity_type = 'comment' AND entity_id = $1 ORDER BY id`, [entityId])) as {
      action: string;
      before: CommentDto | null;
      after: CommentDto | null;
      actor_id: string;
    }[];
  const commentAuditCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'comment'`))[0].n as number;
  const post = async (agent: SignedInAgent, body: string, extra: Record<string, unknown> = {}): Promise<CommentDto> =>
    (await agent.post('/api/comments').send({ focusAreaId: s.focusAreas[0], year: 2021, body, ...extra }).expect(201)).body;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    s = await createStrategyFixture(t, org.organizationId);
    board = await signIn(t, { role: 'board', displayName: 'Outi Ohjausryhmä' });
    board2 = await signIn(t, { role: 'board' });
    management = await signIn(t, { role: 'management' });
    admin = await signIn(t, { role: 'admin' });
    viewer = await signIn(t, { role: 'viewer' });
    planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    const other = await ensureOrganization(t, 'OTHER-ORG');
    foreignBoard = await signIn(t, { role: 'board', organizationCode: 'OTHER-ORG' });
    foreignFocusAreaId = (await createStrategyFixture(t, other.organizationId)).focusAreas[0];
  }, 120000);
  afterAll(() => t.close());

  it('posts, lists, edits and deletes a comment, each with its audit row', async () => {
    const created = await post(board, '  Tavoite on hyvällä mallilla.  ', { regionId: org.regions['KP'] });
    expect(created).toMatchObject({
      focusAreaId: s.focusAreas[0],
      year: 2021,
      regionId: org.regions['KP'],
      authorId: board.user.id,
      authorName: 'Outi Ohjausryhmä',
      body: 'Tavoite on hyvällä mallilla.',
      editedAt: null,
      version: 1,
    });
    expect(created.createdAt).toMatch(/Z$/);

    // every signed-in role reads; region filter; another year is empty
    const list: CommentDto[] = (await viewer.get(`/api/comments?focusAreaId=${s.focusAreas[0]}&year=2021`).expect(200)).body;
    expect(list.map((c) => c.id)).toContain(created.id);
    expect((await planner.get(`/api/comments?focusAreaId=${s.focusAreas[0]}&year=2021&regionId=${org.regions['KP']}`).expect(200)).body.map((c: CommentDto) => c.id)).toContain(created.id);
    expect((await board.get(`/api/comments?focusAreaId=${s.focusAreas[0]}&year=2021&regionId=${org.regions['PO']}`).expect(200)).body).toEqual([]);
    expect((await board.get(`/api/comments?focusAreaId=${s.focusAreas[0]}&year=2022`).expect(200)).body).toEqual([]);

    const edited: CommentDto = (await board.patch(`/api/comments/${created.id}`).send({ body: 'Korjattu teksti', version: 1 }).expect(200)).body;
    expect(edited).toMatchObject({ body: 'Korjattu teksti', version: 2 });
    expect(edited.editedAt).not.toBeNull();

    await board.delete(`/api/comments/${created.id}?version=2`).expect(204);
    const after: CommentDto[] = (await board.get(`/api/comments?focusAreaId=${s.focusAreas[0]}&year=2021`).expect(200)).body;
    expect(after.map((c) => c.id)).not.toContain(created.id);
    // soft delete: the row stays
    const [row] = await t.dataSource.query(`SELECT deleted_at FROM comment WHERE id = $1`, [created.id]);
    expect(row.deleted_at).not.toBeNull();

    const audit = await auditRows(created.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit.every((a) => a.actor_id === board.user.id)).toBe(true);
    expect(audit[0].before).toBeNull();
    expect(audit[1].before?.body).toBe('Tavoite on hyvällä mallilla.');
    expect(audit[1].after?.body).toBe('Korjattu teksti');
    expect(audit[2].after).toBeNull();
  });

  it('management and admin comment too', async () => {
    await post(management, 'Johdon huomio');
    await post(admin, 'Ylläpidon huomio');
  });

  it('answers 400 with field paths for invalid bodies and queries, and writes no audit row', async () => {
    const before = await commentAuditCount();
    const res = await board.post('/api/comments').send({ focusAreaId: 'nope', year: 1800, body: '   ', extra: 1 }).expect(400);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['focusAreaId', 'year', 'body', 'extra']));
    const tooLong = await board.post('/api/comments').send({ focusAreaId: s.focusAreas[0], year: 2021, body: 'x'.repeat(4001) }).expect(400);
    expect(tooLong.body.errors.map((e: { field: string }) => e.field)).toEqual(['body']);
    await board.post('/api/comments').send({ focusAreaId: s.focusAreas[0], year: 2021, body: 'x'.repeat(4000) }).expect(201);
    const c = await post(board, 'Muokattava');
    const patch = await board.patch(`/api/comments/${c.id}`).send({ body: '' }).expect(400);
    expect(patch.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body', 'version']));
    await board.delete(`/api/comments/${c.id}`).expect(400);
    await board.get(`/api/comments?focusAreaId=${s.focusAreas[0]}`).expect(400);
    await board.patch('/api/comments/not-a-uuid').send({ body: 'x', version: 1 }).expect(400);
    // only the two successful posts above were audited
    expect(await commentAuditCount()).toBe(before + 2);
  });

  it('answers 404 for unknown or deleted comments and unknown focus areas or regions', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await board.patch(`/api/comments/${unknown}`).send({ body: 'x', version: 1 }).expect(404);
    await board.delete(`/api/comments/${unknown}?version=1`).expect(404);
    await board.post('/api/comments').send({ focusAreaId: unknown, year: 2021, body: 'x' }).expect(404);
    await board.post('/api/comments').send({ focusAreaId: s.focusAreas[0], year: 2021, regionId: unknown, body: 'x' }).expect(404);
    const c = await post(board, 'Poistettava');
    await board.delete(`/api/comments/${c.id}?version=1`).expect(204);
    await board.patch(`/api/comments/${c.id}`).send({ body: 'x', version: 2 }).expect(404);
  });

  it('answers 409 for a stale version and keeps the newer text', async () => {
    const c = await post(board, 'Ensimmäinen');
    await board.patch(`/api/comments/${c.id}`).send({ body: 'Toinen', version: 1 }).expect(200);
    const before = (await auditRows(c.id)).length;
    const res = await board.patch(`/api/comments/${c.id}`).send({ body: 'Vanhasta versiosta', version: 1 }).expect(409);
    expect(res.body.message).toMatch(/changed by someone else/);
    await board.delete(`/api/comments/${c.id}?version=1`).expect(409);
    const [row] = await t.dataSource.query(`SELECT body, version, deleted_at FROM comment WHERE id = $1`, [c.id]);
    expect(row).toEqual({ body: 'Toinen', version: 2, deleted_at: null });
    expect((await auditRows(c.id)).length).toBe(before);
  });

  it('lets only the author edit, and the author or an admin delete', async () => {
    const c = await post(board, 'Minun kommenttini');
    await board2.patch(`/api/comments/${c.id}`).send({ body: 'Toisen muokkaus', version: 1 }).expect(403);
    await admin.patch(`/api/comments/${c.id}`).send({ body: 'Ylläpidon muokkaus', version: 1 }).expect(403);
    await management.delete(`/api/comments/${c.id}?version=1`).expect(403);
    await board2.delete(`/api/comments/${c.id}?version=1`).expect(403);
    expect((await auditRows(c.id)).map((a) => a.action)).toEqual(['create']);
    await admin.delete(`/api/comments/${c.id}?version=1`).expect(204);
    expect((await auditRows(c.id)).map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('refuses viewers and planners (403) and anonymous callers (401)', async () => {
    const c = await post(board, 'Luettava');
    const before = await commentAuditCount();
    await viewer.post('/api/comments').send({ focusAreaId: s.focusAreas[0], year: 2021, body: 'Katselija' }).expect(403);
    await planner.post('/api/comments').send({ focusAreaId: s.focusAreas[0], year: 2021, regionId: org.regions['KP'], body: 'Suunnittelija' }).expect(403);
    await viewer.patch(`/api/comments/${c.id}`).send({ body: 'x', version: 1 }).expect(403);
    await planner.delete(`/api/comments/${c.id}?version=1`).expect(403);
    await t.agent().get(`/api/comments?focusAreaId=${s.focusAreas[0]}&year=2021`).expect(401);
    expect(await commentAuditCount()).toBe(before);
  });

  it("keeps organizations apart: another organization's comments and focus areas are invisible (404)", async () => {
    const ours = await post(board, 'Meidän');
    await foreignBoard.post('/api/comments').send({ focusAreaId: s.focusAreas[0], year: 2021, body: 'Vieras' }).expect(404);
    await board.post('/api/comments').send({ focusAreaId: foreignFocusAreaId, year: 2021, body: 'Vieras' }).expect(404);
    await board.post('/api/comments').send({ focusAreaId: s.focusAreas[0], year: 2021, regionId: (await ensureOrganization(t, 'OTHER-ORG')).regions['EP'], body: 'x' }).expect(404);
    await foreignBoard.patch(`/api/comments/${ours.id}`).send({ body: 'Vieras', version: 1 }).expect(404);
    await foreignBoard.delete(`/api/comments/${ours.id}?version=1`).expect(404);
    expect((await foreignBoard.get(`/api/comments?focusAreaId=${s.focusAreas[0]}&year=2021`).expect(200)).body).toEqual([]);
    const theirs: CommentDto = (await foreignBoard.post('/api/comments').send({ focusAreaId: foreignFocusAreaId, year: 2021, body: 'Heidän' }).expect(201)).body;
    await board.patch(`/api/comments/${theirs.id}`).send({ body: 'x', version: 1 }).expect(404);
    expect((await board.get(`/api/comments?focusAreaId=${foreignFocusAreaId}&year=2021`).expect(200)).body).toEqual([]);
  });
});
