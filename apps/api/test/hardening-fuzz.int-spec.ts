import { SeedRunner } from '@suunta/api-core';
import { createTestApp, signIn, SignedInAgent, TestApp } from '@suunta/api-testing';
import { API_ERROR_CODES } from '@suunta/shared-domain';
import fc from 'fast-check';
import { AppModule } from '../src/app/app.module';
import { FuzzRequest, OpenApiDocument, operations, requestFor } from './hardening/fuzz-requests';

/** Replay a failure with FUZZ_SEED=<the printed seed>. */
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2_147_483_647);
/** Requests per operation and role; the run stops early at the time budget. */
const PER_OPERATION = Number(process.env['FUZZ_PER_OPERATION'] ?? 12);
const BUDGET_MS = Number(process.env['FUZZ_BUDGET_MS'] ?? 75_000);
const CONCURRENCY = 6;

/** Tables that change on every request by design: the audit trail, sign-in attempts, sessions, migrations. */
const VOLATILE = /audit|login_attempt|session|schema_migration/;
/**
 * Ops without any input to get wrong: signing out acts on the caller's own session, and starting
 * a Sotkanet fetch is always a valid request (its job then records the fetch's outcome on each
 * chosen indicator, which is a change by design).
 */
const SKIPPED = new Set(['POST /api/auth/logout', 'POST /api/indicators/sync']);

interface Failure {
  as: string;
  request: FuzzRequest;
  status: number;
  body: string;
  why: string;
}

/**
 * FUZZ: every operation of the OpenAPI document gets generated invalid bodies, parameters and ids,
 * as an admin and as a region-scoped planner. Never a 5xx; every 4xx has a stable `code` and a
 * message; the database is exactly as it was (row counts and checksums of every table but the
 * audit trail, sign-in attempts and sessions).
 */
describe('hardening: fuzzing every operation with invalid input', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let ids: string[];
  let admin: SignedInAgent;
  let planner: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    await t.app.get(SeedRunner).run({ data: true, demo: false });
    admin = await signIn(t, { role: 'admin' });
    planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    doc = (await admin.get('/api/docs-json').expect(200)).body;
    ids = await sampleIds(t);
  }, 180_000);
  afterAll(() => t.close());

  it('answers every generated request with a 2xx (reads) or a coded 4xx, and changes nothing', async () => {
    console.log(`FUZZ_SEED=${SEED} (set it to replay this run)`);
    const before = await snapshot(t);
    const ops = operations(doc).filter((o) => !SKIPPED.has(`${o.method} ${o.path.replace(/\{\w+\}/g, ':x')}`) && !SKIPPED.has(`${o.method} ${o.path}`));
    const plan: { as: string; agent: SignedInAgent; request: FuzzRequest }[] = [];
    ops.forEach((operation, i) => {
      const samples = fc.sample(requestFor(doc, operation, ids), { seed: SEED + i, numRuns: PER_OPERATION * 2 });
      samples.forEach((request, j) => plan.push(j % 2 ? { as: 'planner', agent: planner, request } : { as: 'admin', agent: admin, request }));
    });
    // Interleave operations so a time-bounded run still covers all of them.
    plan.sort((a, b) => hash(`${SEED}${a.request.method}${a.request.url}`) - hash(`${SEED}${b.request.method}${b.request.url}`));

    const started = Date.now();
    const failures: Failure[] = [];
    const statuses: Record<string, number> = {};
    let sent = 0;
    let next = 0;
    const worker = async () => {
      while (next < plan.length && Date.now() - started < BUDGET_MS) {
        const { as, agent, request } = plan[next++];
        const res = await send(agent, request);
        sent++;
        statuses[String(res.status)] = (statuses[String(res.status)] ?? 0) + 1;
        const why = judge(res.status, res.text, res.body);
        if (why) failures.push({ as, request, status: res.status, body: res.text.slice(0, 300), why });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz: ${sent} requests over ${ops.length} operations in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(statuses)}`);

    if (failures.length) console.log(`fuzz failures by kind: ${JSON.stringify(countBy(failures.map((f) => `${f.why} @ ${f.request.method} ${f.request.url.split('?')[0]}`)))}`);
    // The time budget bounds the run on a loaded machine; thousands of requests on an idle one.
    expect(sent).toBeGreaterThanOrEqual(Math.min(plan.length, ops.length * 2));
    expect(failures.slice(0, 20).map((f) => `${f.why}: ${f.as} ${f.request.method} ${f.request.url.slice(0, 200)} [${f.request.note}] → ${f.status} ${f.body}`)).toEqual([]);
    expect(await snapshot(t)).toEqual(before);
  }, 240_000);
});

function send(agent: SignedInAgent, r: FuzzRequest) {
  const method = r.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let req = agent[method](r.url).ok(() => true);
  if (r.body !== undefined) req = req.set('content-type', r.contentType ?? 'application/json').send(r.body);
  return req;
}

/** Why an answer is wrong, or null when it is fine. */
function judge(status: number, text: string, body: unknown): string | null {
  if (status >= 500) return 'server error';
  if (status < 400) return null;
  const b = body as { code?: unknown; message?: unknown; errors?: { field?: unknown; message?: unknown; code?: unknown }[] } | undefined;
  if (!b || typeof b !== 'object') return `4xx without a JSON body (${text.slice(0, 80)})`;
  if (typeof b.code !== 'string' || !(API_ERROR_CODES as readonly string[]).includes(b.code)) return `4xx without a known code (${String(b.code)})`;
  if (typeof b.message !== 'string' || b.message.trim() === '') return '4xx without a message';
  for (const e of b.errors ?? []) {
    if (typeof e.field !== 'string' || typeof e.code !== 'string' || typeof e.message !== 'string') return 'field error without field, code or message';
    if (!b.message.includes(e.field)) return `the message does not name the field ${e.field}`;
  }
  return null;
}

/** Real ids of every kind (GETs use them; mutating requests never do). */
async function sampleIds(t: TestApp): Promise<string[]> {
  const tables: { table_name: string }[] = await t.dataSource.query(
    `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.column_name = 'id' AND c.data_type = 'uuid'`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) {
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM "${table_name}" ORDER BY id LIMIT 3`);
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Row count and an md5 of all rows, per table (volatile tables aside). */
async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await t.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables.filter((x) => !VOLATILE.test(x.table_name))) {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS sum FROM "${table_name}" x`);
    out[table_name] = `${row.n}:${row.sum}`;
  }
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function countBy(values: string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});
}
