#!/usr/bin/env node
// `npm run e2e`: installs chromium if missing, starts Suunta exactly as `npm start` does (embedded
// PostgreSQL in a throw-away data folder, seeded), and runs the browser specs in apps/web-e2e.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { portIsFree } from '../db/embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '../..');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

if (run('bash', [resolve(root, 'tools/scripts/ensure-chromium.sh')]).status !== 0) process.exit(1);

async function freePort(from) {
  let port = from;
  while (!(await portIsFree(port))) port++;
  return port;
}

const port = await freePort(3100);
const pgPort = await freePort(54340);
const dataDir = resolve(root, 'tmp/e2e-data');
rmSync(dataDir, { recursive: true, force: true });
const baseUrl = `http://127.0.0.1:${port}`;

const app = spawn(process.execPath, [resolve(root, 'tools/scripts/start.mjs')], {
  cwd: root,
  env: { ...process.env, PORT: String(port), PG_PORT: String(pgPort), DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const appExited = new Promise((done) => app.on('exit', done));

async function waitForHealth(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) return false;
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

let code = 1;
try {
  if (!(await waitForHealth(240_000))) {
    console.error('Suunta did not become healthy for the browser tests.');
  } else {
    const jest = run(process.execPath, [resolve(root, 'node_modules/jest/bin/jest.js'), '-c', resolve(root, 'apps/web-e2e/jest.config.cts'), '--runInBand'], {
      E2E_BASE_URL: baseUrl,
    });
    code = jest.status ?? 1;
  }
} finally {
  app.kill('SIGTERM');
  await Promise.race([appExited, new Promise((r) => setTimeout(r, 15_000))]);
}
process.exit(code);
