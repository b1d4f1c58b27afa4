// Measuring helpers for `npm run bench`: HTTP load with autocannon, the SQL an API request runs
// (captured from PostgreSQL's own log) replayed through `pg`, and process memory.
import autocannon from 'autocannon';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import pg from 'pg';

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const round = (x, d = 1) => (Number.isFinite(x) ? +x.toFixed(d) : null);

/** Sequential latency (one request at a time) of `fn`, after `warmup` calls. */
export async function sequential(fn, { warmup = 3, rounds = 30, budgetMs = 15_000 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  const until = performance.now() + budgetMs; // slow routes get fewer rounds (at least 3)
  for (let i = 0; i < rounds && (i < 3 || performance.now() < until); i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

/**
 * `connections` concurrent clients for `seconds` after a warm-up; latencies from autocannon's
 * per-response events (its summary has p97.5 but no p95). Non-2xx answers count as errors.
 */
export async function httpLoad(url, { headers = {}, connections = 20, seconds = 10, warmupSeconds = 3, onSample } = {}) {
  const run = (duration, record) =>
    new Promise((done, fail) => {
      const times = [];
      const instance = autocannon({ url, headers, connections, duration, pipelining: 1 }, (error, result) => (error ? fail(error) : done({ result, times })));
      if (record) instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
    });
  if (warmupSeconds > 0) await run(warmupSeconds, false);
  const sampler = onSample ? setInterval(onSample, 250) : undefined;
  try {
    const { result, times } = await run(seconds, true);
    times.sort((a, b) => a - b);
    return {
      rps: round(result.requests.average, 0),
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      p99: round(percentile(times, 99)),
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
    };
  } finally {
    if (sampler) clearInterval(sampler);
  }
}

/** The same pool pattern for SQL: `connections` clients, each replaying `statements` in a loop. */
export async function sqlLoad(url, statements, { connections = 20, seconds = 10, warmupSeconds = 2 } = {}) {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({ connectionString: url, application_name: 'suunta-bench' });
      c.on('error', () => undefined); // the server stopping at the end must not crash the bench
      await c.connect();
      return c;
    }),
  );
  try {
    const run = async (ms, record) => {
      const times = [];
      const until = performance.now() + ms;
      await Promise.all(
        clients.map(async (c) => {
          while (performance.now() < until) {
            const t0 = performance.now();
            await replay(c, statements);
            if (record) times.push(performance.now() - t0);
          }
        }),
      );
      return times;
    };
    await run(warmupSeconds * 1000, false);
    const times = (await run(seconds * 1000, true)).sort((a, b) => a - b);
    return { rps: round(times.length / seconds, 0), p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

export async function replay(client, statements) {
  for (const s of statements) await client.query(s.text, s.params);
}

/** Every server log record starts with this (log_line_prefix), so records can be split reliably. */
export const LOG_MARK = '@@suunta-bench@@';

/**
 * PostgreSQL's own statement log: the bench starts the server with
 * `log_line_prefix = '@@suunta-bench@@%a|'` and keeps its stderr (`append`). With
 * log_min_duration_statement = 0 switched on for one request, every statement the API ran is
 * logged with its parameters; those are replayed as "the SQL of the same result".
 */
export class SqlCapture {
  #text = '';

  constructor(admin) {
    this.admin = admin;
  }

  append = (chunk) => {
    if (this.recording) this.#text += chunk;
  };

  /** Runs `fn` with statement logging on; returns the API's statements (not the bench's own, not session/auth). */
  async capture(fn) {
    await this.admin.query(`ALTER SYSTEM SET log_min_duration_statement = 0`);
    await this.admin.query(`SELECT pg_reload_conf()`);
    await sleep(300);
    this.#text = '';
    this.recording = true;
    try {
      await fn();
      await sleep(500);
    } finally {
      this.recording = false;
      await this.admin.query(`ALTER SYSTEM RESET log_min_duration_statement`);
      await this.admin.query(`SELECT pg_reload_conf()`);
    }
    const records = this.#text.split(LOG_MARK).slice(1);
    const all = [];
    for (let i = 0; i < records.length; i++) {
      const rec = /^([^|]*)\|(\w+): {2}([\s\S]*)$/.exec(records[i]);
      if (!rec || rec[1] === 'suunta-bench' || rec[2] !== 'LOG') continue;
      const m = /^duration: ([\d.]+) ms {2}(?:execute [^:]*|statement): ([\s\S]*)$/.exec(rec[3].trimEnd());
      if (!m) continue;
      const next = /^[^|]*\|DETAIL: {2}([\s\S]*)$/.exec(records[i + 1] ?? '');
      all.push({ text: m[2], params: parseParams(next?.[1]?.trimEnd()), serverMs: Number(m[1]) });
    }
    const isSession = (s) => /\b(user_session|user_account|login_attempt|user_region)\b/i.test(s.text);
    const isControl = (s) => /^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET |SAVEPOINT|RELEASE|SHOW )/i.test(s.text);
    const statements = all.filter((s) => !isSession(s) && !isControl(s));
    return { statements, all: all.length, sessionStatements: all.filter(isSession).length, serverMs: round(statements.reduce((a, s) => a + s.serverMs, 0), 2) };
  }
}

/** `Parameters: $1 = 'a', $2 = NULL, $3 = 'it''s'` → ['a', null, "it's"]. */
function parseParams(detail) {
  if (!detail?.startsWith('Parameters: ')) return [];
  const params = [];
  const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')/g;
  let m;
  while ((m = re.exec(detail))) params[Number(m[1]) - 1] = m[2] === 'NULL' ? null : m[3].replace(/''/g, "'");
  return params;
}

/** Resident memory (MB) of a process. */
export function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024, 0);
  } catch {
    return null;
  }
}

/** The first descendant of `pid` whose command line matches `pattern` (the API under start.mjs). */
export function findDescendant(pid, pattern) {
  return descendants(pid).find((c) => pattern.test(commandLine(c)?.replace(/\0/g, ' ') ?? ''));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A process's command line, its arguments separated by NUL; null once it is gone. */
function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

/** Every descendant of `pid` (children's children too), nearest first. */
function descendants(pid) {
  const found = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    try {
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)) {
          found.push(c);
          queue.push(c);
        }
      }
    } catch {
      // gone
    }
  }
  return found;
}

/** User + system CPU a process has used, in ms (Linux clock ticks of 10 ms); null once it is gone. */
function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Chromium's process kind from its command line: browser, renderer, gpu-process, utility… */
function chromiumKind(pid) {
  const cmd = commandLine(pid);
  if (!cmd || !/chrom/i.test(cmd.split('\0')[0])) return null;
  return /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
}

/**
 * What the machine's CPU did between two points (Linux /proc; null elsewhere): `start()` before,
 * `stop()` after, which answers how busy all cores were (percent of all of them), and the CPU ms
 * of this script's Chromium processes by kind and of the API process.
 */
export function cpuWindow(apiPid) {
  if (!existsSync('/proc/stat')) return null;
  const machine = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
    return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) };
  };
  const processes = () => {
    const byPid = new Map();
    for (const pid of descendants(process.pid)) {
      const kind = chromiumKind(pid);
      if (kind) byPid.set(pid, { kind, ms: processCpuMs(pid) ?? 0 });
    }
    if (apiPid) byPid.set(apiPid, { kind: 'api', ms: processCpuMs(apiPid) ?? 0 });
    return byPid;
  };
  let before;
  return {
    start() {
      before = { machine: machine(), processes: processes() };
    },
    stop() {
      const after = { machine: machine(), processes: processes() };
      const ticks = after.machine.total - before.machine.total;
      const busy = ticks - (after.machine.idle - before.machine.idle);
      const ms = {};
      for (const [pid, { kind, ms: used }] of after.processes) {
        ms[kind] = (ms[kind] ?? 0) + used - (before.processes.get(pid)?.ms ?? 0);
      }
      return { busyPct: ticks > 0 ? round((100 * busy) / ticks, 0) : null, ms };
    },
  };
}
