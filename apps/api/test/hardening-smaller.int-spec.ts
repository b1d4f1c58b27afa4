import { createTestApp, ensureOrganization, loginAs, signIn, TestApp, TestOrganization } from '@suunta/api-testing';
import type { AnnualReportDto } from '@suunta/shared-domain';
import { connect, Socket } from 'node:net';
import { AppModule } from '../src/app/app.module';
import { listen } from './hardening/http-probe';
import { strategyWithPlans } from './reports-fixtures';

/** Finding 7: prototype keys, Markdown links, password typos, cache and permission headers, keep-alive. */
describe('hardening: the smaller findings', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
  });
  afterAll(() => t.close());

  it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key is a 400 naming the field, like any unknown field', async (key) => {
    const management = await signIn(t, { role: 'management' });
    const res = await management.post('/api/strategies').set('content-type', 'application/json').send(`{"title":"Strategia","${key}":{"isAdmin":true}}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', errors: [{ field: key, code: 'not_allowed', message: `${key} is not an allowed field` }] });
  });

  it('the Markdown export writes javascript:, data: and vbscript: links as inert text', async () => {
    const year = 2033;
    await strategyWithPlans(t, org, year, ['KP']);
    const planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    const report: AnnualReportDto = (await planner.post('/api/annual-reports').send({ regionId: org.regions['KP'], year }).expect(201)).body;
    const section = report.sections[0];
    const body = 'Katso [tästä](javascript:alert(1)) ja [kuva](data:text/html;base64,PHNjcmlwdD4=) ja [vb](vbscript:msgbox) sekä [sivu](https://example.fi/a).\n\n[ref]: javascript:alert(2)';
    await planner.put(`/api/annual-reports/${report.id}/sections/${section.id}`).send({ version: section.version, body }).expect(200);
    const md = (await planner.get(`/api/annual-reports/${report.id}/export?format=md`).expect(200)).text;
    // No Markdown link or link definition may point anywhere but http(s)/mailto.
    // An escaped bracket (`\]`) is text, not link syntax.
    const targets = [...md.matchAll(/(?<!\\)\]\(([^)]*)\)|^\s*\[[^\]]+(?<!\\)\]:\s*(\S+)/gm)].map((m) => m[1] ?? m[2]);
    expect(targets.filter((target) => !/^(https?:|mailto:)/i.test(target))).toEqual([]);
    expect(md).toContain('[sivu](https://example.fi/a)');
    expect(md).toContain('\\[tästä\\](javascript:alert(1)');
  });

  it('wrong current passwords do not lock the user out of signing in, but are throttled on their own', async () => {
    const user = await signIn(t, { role: 'viewer' });
    for (let i = 0; i < 5; i++) {
      const res = await user.post('/api/auth/password').send({ currentPassword: `typo-${i}`, newPassword: 'Uusi-salasana-2026!' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'wrong_current_password' })]);
    }
    const sixth = await user.post('/api/auth/password').send({ currentPassword: 'typo-6', newPassword: 'Uusi-salasana-2026!' });
    expect(sixth.status).toBe(429);
    expect(sixth.body).toMatchObject({ code: 'too_many_password_attempts', params: { minutes: expect.any(Number) } });
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    // Signing in still works: the typos were not failed sign-ins.
    await expect(loginAs(t, user.email, user.password)).resolves.toMatchObject({ email: user.email });
  });

  it('authenticated JSON answers carry Cache-Control: no-store; every answer carries a Permissions-Policy', async () => {
    const viewer = await signIn(t, { role: 'viewer' });
    const me = await viewer.get('/api/auth/me').expect(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.headers['permissions-policy']).toMatch(/camera=\(\)/);
    const error = await viewer.get('/api/no-such-route').expect(404);
    expect(error.headers['cache-control']).toBe('no-store');
    expect((await t.agent().get('/api/health')).headers['permissions-policy']).toMatch(/geolocation=\(\)/);
  });

  it('keeps an idle keep-alive connection open longer than client pools do (no socket hang-up when a round begins)', async () => {
    const base = new URL(await listen(t.app));
    const socket: Socket = connect(Number(base.port), base.hostname);
    let closedAt: number | null = null;
    socket.on('close', () => (closedAt = Date.now()));
    const ask = () =>
      new Promise<string>((resolve) => {
        let data = '';
        const onData = (chunk: Buffer) => {
          data += chunk.toString();
          if (/\r\n\r\n[\s\S]*\}$/.test(data)) {
            socket.off('data', onData);
            resolve(data);
          }
        };
        socket.on('data', onData);
        socket.write(`GET /api/health HTTP/1.1\r\nHost: ${base.host}\r\nConnection: keep-alive\r\n\r\n`);
      });
    expect(await ask()).toMatch(/^HTTP\/1.1 200/);
    // Node's default keep-alive timeout is 5 s: the server used to close the socket here while a
    // client pool (often 15–60 s idle) still counted on it.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(closedAt).toBeNull();
    expect(await ask()).toMatch(/^HTTP\/1.1 200/);
    socket.destroy();
    const server = t.app.getHttpServer();
    expect(server.keepAliveTimeout).toBeGreaterThanOrEqual(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  }, 20_000);
});
