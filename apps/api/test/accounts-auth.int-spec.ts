import { anonymousAgent, createTestApp, createTestUser, loginAs, signIn, TestApp } from '@suunta/api-testing';
import { SESSION_COOKIE_NAME, XSRF_HEADER_NAME } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';

describe('accounts: sign-in, sessions and CSRF', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
  });
  afterAll(() => t.close());

  it('signs in through the real endpoint and answers /api/auth/me', async () => {
    const planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    const me = await planner.get('/api/auth/me').expect(200);
    expect(me.body).toEqual(planner.user);
    expect(me.body.roles).toEqual(['planner']);
    const [{ id: kp }] = await t.dataSource.query(`SELECT id FROM region WHERE code = 'KP'`);
    expect(me.body.regionIds).toEqual([kp]);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and a readable XSRF cookie', async () => {
    const { email, password } = await createTestUser(t, { role: 'viewer' });
    const anon = await anonymousAgent(t);
    const res = await anon.post('/api/auth/login').send({ email, password }).expect(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith(`${SESSION_COOKIE_NAME}=`));
    const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i); // plain HTTP here; Secure when the request is HTTPS
    expect(xsrf).not.toMatch(/HttpOnly/i);
    // the stored id is a hash of the cookie token, never the token itself
    const token = decodeURIComponent(String(session).split(';')[0].split('=')[1]);
    const stored = await t.dataSource.query(`SELECT id FROM user_session WHERE id = $1`, [token]);
    expect(stored).toEqual([]);
  });

  it('marks the cookies Secure when the request came over HTTPS through a trusted proxy', async () => {
    const secure = await createTestApp((env) => AppModule.register(env), { TRUST_PROXY: 'true' });
    try {
      const { email, password } = await createTestUser(secure, { role: 'viewer' });
      const anon = await anonymousAgent(secure);
      const res = await anon.post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ email, password }).expect(200);
      const cookies = res.headers['set-cookie'] as unknown as string[];
      expect(cookies.find((c) => c.startsWith(`${SESSION_COOKIE_NAME}=`))).toMatch(/; Secure/i);
    } finally {
      await secure.close();
    }
  });

  it('answers 401 without a session, 401 for a wrong password, the same for an unknown e-mail', async () => {
    const anon = await anonymousAgent(t);
    await anon.get('/api/auth/me').expect(401);
    const { email } = await createTestUser(t, { role: 'viewer' });
    const wrong = await anon.post('/api/auth/login').send({ email, password: 'not the password at all' }).expect(401);
    const unknown = await anon.post('/api/auth/login').send({ email: 'nobody@test.invalid', password: 'not the password at all' }).expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('refuses a disabled or invited account with the same 401', async () => {
    const disabled = await createTestUser(t, { role: 'viewer', status: 'disabled' });
    const anon = await anonymousAgent(t);
    await anon.post('/api/auth/login').send({ email: disabled.email, password: disabled.password }).expect(401);
  });

  it('refuses a mutating request without the XSRF header, or with a wrong one, with 403', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    await viewer.raw.post('/api/auth/password').send({ currentPassword: viewer.password, newPassword: 'a fresh long passphrase' }).expect(403);
    await viewer.raw
      .post('/api/auth/password')
      .set(XSRF_HEADER_NAME, 'x'.repeat(viewer.xsrfToken.length))
      .send({ currentPassword: viewer.password, newPassword: 'a fresh long passphrase' })
      .expect(403);
    // the login form is checked too (double submit against the XSRF cookie)
    const { email, password } = await createTestUser(t, { role: 'viewer' });
    await t.agent().post('/api/auth/login').send({ email, password }).expect(403);
  });

  it('binds the CSRF token to the session: a token of another session does not pass', async () => {
    const a = await signIn(t, { role: 'viewer' });
    const b = await signIn(t, { role: 'viewer' });
    expect(a.xsrfToken).not.toBe(b.xsrfToken);
    await a.raw
      .post('/api/auth/password')
      .set(XSRF_HEADER_NAME, b.xsrfToken)
      .set('Cookie', `XSRF-TOKEN=${b.xsrfToken}`)
      .send({ currentPassword: a.password, newPassword: 'a fresh long passphrase' })
      .expect(403);
  });

  it('ends the session on the server at logout: the old cookie no longer works', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    await viewer.get('/api/auth/me').expect(200);
    await viewer.post('/api/auth/logout').expect(204);
    await viewer.get('/api/auth/me').expect(401);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [viewer.user.id]);
    expect(n).toBe(0);
  });

  it('ends a session after the idle timeout', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    await viewer.get('/api/auth/me').expect(200);
    await t.dataSource.query(`UPDATE user_session SET last_seen_at = now() - make_interval(mins => $2 + 1) WHERE user_id = $1`, [
      viewer.user.id,
      t.env.SESSION_IDLE_MINUTES,
    ]);
    await viewer.get('/api/auth/me').expect(401);
  });

  it('ends a session at the absolute timeout even when active', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE user_id = $1`, [viewer.user.id]);
    await viewer.get('/api/auth/me').expect(401);
  });

  it('sets the absolute expiry SESSION_ABSOLUTE_HOURS after sign-in', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    const [{ hours }] = await t.dataSource.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM user_session WHERE user_id = $1`,
      [viewer.user.id],
    );
    expect(hours).toBe(t.env.SESSION_ABSOLUTE_HOURS);
  });

  it('ends the session at once when an admin disables the account', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    await t.dataSource.query(`UPDATE user_account SET status = 'disabled' WHERE id = $1`, [viewer.user.id]);
    await viewer.get('/api/auth/me').expect(401);
  });

  it('gives a new session id at each sign-in (no fixation) and ends the previous one', async () => {
    const { email, password } = await createTestUser(t, { role: 'viewer' });
    const first = await loginAs(t, email, password);
    const again = await first.post('/api/auth/login').send({ email, password }).expect(200);
    expect(again.headers['set-cookie']).toBeDefined();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [first.user.id]);
    expect(n).toBe(1);
  });
});
