import { createTestApp, createTestUser, signIn, SignedInAgent, TestApp } from '@suunta/api-testing';
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AppModule } from '../src/app/app.module';
import { CookieBrowser } from './support/cookie-browser';

/**
 * Single sign-on against a REAL OpenID provider (oidc-provider, in a child process) through HTTP
 * redirects, as a browser would: sign-in by verified e-mail, a wrong audience, a wrong nonce and
 * an unverified e-mail refused, just-in-time creation only when on, disabled users refused, logout.
 */
const CLIENT_ID = 'suunta-test';
const CLIENT_SECRET = 'provider-shared-secret-9f2c';
const DOMAIN = 'sso-kunta.test';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startProvider(suuntaUrl: string): Promise<{ issuer: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, 'support/oidc-provider.mjs')], {
    env: { ...process.env, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI: `${suuntaUrl}/api/auth/sso/callback`, POST_LOGOUT_URI: `${suuntaUrl}/login` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`OpenID provider exited (${code}): ${stderr}`)));
  });
  return { issuer: (JSON.parse(line) as { issuer: string }).issuer, process: child };
}

describe('single sign-on with a real OpenID provider', () => {
  let t: TestApp;
  let suunta: string;
  let provider: { issuer: string; process: ChildProcess };
  let admin: SignedInAgent;

  /** Starts at Suunta, lets the provider sign `email` in, and answers where Suunta's callback sends the browser. */
  async function ssoSignIn(browser: CookieBrowser, email: string, tamper?: (authorizationUrl: URL) => void): Promise<string> {
    const start = await browser.request(`${suunta}/api/auth/sso/start?email=${encodeURIComponent(email)}`);
    expect(start.status).toBe(302);
    const authorizationUrl = new URL(start.headers.get('location') ?? '', suunta);
    if (!authorizationUrl.href.startsWith(provider.issuer)) {
      return authorizationUrl.pathname + authorizationUrl.search; // refused before the provider
    }
    tamper?.(authorizationUrl);
    const atCallback = await browser.follow(authorizationUrl.href, (next) => next.href.startsWith(`${suunta}/api/auth/sso/callback`));
    const callback = await browser.request(atCallback.url.href);
    expect(callback.status).toBe(302);
    return callback.headers.get('location') ?? '';
  }

  async function lastFailure(): Promise<{ reason: string; detail: string }> {
    const [row] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'login_failed' ORDER BY at DESC, id DESC LIMIT 1`);
    return row.after;
  }

  async function me(browser: CookieBrowser): Promise<{ status: number; body: { email?: string; roles?: string[] } }> {
    const res = await browser.request(`${suunta}/api/auth/me`);
    return { status: res.status, body: res.status === 200 ? await res.json() : {} };
  }

  beforeAll(async () => {
    const port = await freePort();
    suunta = `http://127.0.0.1:${port}`;
    t = await createTestApp((env) => AppModule.register(env), { PUBLIC_URL: suunta });
    await t.app.listen(port, '127.0.0.1');
    provider = await startProvider(suunta);
    admin = await signIn(t, { role: 'admin' });
    await admin
      .put('/api/admin/sso')
      .send({ enabled: true, issuer: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, emailDomains: [DOMAIN.toUpperCase()], justInTime: false })
      .expect(200);
  }, 120_000); // boots the app and a provider process; slow on a loaded machine
  afterAll(async () => {
    provider?.process.kill('SIGTERM');
    await t?.close();
  });

  it('never returns the client secret to the admin', async () => {
    const res = await admin.get('/api/admin/sso').expect(200);
    expect(res.body.provider).toEqual(expect.objectContaining({ issuer: provider.issuer, clientId: CLIENT_ID, hasClientSecret: true, emailDomains: [DOMAIN], justInTime: false }));
    expect(res.body.redirectUri).toBe(`${suunta}/api/auth/sso/callback`);
    expect(JSON.stringify(res.body)).not.toContain(CLIENT_SECRET);
  });

  it('signs a known user in by verified e-mail, with a session like a password sign-in', async () => {
    const user = await createTestUser(t, { role: 'planner', regionCodes: ['KP'], email: `liisa@${DOMAIN}` });
    const browser = new CookieBrowser();
    expect(await ssoSignIn(browser, user.email)).toBe('/');
    const session = await me(browser);
    expect(session.status).toBe(200);
    expect(session.body).toEqual(expect.objectContaining({ email: user.email, roles: ['planner'] }));
    expect(browser.cookie(suunta, 'XSRF-TOKEN')).toBeTruthy();
    const [login] = await t.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'login'`, [user.id]);
    expect(login.after).toEqual({ method: 'sso', issuer: provider.issuer });
  });

  it('refuses a callback replayed after use', async () => {
    await createTestUser(t, { role: 'viewer', email: `replay@${DOMAIN}` });
    const browser = new CookieBrowser();
    const start = await browser.request(`${suunta}/api/auth/sso/start?email=replay@${DOMAIN}`);
    const atCallback = await browser.follow(start.headers.get('location') ?? '', (next) => next.href.startsWith(`${suunta}/api/auth/sso/callback`));
    const first = await browser.request(atCallback.url.href);
    expect(first.headers.get('location')).toBe('/');
    const attacker = new CookieBrowser();
    const replay = await attacker.request(atCallback.url.href);
    expect(replay.headers.get('location')).toBe('/login?sso=failed');
    expect((await me(attacker)).status).toBe(401);
  });

  it('refuses an ID token issued to another client (wrong audience)', async () => {
    await createTestUser(t, { role: 'viewer', email: `aud@${DOMAIN}` });
    await fetch(`${provider.issuer}/__test/mode?value=wrong-audience`, { method: 'POST' });
    try {
      const browser = new CookieBrowser();
      expect(await ssoSignIn(browser, `aud@${DOMAIN}`)).toBe('/login?sso=failed');
      expect((await me(browser)).status).toBe(401);
    } finally {
      await fetch(`${provider.issuer}/__test/mode?value=normal`, { method: 'POST' });
    }
    expect(await lastFailure()).toEqual(expect.objectContaining({ reason: 'failed', detail: expect.stringContaining('(claim aud)') }));
  });

  it('refuses an ID token with a nonce other than the one Suunta sent', async () => {
    await createTestUser(t, { role: 'viewer', email: `nonce@${DOMAIN}` });
    const browser = new CookieBrowser();
    const target = await ssoSignIn(browser, `nonce@${DOMAIN}`, (url) => url.searchParams.set('nonce', 'a-nonce-suunta-never-issued'));
    expect(target).toBe('/login?sso=failed');
    expect((await me(browser)).status).toBe(401);
    expect(await lastFailure()).toEqual(expect.objectContaining({ reason: 'failed', detail: expect.stringContaining('(claim nonce)') }));
  });

  it('refuses an e-mail the provider has not verified', async () => {
    await createTestUser(t, { role: 'viewer', email: `unverified.olli@${DOMAIN}` });
    const browser = new CookieBrowser();
    expect(await ssoSignIn(browser, `unverified.olli@${DOMAIN}`)).toBe('/login?sso=unverified_email');
    expect((await me(browser)).status).toBe(401);
  });

  it('refuses a disabled account', async () => {
    await createTestUser(t, { role: 'viewer', email: `poissa@${DOMAIN}`, status: 'disabled' });
    expect(await ssoSignIn(new CookieBrowser(), `poissa@${DOMAIN}`)).toBe('/login?sso=disabled');
  });

  it('creates unknown users only when just-in-time creation is on, as viewers', async () => {
    const email = `uusi.kayttaja@${DOMAIN}`;
    expect(await ssoSignIn(new CookieBrowser(), email)).toBe('/login?sso=no_account');
    expect(await t.dataSource.query(`SELECT 1 FROM user_account WHERE email = $1`, [email])).toEqual([]);

    const { body } = await admin.get('/api/admin/sso').expect(200);
    const { hasClientSecret: _stored, ...settings } = body.provider;
    await admin.put('/api/admin/sso').send({ ...settings, justInTime: true }).expect(200);
    const browser = new CookieBrowser();
    expect(await ssoSignIn(browser, email)).toBe('/');
    expect((await me(browser)).body).toEqual(expect.objectContaining({ email, roles: ['viewer'] }));
  });

  it('sends an address outside the configured domains back to the login page', async () => {
    expect(await ssoSignIn(new CookieBrowser(), 'someone@other-domain.test')).toBe('/login?sso=no_provider');
  });

  it('logs out locally and offers the provider’s logout', async () => {
    const user = await createTestUser(t, { role: 'viewer', email: `lahtija@${DOMAIN}` });
    const browser = new CookieBrowser();
    expect(await ssoSignIn(browser, user.email)).toBe('/');
    const logoutUrl = await (await browser.request(`${suunta}/api/auth/sso/logout-url`)).json();
    const endSession = new URL(logoutUrl.url);
    expect(endSession.href.startsWith(`${provider.issuer}/session/end`)).toBe(true);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${suunta}/login`);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();

    const xsrf = decodeURIComponent(browser.cookie(suunta, 'XSRF-TOKEN') ?? '');
    const logout = await browser.request(`${suunta}/api/auth/logout`, { method: 'POST', headers: { 'X-XSRF-TOKEN': xsrf, 'content-type': 'application/json' }, body: '{}' });
    expect(logout.status).toBe(204);
    expect((await me(browser)).status).toBe(401);
    // The provider accepts the hint it issued (it shows its logout confirmation).
    const atProvider = await browser.request(endSession.href);
    expect(atProvider.status).toBe(200);
  });
});
