import { Controller, Module, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { assertCanWriteRegion, CurrentUser, RequireRoles } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import { anonymousAgent, createTestApp, createTestUser, ensureOrganization, signIn, TestApp, TestOrganization, xsrfFrom } from '@suunta/api-testing';
import type { AuditEntryDto, SessionUser } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module';

/**
 * A stand-in for a domain's region-scoped write (progress entries come later): it writes a change
 * and its audit row in one transaction, then checks the region as services are told to.
 */
@Controller('test-probe')
class RegionProbeController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Post('regions/:regionId/notes')
  @RequireRoles('planner', 'management')
  async write(@CurrentUser() user: SessionUser, @Param('regionId', ParseUUIDPipe) regionId: string) {
    await this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, user, { entityType: 'probe_note', entityId: regionId, action: 'create', after: { regionId } });
      assertCanWriteRegion(user, regionId); // deliberately after the write: the rollback must take the audit row with it
    });
    return { ok: true };
  }
}

@Module({ controllers: [RegionProbeController] })
class ProbeModule {}

async function auditRows(t: TestApp, where: string, params: unknown[]): Promise<{ action: string; actor_id: string | null; before: unknown; after: unknown; at: Date }[]> {
  return t.dataSource.query(`SELECT action, actor_id, before, after, at FROM audit_log WHERE ${where} ORDER BY id`, params);
}

describe('audit trail', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    t = await createTestApp((env) => {
      const app = AppModule.register(env);
      return { ...app, imports: [...(app.imports ?? []), ProbeModule] };
    });
    org = await ensureOrganization(t);
  });
  afterAll(() => t.close());

  it('refuses UPDATE, DELETE and TRUNCATE on the table (append-only)', async () => {
    await signIn(t, { role: 'viewer' }); // writes a login row
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(n).toBeGreaterThan(0);
  });

  it('records sign-ins, failed sign-ins (with the reason, not the password) and sign-outs', async () => {
    const { id, email, password } = await createTestUser(t, { role: 'viewer' });
    const anon = await anonymousAgent(t);
    await anon.post('/api/auth/login').send({ email, password: 'wrong password here' }).expect(401);
    const ok = await anon.post('/api/auth/login').send({ email, password }).expect(200);
    await anon.raw.post('/api/auth/logout').set('X-XSRF-TOKEN', xsrfFrom(ok.headers['set-cookie']) ?? '').expect(204);
    const rows = await auditRows(t, `entity_type = 'user' AND entity_id = $1`, [id]);
    expect(rows.map((r) => r.action)).toEqual(['login_failed', 'login', 'logout']);
    expect(rows[0]).toMatchObject({ actor_id: null, after: { email, reason: 'wrong_password' } });
    expect(rows[1].actor_id).toBe(id);
    expect(JSON.stringify(rows)).not.toContain('wrong password here');
  });

  it('records a failed sign-in for an unknown e-mail without an organization', async () => {
    const anon = await anonymousAgent(t);
    await anon.post('/api/auth/login').send({ email: 'ghost@test.invalid', password: 'whatever it is' }).expect(401);
    const rows = await t.dataSource.query(`SELECT organization_id, after FROM audit_log WHERE action = 'login_failed' AND after->>'email' = 'ghost@test.invalid'`);
    expect(rows).toEqual([{ organization_id: null, after: { email: 'ghost@test.invalid', reason: 'unknown_email' } }]);
  });

  it('writes who, when (UTC), what and the values before and after with each change', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const created = await admin.post('/api/users').send({ email: 'audited@test.invalid', displayName: 'Audited', roles: ['viewer'], regionIds: [] }).expect(201);
    const id = created.body.user.id;
    await admin.patch(`/api/users/${id}`).send({ version: created.body.user.version, roles: ['planner'], regionIds: [org.regions['KP']] }).expect(200);
    const rows = await auditRows(t, `entity_type = 'user' AND entity_id = $1`, [id]);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows.every((r) => r.actor_id === admin.user.id)).toBe(true);
    expect(rows[1].before).toMatchObject({ roles: ['viewer'], regionIds: [] });
    expect(rows[1].after).toMatchObject({ roles: ['planner'], regionIds: [org.regions['KP']] });
    expect(Date.now() - rows[1].at.getTime()).toBeLessThan(60_000);
    expect(JSON.stringify(rows)).not.toMatch(/argon2|password_hash|passwordHash/);
    // and through the API, with an ISO-8601 UTC timestamp
    const history = await admin.get(`/api/audit?entityType=user&entityId=${id}`).expect(200);
    expect(history.body.items.map((e: AuditEntryDto) => e.action)).toEqual(['update', 'create']);
    expect(history.body.items[0].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(history.body.items[0].actorEmail).toBe(admin.email);
  });

  it('writes nothing when the change fails (stale version → 409)', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const created = await admin.post('/api/users').send({ email: 'stale@test.invalid', displayName: 'Stale', roles: ['viewer'], regionIds: [] }).expect(201);
    const id = created.body.user.id;
    await admin.patch(`/api/users/${id}`).send({ version: created.body.user.version, displayName: 'First' }).expect(200);
    await admin.patch(`/api/users/${id}`).send({ version: created.body.user.version, displayName: 'Second' }).expect(409);
    const rows = await auditRows(t, `entity_type = 'user' AND entity_id = $1`, [id]);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1].after).toMatchObject({ displayName: 'First' });
  });

  it('rolls the audit row back with a change refused in the service, and records the refusal (403)', async () => {
    const planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    await planner.post(`/api/test-probe/regions/${org.regions['KP']}/notes`).expect(201);
    await planner.post(`/api/test-probe/regions/${org.regions['PO']}/notes`).expect(403);
    const notes = await auditRows(t, `entity_type = 'probe_note'`, []);
    expect(notes.map((r) => (r.after as { regionId: string }).regionId)).toEqual([org.regions['KP']]);
    const refusals = await auditRows(t, `action = 'access_denied' AND actor_id = $1`, [planner.user.id]);
    expect(refusals).toHaveLength(1);
    expect(refusals[0].after).toMatchObject({ method: 'POST', path: `/api/test-probe/regions/${org.regions['PO']}/notes`, reason: 'You may not change data of this region' });
  });

  it('records a refusal by role (403 from the guard) and a CSRF refusal', async () => {
    const board = await signIn(t, { role: 'board' });
    await board.post('/api/users').send({}).expect(403);
    await board.raw.post('/api/auth/password').send({}).expect(403);
    const rows = await auditRows(t, `action = 'access_denied' AND actor_id = $1`, [board.user.id]);
    expect(rows.map((r) => (r.after as { reason: string }).reason)).toEqual(['requires one of: admin', 'csrf']);
  });

  describe('reading the trail', () => {
    it('lists, filters and pages the whole trail for admin and board', async () => {
      const admin = await signIn(t, { role: 'admin' });
      const board = await signIn(t, { role: 'board' });
      const page = await board.get(`/api/audit?action=login&actorId=${admin.user.id}`).expect(200);
      expect(page.body.total).toBe(1);
      expect(page.body.items).toEqual([expect.objectContaining({ action: 'login', actorId: admin.user.id, entityType: 'user' })]);
      const all = await admin.get('/api/audit?limit=2').expect(200);
      expect(all.body.items).toHaveLength(2);
      expect(all.body.total).toBeGreaterThan(2);
      const future = await admin.get('/api/audit?from=2999-01-01T00:00:00Z').expect(200);
      expect(future.body).toMatchObject({ items: [], total: 0 });
      await admin.get('/api/audit?entityType=DROP%20TABLE').expect(400);
    });

    it("finds entries by the object's name and names each object; lists the authors for the person filter", async () => {
      const admin = await signIn(t, { role: 'admin' });
      const created = await admin.post('/api/users').send({ email: 'named@test.invalid', displayName: 'Ansa 50%_Nimetty', roles: ['viewer'], regionIds: [] }).expect(201);
      const byName = await admin.get(`/api/audit?q=${encodeURIComponent('50%_nimet')}`).expect(200);
      expect(byName.body.items).toEqual([expect.objectContaining({ entityId: created.body.user.id, action: 'create', entityLabel: 'Ansa 50%_Nimetty' })]);
      // % and _ are literal characters, not wildcards
      const wildcard = await admin.get(`/api/audit?q=${encodeURIComponent('a%y')}`).expect(200);
      expect(wildcard.body.items.map((e: AuditEntryDto) => e.entityLabel)).not.toContain('Ansa 50%_Nimetty');
      const board = await signIn(t, { role: 'board' });
      const actors = await board.get('/api/audit/actors').expect(200);
      expect(actors.body).toEqual(expect.arrayContaining([{ id: admin.user.id, name: admin.user.displayName, email: admin.email }]));
      const viewer = await signIn(t, { role: 'viewer' });
      await viewer.get('/api/audit/actors').expect(403);
      await admin.get(`/api/audit?q=${'x'.repeat(201)}`).expect(400);
    });

    it("lets other roles read one entity's history but not the whole trail nor accounts", async () => {
      const viewer = await signIn(t, { role: 'viewer' });
      await viewer.get('/api/audit').expect(403);
      await viewer.get(`/api/audit?entityType=user&entityId=${viewer.user.id}`).expect(403);
      const res = await viewer.get(`/api/audit?entityType=probe_note&entityId=${org.regions['KP']}`).expect(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      await viewer.get('/api/audit/export.csv').expect(403);
    });

    it('exports the filtered trail as CSV with formulas neutralised', async () => {
      const admin = await signIn(t, { role: 'admin' });
      await admin.post('/api/users').send({ email: 'csv@test.invalid', displayName: '=HYPERLINK("http://evil")', roles: ['viewer'], regionIds: [] }).expect(201);
      const res = await admin.get('/api/audit/export.csv?entityType=user&action=create').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="suunta-audit-\d{4}-\d\d-\d\d\.csv"/);
      const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('at_utc,actor_email,actor_name,action,entity_type,entity_id,ip,before,after');
      expect(lines.slice(1).every((l) => l.includes(',create,user,'))).toBe(true);
      expect(res.text).toContain('csv@test.invalid');
      expect(res.text).not.toMatch(/(^|,)=HYPERLINK/m);
    });
  });
});
