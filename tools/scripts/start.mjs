#!/usr/bin/env node
// `npm start`: one command from a fresh clone to a running Suunta at http://localhost:3000.
// Without DATABASE_URL it runs a real PostgreSQL in DATA_DIR (default .data/) and loads the
// SONet BOTNIA data and demo users; with DATABASE_URL it uses that server and starts none.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { isAlive, portIsFree, startEmbeddedPostgres } from '../db/embedded-postgres.mjs';
import { precompress } from './precompress.mjs';

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(root, process.env.DATA_DIR || '.data');
/** The API's heap ceiling: the same value as the Dockerfile's NODE_OPTIONS. */
const API_NODE_OPTIONS = '--max-old-space-size=256';
const port = Number(process.env.PORT || 3000);
const pgPort = Number(process.env.PG_PORT || 54320);
const log = (m) => console.log(`[suunta] ${m}`);

function fail(message) {
  console.error(`\n[suunta] ${message}\n`);
  process.exit(1);
}

/** One `npm start` per data folder: a second one would fight over the database files. */
function acquireLock() {
  mkdirSync(dataDir, { recursive: true });
  const lock = resolve(dataDir, 'suunta.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      // Removed on every way out: a clean stop, a crash, process.exit anywhere. (Only a SIGKILL
      // skips it; the next start then finds a lock whose process is gone and takes it over.)
      const release = () => {
        try {
          if (Number(readFileSync(lock, 'utf8')) === process.pid) rmSync(lock, { force: true });
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid > 0 && pid !== process.pid && isAlive(pid)) {
        fail(`Suunta is already running from this folder (process ${pid}). Stop it first (Ctrl-C in its terminal, or: kill ${pid}).`);
      }
      rmSync(lock, { force: true }); // left by a run that was killed
    }
  }
  fail(`Could not create the lock file ${lock}.`);
}

/** The API drains for SHUTDOWN_GRACE_SECONDS; after that and this margin it is killed. */
const API_STOP_MARGIN_MS = 5_000;

async function main() {
  const releaseLock = acquireLock();
  if (!(await portIsFree(port))) {
    releaseLock();
    fail(`Port ${port} is already in use: is Suunta already running? Stop it, or choose another port with PORT=3001 npm start.`);
  }

  let pg;
  // eslint-disable-next-line prefer-const -- assigned once, after the build; the signal handlers below read it before that
  let api;
  let stopping = false;
  /**
   * The one way down, whatever started it (Ctrl-C, SIGTERM, the API exiting or crashing, an error
   * here): the API drains its requests in flight first, then PostgreSQL stops, then the lock goes.
   */
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    if (api && api.exitCode === null && api.signalCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      const graceMs = Number(process.env.SHUTDOWN_GRACE_SECONDS || 10) * 1000 + API_STOP_MARGIN_MS;
      const timer = setTimeout(() => {
        log('The API did not stop in time; killing it.');
        api.kill('SIGKILL');
      }, graceMs);
      await exited;
      clearTimeout(timer);
    }
    if (pg) {
      if (pg.isRunning()) log('Stopping PostgreSQL…');
      await pg.stop().catch((error) => log(`PostgreSQL did not stop cleanly: ${error?.message ?? error}`));
    }
    releaseLock();
    process.exit(code);
  };
  let signals = 0;
  const onSignal = (signal) => {
    signals++;
    if (signals === 1) {
      log(`${signal} received: letting requests in flight finish, then stopping…`);
      void shutdown(0);
    } else if (api && api.exitCode === null) {
      log(`${signal} again: stopping the API at once.`);
      api.kill('SIGKILL');
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  process.on('uncaughtException', (error) => {
    console.error('[suunta] Unexpected error:', error);
    void shutdown(1);
  });

  // The API's heap ceiling (NODE_OPTIONS, as in the Dockerfile): V8 collects rather than grows past
  // it, so memory stays bounded under load (issue 16; bench/README.md). Set NODE_OPTIONS to change it.
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, WEB_DIST: resolve(root, 'dist/apps/web/browser'), NODE_OPTIONS: process.env.NODE_OPTIONS ?? API_NODE_OPTIONS };
  if (process.env.DATABASE_URL) {
    log('Using the PostgreSQL server in DATABASE_URL (no embedded server started).');
    env.SEED_DATA ??= 'true';
  } else {
    log(`Starting the embedded PostgreSQL (data in ${resolve(dataDir, 'postgres')}, port ${pgPort})…`);
    try {
      pg = await startEmbeddedPostgres({ dataDir: resolve(dataDir, 'postgres'), port: pgPort, log, ownSignals: true });
      await pg.createDatabase('suunta');
    } catch (error) {
      console.error(`\n[suunta] ${error.message}\n`);
      return shutdown(1);
    }
    env.DATABASE_URL = pg.url('suunta');
    env.SEED_DATA ??= 'true';
    env.SEED_DEMO_USERS ??= 'true';
    // Nothing else backs up the embedded database: the API does, daily, into DATA_DIR/backups.
    env.BACKUP_DAILY ??= 'true';
  }

  if (process.env.SKIP_BUILD !== 'true') {
    log('Building the API and the web app (cached by Nx after the first time)…');
    const build = spawnSync(process.execPath, [resolve(root, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--outputStyle=static'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    });
    if (build.status !== 0) {
      console.error('[suunta] The build failed; see above.');
      return shutdown(1);
    }
    // Brotli and gzip copies beside the web app's files, sent to browsers that accept them
    await precompress(resolve(root, 'dist/apps/web/browser'));
  }
  if (stopping) return;

  // Its own process group: Ctrl-C reaches only this script, which stops the API exactly once
  // (a second signal would make the API skip draining).
  api = spawn(process.execPath, ['--enable-source-maps', resolve(root, 'dist/apps/api/main.js')], { cwd: root, env, stdio: 'inherit', detached: true });
  // Should this script die anyway, the API is told to stop (it drains and exits on its own).
  process.on('exit', () => {
    if (api.exitCode === null && api.signalCode === null) api.kill('SIGTERM');
  });
  api.on('exit', (code, signal) => {
    if (stopping) return;
    log(`The API stopped (${signal ?? `exit code ${code}`}).`);
    void shutdown(code ?? 1);
  });
}

main().catch((error) => {
  console.error(`\n[suunta] ${error?.stack ?? String(error)}\n`);
  process.exit(1);
});
