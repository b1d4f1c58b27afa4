#!/usr/bin/env node
// `npm run bench`: Suunta at a decade of data, measured from outside on loopback.
//
//  1. A throw-away PostgreSQL (embedded, tmp/bench-run/) with a JSON server log; a fresh database,
//     migrated and seeded (SONet BOTNIA + demo users) by starting the app against it.
//  2. The data set generated in SQL (tools/bench/generate.mjs): 10 organizations × 3 regions ×
//     10 years, 60 criteria and 150 actions per plan, 1M progress entries, a survey per region and
//     year. BENCH_SCALE=0.1 generates a tenth of the entries; BENCH_SEED changes the data.
//  3. For the biggest organization, signed in as its admin: each read endpoint sequentially (p50)
//     and with 20 autocannon connections (req/s, p50, p95) after a warm-up; the SQL the API ran for
//     it (captured from PostgreSQL's log) replayed through `pg` the same ways; the ratio API / SQL.
//  4. The health probes; API memory idle and under load; the web's initial JS and time to the
//     board's first chart (headless Chromium, median of 5).
//  5. bench/results/<date>-<commit>.json and bench/results/latest.md. See bench/README.md.
//
// Options (environment): BENCH_SCALE (1), BENCH_SEED (1), BENCH_SECONDS (10 per load run),
// BENCH_CONNECTIONS (20), BENCH_SKIP_WEB=1.
import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres.mjs';
import { generate } from '../bench/generate.mjs';
import { findDescendant, httpLoad, LOG_MARK, replay, rssMb, sequential, sqlLoad, SqlCapture } from '../bench/measure.mjs';
import { firstChart, initialJs } from '../bench/web.mjs';
import { compareFrameworks } from '../bench/frameworks.mjs';
import { TARGETS, judge, markdown } from '../bench/report.mjs';
import { freePort, launchSuunta, signedInFetch } from './lib/launch.mjs';

const root = resolve(import.meta.dirname, '../..');
const SCALE = Number(process.env.BENCH_SCALE || 1);
const SEED = Number(process.env.BENCH_SEED || 1);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
/** Chromium's Accept-Encoding: the loads ask as the board's readers' browsers do. */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const BENCH_PASSWORD = 'Suunta-demo-2025'; // the generated admins reuse the demo admin's hash
const log = (m) => console.log(`[bench] ${m}`);

const runDir = resolve(root, 'tmp/bench-run');
rmSync(runDir, { recursive: true, force: true });
mkdirSync(runDir, { recursive: true });
const started = Date.now();

const capture = new SqlCapture();
const pgPort = await freePort(54480);
log(`PostgreSQL on port ${pgPort} in ${runDir}`);
const server = await startEmbeddedPostgres({
  dataDir: resolve(runDir, 'pg'),
  port: pgPort,
  log,
  // The server's stderr is where the bench captures the API's statements (statement logging is
  // switched on only around one request per endpoint, never under load).
  postgresFlags: ['-c', `log_line_prefix=${LOG_MARK}%a|`, '-c', 'max_connections=200'],
  onServerLog: (chunk) => capture.append(chunk),
});
let app;
let admin;
const result = { scale: SCALE, seed: SEED, connections: CONNECTIONS, seconds: SECONDS };
try {
  await server.createDatabase('suunta_bench');
  const url = server.url('suunta_bench');
  log('Starting Suunta against the fresh database (migrations, SONet BOTNIA seed, demo users)…');
  app = await launchSuunta({
    name: 'bench-app',
    portFrom: 3480,
    timeoutMs: 1_200_000, // the first run builds the API and the web app (production)
    env: { DATABASE_URL: url, SEED_DATA: 'true', SEED_DEMO_USERS: 'true', BACKUP_DAILY: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  });
  admin = new pg.Client({ connectionString: url, application_name: 'suunta-bench' });
  admin.on('error', () => undefined); // the server stopping at the end must not crash the bench
  await admin.connect();
  const { rows: [demo] } = await admin.query(`SELECT password_hash FROM user_account WHERE email = 'admin@suunta.example'`);

  log(`Generating the data set (scale ${SCALE}, seed ${SEED})…`);
  const t0 = performance.now();
  const gen = await generate(admin, { seed: SEED, scale: SCALE, passwordHash: demo.password_hash, log });
  result.generation = { seconds: +((performance.now() - t0) / 1000).toFixed(1), entries: gen.entries };
  const { rows: counts } = await admin.query(`
    SELECT (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(*) FROM region)::int AS regions,
           (SELECT count(*) FROM action_plan)::int AS plans, (SELECT count(*) FROM plan_action)::int AS plan_actions,
           (SELECT count(*) FROM evaluation_criterion)::int AS criteria, (SELECT count(*) FROM progress_entry)::int AS progress_entries,
           (SELECT count(*) FROM survey)::int AS surveys, (SELECT count(*) FROM survey_likert_count)::int AS likert_counts,
           pg_size_pretty(pg_database_size(current_database())) AS database_size`);
  result.dataset = counts[0];
  log(`Data set: ${JSON.stringify(result.dataset)} in ${result.generation.seconds} s`);

  // The biggest organization (most entries); ties go to the first generated.
  const { rows: [org] } = await admin.query(`
    SELECT o.id, o.code, count(e.id)::int AS entries FROM organization o LEFT JOIN progress_entry e ON e.organization_id = o.id
     GROUP BY o.id, o.code ORDER BY count(e.id) DESC, o.code LIMIT 1`);
  const email = `admin@${org.code.toLowerCase()}.bench.local`;
  result.organization = { code: org.code, entries: org.entries, admin: email };
  const call = await signedInFetch(app.baseUrl, email, BENCH_PASSWORD);
  const cookie = call.cookieHeader();
  const json = async (path) => {
    const res = await call(path);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const ids = (await admin.query(`
    SELECT (SELECT id FROM strategy WHERE organization_id = $1 AND code = 'S2') AS strategy,
           (SELECT id FROM action_plan WHERE organization_id = $1 ORDER BY start_year DESC LIMIT 1) AS plan,
           (SELECT id FROM region WHERE organization_id = $1 ORDER BY sort_order LIMIT 1) AS region,
           (SELECT id FROM focus_area WHERE organization_id = $1 AND code = 'S2-P1') AS focus_area`, [org.id])).rows[0];
  const year = 2024;
  const endpoints = [
    { key: 'dashboard', path: `/api/dashboard?strategyId=${ids.strategy}&year=${year}` },
    // the same page computed anew each time: the organization's data stamp is moved before each
    // request (as any write would), so the cached answer is not used; sequential only
    { key: 'dashboardComputed', path: `/api/dashboard?strategyId=${ids.strategy}&year=${year}`, computed: true },
    { key: 'tree', path: `/api/strategies/${ids.strategy}/tree` },
    { key: 'rollup', path: `/api/plans/${ids.plan}/rollup` },
    { key: 'progress', path: `/api/progress-entries?year=${year}&regionId=${ids.region}&focusAreaId=${ids.focus_area}&limit=50&offset=50` },
    { key: 'surveySeries', path: `/api/surveys/series?focusAreaId=${ids.focus_area}` },
    { key: 'health', path: '/api/health', anonymous: true },
    { key: 'live', path: '/api/health/live', anonymous: true },
    { key: 'ready', path: '/api/health/ready', anonymous: true },
  ];
  for (const e of endpoints) await json(e.path); // each answers 2xx before anything is timed

  const apiPid = findDescendant(app.pid, /dist\/apps\/api\/main\.js/);
  result.memory = { idleMB: rssMb(apiPid) };
  let peak = 0;
  const sample = () => (peak = Math.max(peak, rssMb(apiPid) ?? 0));
  capture.admin = admin;
  const sqlClient = new pg.Client({ connectionString: url, application_name: 'suunta-bench' });
  sqlClient.on('error', () => undefined);
  await sqlClient.connect();
  result.endpoints = {};
  for (const e of endpoints) {
    log(`${e.key}: ${e.path}`);
    try {
    // what a browser sends: every request of the board's readers accepts compressed answers
    const headers = { 'accept-encoding': BROWSER_ACCEPT_ENCODING, ...(e.anonymous ? {} : { cookie }) };
    const get = async () => {
      const res = await fetch(`${app.baseUrl}${e.path}`, { headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${e.path}: ${res.status}`);
    };
    const advanceStamp = () => admin.query(`SELECT advance_organization_data_stamps()`);
    if (e.computed) {
      const seq = await sequential(async () => {
        await advanceStamp();
        await get();
      });
      result.endpoints[e.key] = { path: e.path, computed: true, api: { sequentialP50: seq.p50 }, statements: 0 };
      log(`  ${JSON.stringify(result.endpoints[e.key])}`);
      continue;
    }
    const seq = await sequential(get);
    // Captured on a quiet server, before the load: afterwards, statements queued by requests that
    // timed out may still be running and would mix into the capture. The data stamp is moved first,
    // so a cached answer (the board) is computed once more and its statements are the ones replayed.
    await advanceStamp();
    const captured = await capture.capture(async () => (await fetch(`${app.baseUrl}${e.path}`, { headers })).arrayBuffer());
    const load = await httpLoad(`${app.baseUrl}${e.path}`, { headers, connections: CONNECTIONS, seconds: SECONDS, onSample: sample });
    const entry = { path: e.path, api: { sequentialP50: seq.p50, ...load }, statements: captured.statements.length, sessionStatements: captured.sessionStatements, statementsServerMs: captured.serverMs };
    if (captured.statements.length) {
      const sqlSeq = await sequential(() => replay(sqlClient, captured.statements));
      const sqlLoaded = await sqlLoad(url, captured.statements, { connections: CONNECTIONS, seconds: SECONDS });
      entry.sql = { sequentialP50: sqlSeq.p50, ...sqlLoaded };
      entry.ratio = {
        sequentialP50: ratio(seq.p50, sqlSeq.p50),
        p50: ratio(load.p50, sqlLoaded.p50),
        rps: ratio(load.rps, sqlLoaded.rps),
      };
    }
    result.endpoints[e.key] = entry;
    log(`  ${JSON.stringify(entry)}`);
    } catch (error) {
      // One failing route must not lose the others' figures: recorded, and the run goes on.
      result.endpoints[e.key] = { path: e.path, api: {}, statements: 0, error: String(error?.message ?? error) };
      log(`  FAILED: ${error?.message ?? error}`);
    }
  }
  await sqlClient.end();
  try {
    const { hostileBodies } = await import('../bench/hostile.mjs');
    result.hostileBodies = await hostileBodies(app.baseUrl); // p95 ≤ 100 ms each (issue 12)
    log(`hostile bodies: ${JSON.stringify(result.hostileBodies)}`);
  } catch (error) {
    result.hostileBodiesError = String(error?.message ?? error);
  }
  result.memory.loadPeakMB = peak;
  result.memory.afterMB = rssMb(apiPid);

  try {
    log('Express vs Fastify (the platform alone, tools/bench/frameworks.mjs)…');
    const board = await json(endpoints[0].path);
    result.frameworks = await compareFrameworks({ body: board, connections: CONNECTIONS, seconds: SECONDS, log });
  } catch (error) {
    result.frameworksError = String(error?.message ?? error);
  }

  if (process.env.BENCH_SKIP_WEB !== '1') {
    // a fresh machine has no browser yet: installed as the browser tests install it
    if (!process.env.CHROMIUM_PATH && spawnSync('bash', [resolve(root, 'tools/scripts/ensure-chromium.sh')], { stdio: 'inherit' }).status !== 0) {
      log('chromium could not be installed: the browser figures are left out');
    }
    const browserDir = resolve(root, 'dist/apps/web/browser');
    result.web = { initialJs: initialJs(browserDir) };
    log(`initial JS: ${result.web.initialJs.gzipKB} kB gzip`);
    try {
      result.web.firstChart = await firstChart({ baseUrl: app.baseUrl, email, password: BENCH_PASSWORD, path: '/board', apiPid });
    } catch (error) {
      result.web.firstChartError = String(error?.message ?? error);
    }
    log(`first chart: ${JSON.stringify(result.web.firstChart)}`);
  }

} finally {
  await admin?.end().catch(() => undefined);
  await app?.stop();
  await server.stop();
}

const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
const dirty = execSync('git status --porcelain -- apps libs', { cwd: root }).toString().trim() !== '';
result.machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  ramGB: +(os.totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
result.date = new Date().toISOString();
result.commit = commit + (dirty ? '+dirty' : '');
result.totalSeconds = Math.round((Date.now() - started) / 1000);
result.targets = judge(result, TARGETS);

const out = resolve(root, 'bench/results');
mkdirSync(out, { recursive: true });
const file = resolve(out, `${result.date.slice(0, 10)}-${commit}${SCALE === 1 ? '' : `-scale${SCALE}`}.json`);
writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
const md = markdown(result);
writeFileSync(resolve(out, SCALE === 1 ? 'latest.md' : 'latest-small.md'), md);
console.log(`\n${md}`);
log(`Results: ${file}`);
process.exit(0);

function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? +(a / b).toFixed(2) : null;
}
