import { createTestDatabase, createTestUser, TestApp } from '@suunta/api-testing';
import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Pool } from 'pg';
import { CookieBrowser } from './support/cookie-browser';
import { SmtpSink } from './support/smtp-sink';
import { waitUntil } from './support/wait-until';

/**
 * Two API processes on one database, as behind a load balancer: a session made on one works on
 * the other; jobs enqueued on either are delivered exactly once; and when one process is killed
 * in the middle of sending, its job is taken over by the other — nothing is lost.
 */
const ROOT = resolve(__dirname, '../../..');

interface ApiProcess {
  url: string;
  child: ChildProcess;
  log: string[];
}

async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'support/api-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.app.json'), TS_NODE_BASEURL: ROOT, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolvePort, reject) => {
    lines.on('line', (line) => {
      log.push(line);
      if (line.startsWith('{"port"')) resolvePort((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`API process exited (${code}):\n${log.join('\n')}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, log };
}

function stop(api: ApiProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((done) => {
    if (api.child.exitCode !== null || api.child.signalCode !== null) return done();
    api.child.once('exit', () => done());
    api.child.kill(signal);
  });
}


/** Mails the process logged as sent, by job id. */
function sentJobIds(api: ApiProcess): string[] {
  return api.log.flatMap((line) => [...line.matchAll(/Mail invitation sent \(job ([0-9a-f-]{36})/g)].map((m) => m[1]));
}

describe('two API processes on one database', () => {
  jest.setTimeout(240_000);
  const smtp = new SmtpSink();
  let db: { url: string; drop: () => Promise<void> };
  let pool: Pool;
  let a: ApiProcess;
  let b: ApiProcess;
  let admin: CookieBrowser;
  let xsrf: string;

  async function invite(api: ApiProcess, email: string): Promise<void> {
    const res = await admin.request(`${api.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-XSRF-TOKEN': xsrf },
      body: JSON.stringify({ email, displayName: email.split('@')[0], roles: ['viewer'], regionIds: [] }),
    });
    expect(res.status).toBe(201);
  }

  beforeAll(async () => {
    await smtp.start();
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, SMTP_URL: smtp.url, JOB_RETRY_DELAY_SECONDS: '1', JOB_TIMEOUT_SECONDS: '6', PUBLIC_URL: 'https://suunta.test.invalid' };
    // One after the other: the first start applies the migrations.
    a = await startApi(env);
    b = await startApi(env);
    pool = new Pool({ connectionString: db.url, max: 2 });
    const fixtures = { dataSource: { query: (sql: string, params?: unknown[]) => pool.query(sql, params).then((r) => r.rows) }, env: { SEED_DATA_DIR: join(ROOT, 'tools/seed-data') } };
    const user = await createTestUser(fixtures as unknown as TestApp, { role: 'admin' });
    admin = new CookieBrowser();
    await admin.request(`${a.url}/api/health`);
    const login = await admin.request(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(admin.cookie(a.url, 'XSRF-TOKEN') ?? '') },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(login.status).toBe(200);
    xsrf = decodeURIComponent(admin.cookie(a.url, 'XSRF-TOKEN') ?? '');
  });

  afterAll(async () => {
    for (const api of [a, b]) if (api) await stop(api, 'SIGTERM');
    await pool?.end();
    await db?.drop();
    await smtp.stop();
  });

  it('accepts on process B the session made on process A (both listen on 127.0.0.1, so the cookie goes to both)', async () => {
    const me = await admin.request(`${b.url}/api/auth/me`);
    expect(me.status).toBe(200);
    // …and a write on B with the CSRF token bound to the session on A.
    await invite(b, 'session.check@test.invalid');
  });

  it('delivers jobs enqueued on both processes exactly once', async () => {
    const emails = Array.from({ length: 16 }, (_, i) => `once-${i}@test.invalid`);
    for (const [i, email] of emails.entries()) await invite(i % 2 === 0 ? a : b, email);
    await waitUntil('every invitation', () => emails.every((e) => smtp.to(e).length > 0), 60_000);
    await new Promise((r) => setTimeout(r, 3000)); // time for any duplicate to show up
    expect(emails.map((e) => smtp.to(e).length)).toEqual(emails.map(() => 1));
    const byA = sentJobIds(a);
    const byB = sentJobIds(b);
    expect(byA.filter((id) => byB.includes(id))).toEqual([]);
    const [{ n }] = (await pool.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail-send' AND state = 'completed'`)).rows;
    expect(n).toBe(byA.length + byB.length);
  });

  it('loses no job when a process is killed while sending', async () => {
    smtp.delayMs = 2500; // a slow mail server: both processes are mid-send at once
    const emails = Array.from({ length: 6 }, (_, i) => `killed-${i}@test.invalid`);
    for (const email of emails) await invite(b, email);
    await waitUntil('both processes sending at once', () => smtp.open.size >= 2, 30_000);
    await stop(a, 'SIGKILL'); // no graceful shutdown: its job stays "active" until the timeout
    smtp.delayMs = 0;
    await waitUntil('every invitation after the kill', () => emails.every((e) => smtp.to(e).length > 0), 120_000);
    expect(emails.map((e) => smtp.to(e).length)).toEqual(emails.map(() => 1));
    const retried = (await pool.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail-send' AND data->>'to' LIKE 'killed-%' AND retry_count > 0`)).rows[0].n;
    expect(retried).toBeGreaterThanOrEqual(1); // the job A held was handed over after JOB_TIMEOUT_SECONDS
  });
});
