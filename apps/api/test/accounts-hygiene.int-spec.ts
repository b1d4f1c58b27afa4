import { anonymousAgent, createTestApp, signIn, TestApp } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';

const STACK_OR_SQL = /at \S+ \(|\.ts:\d+|\.js:\d+|SELECT |INSERT |UPDATE |QueryFailedError|node_modules/;

describe('security headers and error hygiene', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
  });
  afterAll(() => t.close());

  it("sends a CSP with object-src 'none', base-uri 'none' and frame-ancestors 'none'", async () => {
    const res = await t.agent().get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'] as string;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives).toMatchObject({ 'object-src': "'none'", 'base-uri': "'none'", 'frame-ancestors': "'none'", 'default-src': "'self'" });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('has CORS off unless configured', async () => {
    const res = await t.agent().get('/api/health').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers malformed JSON, bad ids and unknown fields without stacks or SQL', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const answers = [
      await admin.post('/api/users').set('content-type', 'application/json').send('{"email": '),
      await admin.patch('/api/users/not-a-uuid').send({ version: 1 }),
      await admin.patch("/api/users/00000000-0000-4000-8000-000000000000").send({ version: 1 }),
      await admin.post('/api/users').send({ email: 'x@test.invalid', displayName: 'X', roles: ['viewer'], regionIds: ["'; DROP TABLE user_account; --"] }),
      await admin.post('/api/users').send({ email: 'x@test.invalid', displayName: 'X', roles: ['viewer'], regionIds: [], isAdmin: true }),
      await admin.get('/api/audit?limit=1e9'),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 400, 404, 400, 400, 400]);
    for (const res of answers) {
      expect(Object.keys(res.body).sort()).toEqual(expect.arrayContaining(['error', 'message', 'statusCode']));
      expect(JSON.stringify(res.body)).not.toMatch(STACK_OR_SQL);
    }
  });

  it('does not reveal the session or password in any answer', async () => {
    const anon = await anonymousAgent(t);
    const res = await anon.post('/api/auth/login').send({ email: 'a@test.invalid', password: 'p4ssw0rd-in-error?' }).expect(401);
    expect(JSON.stringify(res.body)).not.toContain('p4ssw0rd');
  });
});
