// Starts Suunta exactly as `npm start` does (embedded PostgreSQL, seeded) in a throw-away data
// folder on free ports, for the browser tests and the benchmarks.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { portIsFree } from '../../db/embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '../../..');

export async function freePort(from) {
  let port = from;
  while (!(await portIsFree(port))) port++;
  return port;
}

/**
 * @returns {Promise<{ baseUrl: string, stop: () => Promise<void>, pid: number }>} pid: the start.mjs process (the API is its child)
 * The wait includes the production build that start.mjs runs first (minutes on a busy 2-core
 * machine); a start that fails ends it at once, since the process exits.
 */
export async function launchSuunta({ name, portFrom = 3100, pgPortFrom = 54340, timeoutMs = 600_000, env = {} }) {
  const port = await freePort(portFrom);
  const pgPort = await freePort(pgPortFrom);
  const dataDir = resolve(root, `tmp/${name}-data`);
  rmSync(dataDir, { recursive: true, force: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [resolve(root, 'tools/scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PG_PORT: String(pgPort), DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((done) => app.on('exit', done));
  // start.mjs drains the API (SHUTDOWN_GRACE_SECONDS, 10 s by default), stops PostgreSQL and
  // removes its lock; only if that overruns is it killed (its next start recovers from that).
  const stop = async () => {
    if (app.exitCode === null) app.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 25_000))]);
    if (!stopped && app.exitCode === null) app.kill('SIGKILL');
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && app.exitCode === null) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, stop, pid: app.pid };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error('Suunta did not become healthy');
}

/** Signs in through the real login endpoint; returns a fetch that carries the session and XSRF token. */
export async function signedInFetch(baseUrl, email, password) {
  const jar = new Map();
  const remember = (res) => {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [k, ...v] = pair.split('=');
      jar.set(k.trim(), v.join('='));
    }
  };
  const call = async (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    if (jar.has('XSRF-TOKEN')) headers.set('x-xsrf-token', decodeURIComponent(jar.get('XSRF-TOKEN')));
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    const res = await fetch(`${baseUrl}${path}`, { ...init, headers });
    remember(res);
    return res;
  };
  /** The session's Cookie header, for load generators that do not keep a jar. */
  call.cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  await call('/api/auth/me');
  const login = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`Login as ${email} failed: ${login.status} ${await login.text()}`);
  return call;
}
