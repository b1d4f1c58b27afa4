#!/usr/bin/env node
// `npm run bench`: starts a seeded Suunta as `npm start` does and measures the read endpoints the
// weekly users hit (latency percentiles over sequential requests, and throughput at 8 concurrent).
// Speed targets are checked here, not in tests; results go to tmp/bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchSuunta, signedInFetch } from './lib/launch.mjs';

const root = resolve(import.meta.dirname, '../..');
const ROUNDS = Number(process.env.BENCH_ROUNDS || 100);
const CONCURRENCY = 8;
/** Targets (ms, p95 sequential) the product should meet on a 2-core machine with the demo data. */
const TARGET_P95_MS = 150;

const app = await launchSuunta({ name: 'bench', portFrom: 3400, pgPortFrom: 54380 });
const results = [];
try {
  const call = await signedInFetch(app.baseUrl, 'admin@suunta.example', 'Suunta-demo-2025');
  const json = async (path) => (await call(path)).json();
  const endpoints = ['/api/health', '/api/auth/me', '/api/regions'];
  const strategies = await json('/api/strategies').catch(() => []);
  if (Array.isArray(strategies) && strategies.length > 0) {
    endpoints.push('/api/strategies');
    for (const s of strategies) endpoints.push(`/api/strategies/${s.id}/tree`);
  }
  endpoints.push('/api/surveys', '/api/plans', '/api/progress-entries?year=2020', '/api/dashboard', '/api/dashboard?year=2020', '/api/annual-reports');
  const plans = await json('/api/plans');
  for (const plan of Array.isArray(plans) ? plans : plans.items ?? []) endpoints.push(`/api/plans/${plan.id}/rollup`);
  const surveys = await json('/api/surveys');
  for (const survey of Array.isArray(surveys) ? surveys : surveys.items ?? []) endpoints.push(`/api/surveys/${survey.id}`);
  for (const path of endpoints) {
    const times = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const res = await call(path);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
    const t0 = performance.now();
    let done = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (done < ROUNDS) {
        done++;
        await (await call(path)).arrayBuffer();
      }
    }));
    const rps = (ROUNDS / (performance.now() - t0)) * 1000;
    results.push({ path, p50: +pct(50).toFixed(1), p95: +pct(95).toFixed(1), max: +times.at(-1).toFixed(1), rps: +rps.toFixed(0), meetsTarget: pct(95) <= TARGET_P95_MS });
  }
  results.push(...(await hostileBodies(app.baseUrl)));
} finally {
  await app.stop();
}

/**
 * Issue 12's promise: a body nested 900,000 levels deep (1.8 MB) is refused in well under 100 ms,
 * and /api/health keeps answering within 100 ms while five of them are sent at once.
 */
async function hostileBodies(baseUrl) {
  const first = await fetch(`${baseUrl}/api/health`);
  const xsrf = first.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('XSRF-TOKEN='));
  const headers = { 'content-type': 'application/json', cookie: xsrf ?? '', 'x-xsrf-token': decodeURIComponent(xsrf?.split('=')[1] ?? '') };
  const deep = '['.repeat(900_000) + ']'.repeat(900_000);
  const refusals = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers, body: deep });
    await res.arrayBuffer();
    if (res.status !== 400) throw new Error(`a deep body answered ${res.status}`);
    refusals.push(performance.now() - t0);
  }
  const health = [];
  for (let round = 0; round < 5; round++) {
    const attack = Promise.all(Array.from({ length: 5 }, () => fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers, body: deep }).then((r) => r.arrayBuffer())));
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
      health.push(performance.now() - t0);
    }
    await attack;
  }
  const row = (path, times) => {
    times.sort((a, b) => a - b);
    const p95 = times[Math.min(times.length - 1, Math.floor(0.95 * times.length))];
    return { path, p50: +times[Math.floor(times.length / 2)].toFixed(1), p95: +p95.toFixed(1), max: +times.at(-1).toFixed(1), rps: null, meetsTarget: p95 <= 100 };
  };
  return [row('POST /api/auth/login (900,000 levels deep → 400)', refusals), row('/api/health during 5 deep bodies', health)];
}
console.table(results);
mkdirSync(resolve(root, 'tmp/bench'), { recursive: true });
writeFileSync(resolve(root, 'tmp/bench/results.json'), JSON.stringify({ at: new Date().toISOString(), rounds: ROUNDS, targetP95Ms: TARGET_P95_MS, results }, null, 2));
const missed = results.filter((r) => !r.meetsTarget);
if (missed.length) {
  console.error(`p95 above ${TARGET_P95_MS} ms: ${missed.map((r) => r.path).join(', ')}`);
  process.exit(1);
}
