import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILT_API, freePort, ROOT, sleep } from './hardening/processes';

/**
 * Finding 6: `npm start` (tools/scripts/start.mjs) left its `.data/suunta.pid` lock behind after a
 * SIGINT sent to it alone, and hung ~8 s when PostgreSQL had died first. The lock is now removed on
 * every exit path and a dead PostgreSQL is not waited for.
 */
describe('hardening: npm start stops cleanly on every path', () => {
  const dataDir = resolve(ROOT, `tmp/start-shutdown-${process.pid}`);
  const lock = resolve(dataDir, 'suunta.pid');
  const postmasterPid = () => Number(readFileSync(resolve(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0]);
  let child: ChildProcess | undefined;

  beforeAll(() => {
    if (!existsSync(BUILT_API)) throw new Error(`${BUILT_API} is missing: the integration target builds the API first`);
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(): Promise<{ exited: Promise<number | null>; output: () => string }> {
    const port = await freePort();
    let output = '';
    child = spawn(process.execPath, [resolve(ROOT, 'tools/scripts/start.mjs')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), PG_PORT: String(await freePort()), DATA_DIR: dataDir, DATABASE_URL: '', SKIP_BUILD: 'true', SEED_DATA: 'false', SEED_DEMO_USERS: 'false', LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'Hardening-admin-2026!' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { exited, output: () => output };
      } catch {
        // not up yet
      }
      await sleep(250);
    }
    throw new Error(`start.mjs did not come up:\n${output}`);
  }

  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('a SIGINT to start.mjs alone stops the API and PostgreSQL and removes the lock', async () => {
    const run = await start();
    expect(Number(readFileSync(lock, 'utf8'))).toBe(child!.pid);
    const pgPid = postmasterPid();
    child!.kill('SIGINT');
    const code = await run.exited;
    expect(code).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect(alive(pgPid)).toBe(false);
  }, 150_000);

  it('stopping after PostgreSQL died does not hang, and removes the lock', async () => {
    const run = await start();
    const pgPid = postmasterPid();
    process.kill(pgPid, 'SIGKILL');
    for (let i = 0; i < 50 && alive(pgPid); i++) await sleep(100);
    const stoppedAt = Date.now();
    child!.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const tookMs = Date.now() - stoppedAt;
    console.log(`stop after PostgreSQL died: ${tookMs} ms`);
    // Before the fix this waited ~8 s on a PostgreSQL that was already gone.
    expect(tookMs).toBeLessThan(5_000);
    expect(existsSync(lock)).toBe(false);
  }, 150_000);

  it('the lock goes when the API crashes too', async () => {
    const run = await start();
    const pgPid = postmasterPid();
    process.kill(findChild(child!.pid!, 'main.js'), 'SIGKILL');
    expect(await run.exited).toBe(1);
    expect(alive(pgPid)).toBe(false);
    expect(existsSync(lock)).toBe(false);
  }, 150_000);
});

/** The pid of the direct child of `parent` whose command line contains `needle` (Linux /proc). */
function findChild(parent: number, needle: string): number {
  const children = readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim().split(/\s+/).map(Number);
  const match = children.find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle));
  if (!match) throw new Error(`no child of ${parent} runs ${needle}`);
  return match;
}
