import { anonymousAgent, createTestApp, createTestUser, TestApp } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';

describe('sign-in rate limiting (persistent, per account and per address)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Behind a trusted proxy so each test can speak from its own address (X-Forwarded-For).
    t = await createTestApp((env) => AppModule.register(env), {
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '6',
      LOGIN_WINDOW_MINUTES: '15',
    });
  });
  afterAll(() => t.close());

  async function attempt(ip: string, email: string, password: string): Promise<{ status: number; retryAfter?: string }> {
    const anon = await anonymousAgent(t);
    const res = await anon.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
    return { status: res.status, retryAfter: res.headers['retry-after'] };
  }

  it('locks an account after 3 failures, from any address, even for the right password', async () => {
    const { email, password } = await createTestUser(t, { role: 'viewer' });
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      expect((await attempt(ip, email, 'wrong password!')).status).toBe(401);
    }
    const locked = await attempt('10.0.0.4', email, password);
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(15 * 60);
  });

  it('opens again when the window has passed', async () => {
    const { email, password } = await createTestUser(t, { role: 'viewer' });
    for (let i = 0; i < 3; i++) await attempt('10.0.1.1', email, 'wrong password!');
    expect((await attempt('10.0.1.1', email, password)).status).toBe(429);
    await t.dataSource.query(`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE email = $1`, [email]);
    expect((await attempt('10.0.1.1', email, password)).status).toBe(200);
  });

  it('forgets the account failures after a successful sign-in', async () => {
    const { email, password } = await createTestUser(t, { role: 'viewer' });
    await attempt('10.0.2.1', email, 'wrong password!');
    await attempt('10.0.2.1', email, 'wrong password!');
    expect((await attempt('10.0.2.1', email, password)).status).toBe(200);
    await attempt('10.0.2.1', email, 'wrong password!');
    await attempt('10.0.2.1', email, 'wrong password!');
    expect((await attempt('10.0.2.1', email, password)).status).toBe(200);
  });

  it('locks an address after 6 failures across accounts, but not other addresses', async () => {
    const victim = await createTestUser(t, { role: 'viewer' });
    for (let i = 0; i < 6; i++) {
      expect((await attempt('10.0.3.1', `nobody-${i}@test.invalid`, 'wrong password!')).status).toBe(401);
    }
    expect((await attempt('10.0.3.1', victim.email, victim.password)).status).toBe(429);
    expect((await attempt('10.0.3.2', victim.email, victim.password)).status).toBe(200);
  });

  it('keeps the count in the database: a restarted app still refuses', async () => {
    const { email } = await createTestUser(t, { role: 'viewer' });
    for (let i = 0; i < 3; i++) await attempt('10.0.4.1', email, 'wrong password!');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM login_attempt WHERE email = $1 AND NOT succeeded`, [email]);
    expect(n).toBe(3);
    const rows = await t.dataSource.query(`SELECT after->>'reason' AS reason FROM audit_log WHERE action = 'login_failed' AND after->>'email' = $1`, [email]);
    expect(rows.map((r: { reason: string }) => r.reason)).toEqual(['wrong_password', 'wrong_password', 'wrong_password']);
    expect((await attempt('10.0.4.1', email, 'wrong password!')).status).toBe(429);
    const after = await t.dataSource.query(`SELECT after->>'reason' AS reason FROM audit_log WHERE action = 'login_failed' AND after->>'email' = $1 ORDER BY id DESC LIMIT 1`, [email]);
    expect(after).toEqual([{ reason: 'throttled' }]);
  });
});
