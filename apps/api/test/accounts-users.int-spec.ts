import { FirstAdminService } from '@suunta/api-accounts';
import { SeedRunner } from '@suunta/api-core';
import { anonymousAgent, createTestApp, ensureOrganization, loginAs, signIn, TestApp, TestOrganization } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';

describe('users: invitations, roles, regions and own password', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
  });
  afterAll(() => t.close());

  it('invites a planner of KP with a one-time link; the link sets the password once', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const res = await admin
      .post('/api/users')
      .send({ email: ' Kaisa.Planner@Test.invalid ', displayName: 'Kaisa Planner', roles: ['planner'], regionIds: [org.regions['KP']] })
      .expect(201);
    expect(res.body.user).toMatchObject({ email: 'kaisa.planner@test.invalid', status: 'invited', roles: ['planner'], regionIds: [org.regions['KP']] });
    expect(res.body.path).toBe(`/accept-invite?token=${encodeURIComponent(res.body.token)}`);
    const stored = await t.dataSource.query(`SELECT invite_token_hash, password_hash FROM user_account WHERE id = $1`, [res.body.user.id]);
    expect(stored[0].invite_token_hash).not.toBe(res.body.token);
    expect(stored[0].password_hash).toBeNull();

    const anon = await anonymousAgent(t);
    await anon.post('/api/auth/login').send({ email: 'kaisa.planner@test.invalid', password: 'lakeus tuulee aina' }).expect(401);
    await anon.post('/api/auth/accept-invite').send({ token: res.body.token, password: 'short' }).expect(400);
    await anon.post('/api/auth/accept-invite').send({ token: res.body.token, password: 'lakeus tuulee aina' }).expect(204);
    await anon.post('/api/auth/accept-invite').send({ token: res.body.token, password: 'lakeus tuulee taas' }).expect(400);
    const planner = await loginAs(t, 'kaisa.planner@test.invalid', 'lakeus tuulee aina');
    expect(planner.user).toMatchObject({ roles: ['planner'], regionIds: [org.regions['KP']] });
  });

  it('refuses an expired invitation', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const res = await admin.post('/api/users').send({ email: 'late@test.invalid', displayName: 'Late', roles: ['viewer'], regionIds: [] }).expect(201);
    await t.dataSource.query(`UPDATE user_account SET invite_expires_at = now() - interval '1 minute' WHERE id = $1`, [res.body.user.id]);
    const anon = await anonymousAgent(t);
    const refused = await anon.post('/api/auth/accept-invite').send({ token: res.body.token, password: 'lakeus tuulee aina' }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'token', message: expect.stringMatching(/expired/), code: 'invite_invalid' }]);
  });

  it('names the invalid fields and refuses unknown roles, foreign regions and duplicate e-mails', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const bad = await admin.post('/api/users').send({ email: 'nope', displayName: '', roles: ['root'], regionIds: [] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['displayName', 'email', 'roles']);
    const other = await ensureOrganization(t, 'other-centre');
    const foreign = await admin
      .post('/api/users')
      .send({ email: 'foreign@test.invalid', displayName: 'F', roles: ['planner'], regionIds: [other.regions['KP']] })
      .expect(400);
    expect(foreign.body.errors).toEqual([{ field: 'regionIds', message: 'Unknown region', code: 'unknown_region' }]);
    const dup = await admin.post('/api/users').send({ email: admin.email, displayName: 'Dup', roles: ['viewer'], regionIds: [] }).expect(400);
    expect(dup.body.errors[0].field).toBe('email');
  });

  it("applies an admin's role and region change at the user's next request", async () => {
    const admin = await signIn(t, { role: 'admin' });
    const planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    const [{ version }] = await t.dataSource.query(`SELECT version FROM user_account WHERE id = $1`, [planner.user.id]);
    await admin.patch(`/api/users/${planner.user.id}`).send({ version, regionIds: [org.regions['PO']] }).expect(200);
    const me = await planner.get('/api/auth/me').expect(200);
    expect(me.body.regionIds).toEqual([org.regions['PO']]);
  });

  it('disables an account and ends its sessions, and never removes the last admin', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const viewer = await signIn(t, { role: 'viewer' });
    const users = (await admin.get('/api/users').expect(200)).body as { id: string; version: number; roles: string[] }[];
    const target = users.find((u) => u.id === viewer.user.id);
    await admin.patch(`/api/users/${viewer.user.id}`).send({ version: target?.version, active: false }).expect(200);
    await viewer.get('/api/auth/me').expect(401);

    // demote every other admin so `admin` is the last one
    for (const u of users.filter((u) => u.roles.includes('admin') && u.id !== admin.user.id)) {
      await t.dataSource.query(`UPDATE user_account SET status = 'disabled' WHERE id = $1`, [u.id]);
    }
    const self = users.find((u) => u.id === admin.user.id);
    const res = await admin.patch(`/api/users/${admin.user.id}`).send({ version: self?.version, roles: ['viewer'] }).expect(409);
    expect(res.body.message).toMatch(/last admin/);
    await admin.get('/api/users').expect(200);
  });

  it('changes the own password: checks the current one, the policy, and ends the other sessions', async () => {
    const first = await signIn(t, { role: 'viewer' });
    const second = await loginAs(t, first.email, first.password);
    const wrong = await first.post('/api/auth/password').send({ currentPassword: 'not it at all', newPassword: 'lakeus tuulee aina' }).expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'The current password is wrong', code: 'wrong_current_password' }]);
    const common = await first.post('/api/auth/password').send({ currentPassword: first.password, newPassword: 'Salasana2024!' }).expect(400);
    expect(common.body.errors[0]).toMatchObject({ field: 'newPassword', message: expect.stringMatching(/common/) });
    await first.post('/api/auth/password').send({ currentPassword: first.password, newPassword: 'lakeus tuulee aina' }).expect(204);
    await first.get('/api/auth/me').expect(200);
    await second.get('/api/auth/me').expect(401);
    await loginAs(t, first.email, 'lakeus tuulee aina');
    const [{ hash }] = await t.dataSource.query(`SELECT password_hash AS hash FROM user_account WHERE id = $1`, [first.user.id]);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });
});

describe('demo users and the first admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
  });
  afterAll(() => t.close());

  it('creates no admin without an organization, and prints a one-time password once there is one', async () => {
    const first = t.app.get(FirstAdminService);
    expect(await first.ensureAdmin()).toEqual({ kind: 'no-organization' });
    await ensureOrganization(t); // what the organization seeder makes (the full data seed belongs to other suites)
    const created = await first.ensureAdmin();
    expect(created).toMatchObject({ kind: 'created', email: 'admin@suunta.local', generatedPassword: expect.any(String) });
    if (created.kind !== 'created' || !created.generatedPassword) throw new Error('expected a generated password');
    const admin = await loginAs(t, 'admin@suunta.local', created.generatedPassword);
    expect(admin.user.roles).toEqual(['admin']);
    expect(await first.ensureAdmin()).toEqual({ kind: 'exists' });
  });

  it('seeds one demo user per role, the planner for Keski-Pohjanmaa only, and a second run adds nothing', async () => {
    const runner = t.app.get(SeedRunner);
    await runner.run({ data: false, demo: true });
    await runner.run({ data: false, demo: true });
    const users = await t.dataSource.query(
      `SELECT u.email, u.roles, array_agg(r.code ORDER BY r.code) FILTER (WHERE r.code IS NOT NULL) AS regions
         FROM user_account u LEFT JOIN user_region ur ON ur.user_id = u.id LEFT JOIN region r ON r.id = ur.region_id
        WHERE u.email LIKE '%@suunta.example' GROUP BY u.id ORDER BY u.email`,
    );
    expect(users).toEqual([
      { email: 'admin@suunta.example', roles: ['admin'], regions: null },
      { email: 'johto@suunta.example', roles: ['management'], regions: null },
      { email: 'katselija@suunta.example', roles: ['viewer'], regions: null },
      { email: 'ohjausryhma@suunta.example', roles: ['board'], regions: null },
      { email: 'suunnittelija.kp@suunta.example', roles: ['planner'], regions: ['KP'] },
    ]);
    const planner = await loginAs(t, 'suunnittelija.kp@suunta.example', 'Suunta-demo-2025');
    expect(planner.user.regionIds).toHaveLength(1);
  });
});

describe('first admin from the environment', () => {
  it('uses ADMIN_EMAIL and ADMIN_PASSWORD when the database has no admin', async () => {
    const t = await createTestApp((env) => AppModule.register(env), { ADMIN_EMAIL: 'Boss@Example.org', ADMIN_PASSWORD: 'pohjanmaan lakeus 2025' });
    try {
      await ensureOrganization(t);
      expect(await t.app.get(FirstAdminService).ensureAdmin()).toEqual({ kind: 'created', email: 'boss@example.org', generatedPassword: undefined });
      const admin = await loginAs(t, 'boss@example.org', 'pohjanmaan lakeus 2025');
      expect(admin.user.roles).toEqual(['admin']);
    } finally {
      await t.close();
    }
  });
});
