#!/usr/bin/env node
// The operator's command line: `npm run db:backup`, `npm run db:restore -- <file>`, `npm run org -- …`.
// Finds the database like `npm start` does: DATABASE_URL when set; otherwise the embedded
// PostgreSQL in DATA_DIR/postgres — the running one of `npm start` (its port is in postmaster.pid),
// or, when Suunta is stopped, a server started just for this command. Then it runs the API's
// command-line entry (dist/apps/api/cli.js, built with the API and cached by Nx).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isAlive, portIsFree, startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(root, process.env.DATA_DIR || '.data');
const pgDir = resolve(dataDir, 'postgres');
const args = process.argv.slice(2);
const log = (m) => console.error(`[suunta] ${m}`);

function fail(message) {
  console.error(`[suunta] ${message}`);
  process.exit(1);
}

/** The port of the embedded server running on pgDir, from postmaster.pid (line 4), or null. */
function runningEmbeddedPort() {
  const pidFile = resolve(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid > 0 && isAlive(pid) && port > 0 ? port : null;
}

/** While this command runs its own embedded server, `npm start` must not start (it would stop ours). */
function acquireStartLock() {
  mkdirSync(dataDir, { recursive: true });
  const lock = resolve(dataDir, 'suunta.pid');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid > 0 && isAlive(pid)) fail(`Suunta is starting or stopping (process ${pid}); try again in a moment.`);
    rmSync(lock, { force: true });
  }
  const fd = openSync(lock, 'wx');
  writeSync(fd, String(process.pid));
  closeSync(fd);
  return () => rmSync(lock, { force: true });
}

async function main() {
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL || 'warn', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
  let pg;
  let releaseLock = () => undefined;
  if (!process.env.DATABASE_URL) {
    const port = runningEmbeddedPort();
    if (port) {
      env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/suunta`;
    } else {
      const isRestore = args[0] === 'restore';
      if (!existsSync(resolve(pgDir, 'PG_VERSION')) && !isRestore) {
        fail(`There is no database in ${pgDir} yet: run npm start once, or set DATABASE_URL.`);
      }
      releaseLock = acquireStartLock();
      let pgPort = Number(process.env.PG_PORT || 54320);
      while (!(await portIsFree(pgPort))) pgPort++;
      log(`Suunta is not running: starting its PostgreSQL for this command (port ${pgPort})…`);
      try {
        pg = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, log });
        await pg.createDatabase('suunta');
      } catch (error) {
        releaseLock();
        fail(error.message);
      }
      env.DATABASE_URL = pg.url('suunta');
    }
  }

  let code = 1;
  try {
    if (process.env.SKIP_BUILD !== 'true') {
      log('Building the API command line (cached by Nx after the first time)…');
      const build = spawnSync(process.execPath, [resolve(root, 'node_modules/nx/dist/bin/nx.js'), 'run', 'api:build:production', '--outputStyle=static'], { cwd: root, env, encoding: 'utf8' });
      if (build.status !== 0) {
        console.error(build.stdout, build.stderr);
        throw new Error('The build failed; see above.');
      }
    }
    // From the caller's folder (npm sets INIT_CWD), so a relative backup path means what they typed.
    const cli = spawn(process.execPath, ['--enable-source-maps', resolve(root, 'dist/apps/api/cli.js'), ...args], { cwd: process.env.INIT_CWD || process.cwd(), env, stdio: 'inherit' });
    code = await new Promise((done) => cli.on('exit', (c, signal) => done(c ?? (signal ? 1 : 0))));
  } catch (error) {
    log(error.message);
  } finally {
    if (pg) await pg.stop().catch(() => undefined);
    releaseLock();
  }
  process.exit(code);
}

main().catch((error) => fail(error?.stack ?? String(error)));
