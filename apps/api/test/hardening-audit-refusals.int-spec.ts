import { createTestApp, signIn, TestApp } from '@suunta/api-testing';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../src/app/app.module';
import { listen, send } from './hardening/http-probe';

/**
 * Finding 4: every anonymous refusal stored the whole request path (up to ~15 KB) in the
 * append-only audit table: 200 requests added 3.4 MB. Paths are now cut to 200 characters and
 * repeats of the same anonymous refusal within a minute are counted, not stored.
 */
describe('hardening: anonymous refusals are audited compactly', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    base = await listen(t.app);
  });
  afterAll(() => t.close());

  const trail = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS rows, coalesce(sum(pg_column_size(a.*)), 0)::int AS bytes FROM audit_log a WHERE action = 'access_denied'`))[0] as {
      rows: number;
      bytes: number;
    };

  it('200 anonymous CSRF refusals with 15 KB paths add one short row, not megabytes', async () => {
    const before = await trail();
    for (let i = 0; i < 200; i++) {
      const res = await send(`${base}/api/users/${randomBytes(7_500).toString('hex')}/invite`, { method: 'POST' });
      expect(res.status).toBe(403);
    }
    const after = await trail();
    expect(after.rows - before.rows).toBe(1);
    expect(after.bytes - before.bytes).toBeLessThan(2_000);
    const [row] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'access_denied' ORDER BY id DESC LIMIT 1`);
    expect(row.after).toMatchObject({ method: 'POST', route: '/api/users/:id/invite', reason: 'csrf' });
    expect(row.after.path.length).toBeLessThanOrEqual(201);
    console.log(`audit growth for 200 anonymous refusals: ${after.rows - before.rows} row(s), ${after.bytes - before.bytes} bytes`);
  });

  it("still stores every refusal of a signed-in user (they are accountable and rate-limited by session)", async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    const before = await trail();
    for (let i = 0; i < 3; i++) await viewer.post('/api/users').send({ email: `x${i}@test.invalid`, displayName: 'X', roles: ['viewer'], regionIds: [] }).expect(403);
    expect((await trail()).rows - before.rows).toBe(3);
  });
});
