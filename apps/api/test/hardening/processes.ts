import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(__dirname, '../../../..');
export const BUILT_API = resolve(ROOT, 'dist/apps/api/main.js');

/** A port nobody listens on (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The dedicated PostgreSQL of apps/api/test/hardening/pg-server.mjs, driven over stdin/stdout. */
export interface PgServer {
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  quit(): Promise<void>;
}

export async function startPgServer(name: string): Promise<PgServer> {
  const port = await freePort();
  const dataDir = resolve(ROOT, `tmp/${name}-${process.pid}`);
  const child = spawn(process.execPath, [resolve(__dirname, 'pg-server.mjs'), dataDir, String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiters: ((event: { event: string; url?: string; adminUrl?: string; message?: string }) => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      const event = JSON.parse(line);
      waiters.shift()?.(event);
    } catch {
      // not ours
    }
  });
  const next = (expected: string) =>
    new Promise<{ url?: string; adminUrl?: string }>((ok, fail) =>
      waiters.push((e) => (e.event === expected ? ok(e) : fail(new Error(`pg-server: expected ${expected}, got ${JSON.stringify(e)}`)))),
    );
  const started = await next('started');
  const exited = new Promise((r) => child.once('exit', r));
  return {
    url: started.url!,
    adminUrl: started.adminUrl!,
    stop: async () => {
      const done = next('stopped');
      child.stdin!.write('stop\n');
      await done;
    },
    start: async () => {
      const done = next('started');
      child.stdin!.write('start\n');
      await done;
    },
    quit: async () => {
      child.stdin!.end();
      await Promise.race([exited, sleep(15_000)]);
    },
  };
}

/** Starts the built API (`node dist/apps/api/main.js`) and waits until /api/health answers 200. */
export async function startBuiltApi(env: Record<string, string>): Promise<{ base: string; child: ChildProcess; exited: Promise<number | null>; output: () => string }> {
  if (!existsSync(BUILT_API)) throw new Error(`${BUILT_API} is missing: the integration target builds the API first (nx run api:integration)`);
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [BUILT_API], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: String(port), SEED_DATA: 'false', SEED_DEMO_USERS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child, exited, output: () => output };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`The built API did not become healthy:\n${output}`);
}

export type Call = (path: string, init?: RequestInit) => Promise<Response>;

/** Signs in through the real login endpoint; the returned fetch carries the session and XSRF token. */
export async function signedInFetch(base: string, email: string, password: string): Promise<Call> {
  const jar = new Map<string, string>();
  const call: Call = async (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const xsrf = jar.get('XSRF-TOKEN');
    if (xsrf) headers.set('x-xsrf-token', decodeURIComponent(xsrf));
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    const res = await fetch(`${base}${path}`, { ...init, headers });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
    return res;
  };
  await call('/api/health');
  const login = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`Login as ${email} failed: ${login.status} ${await login.text()}`);
  return call;
}

export const DEMO_PASSWORD = 'Suunta-demo-2025';
