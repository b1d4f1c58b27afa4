import { createTestApp, createTestUser, signIn, SignedInAgent, TestApp } from '@suunta/api-testing';
import type { UserDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';

/**
 * Finding 3: the last admin check counted an invited admin who never accepted, so the last admin
 * who could sign in could demote or disable themself. Only active admins count now.
 */
describe('hardening: the last admin who can sign in stays', () => {
  let t: TestApp;
  let admin: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    admin = await signIn(t, { role: 'admin' });
    // An invited admin (never accepted) and a disabled one: neither can sign in.
    await createTestUser(t, { role: 'admin', status: 'invited' });
    await createTestUser(t, { role: 'admin', status: 'disabled' });
  });
  afterAll(() => t.close());

  const me = async (): Promise<UserDto> => ((await admin.get('/api/users').expect(200)).body as UserDto[]).find((u) => u.id === admin.user.id) as UserDto;

  it('refuses removing the admin role from yourself with 409 last_admin', async () => {
    const res = await admin.patch(`/api/users/${admin.user.id}`).send({ version: (await me()).version, roles: ['viewer'] });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'last_admin', message: expect.stringMatching(/last admin/) });
    expect((await me()).roles).toEqual(['admin']);
  });

  it('refuses disabling yourself with 409 last_admin', async () => {
    const res = await admin.patch(`/api/users/${admin.user.id}`).send({ version: (await me()).version, active: false });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('last_admin');
    expect((await me()).status).toBe('active');
  });

  it('allows it once another admin can sign in', async () => {
    await createTestUser(t, { role: 'admin', status: 'active' });
    const res = await admin.patch(`/api/users/${admin.user.id}`).send({ version: (await me()).version, roles: ['management'] });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(['management']);
  });
});
