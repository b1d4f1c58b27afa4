// Targets of issue 16 (item 3) and the Markdown table of `npm run bench`.

/** On the 2-core machine, 20 clients, 1M entries, the biggest organization. */
export const TARGETS = [
  { id: 'dashboard-p95', what: 'dashboard p95 ≤ 50 ms', get: (r) => r.endpoints?.dashboard?.api.p95, max: 50, unit: 'ms' },
  { id: 'dashboard-vs-sql', what: 'dashboard p50 ≤ 1.5× the SQL limit (20 clients)', get: (r) => r.endpoints?.dashboard?.ratio?.p50, max: 1.5, unit: '×' },
  { id: 'dashboard-rps', what: 'dashboard ≥ 500 req/s', get: (r) => r.endpoints?.dashboard?.api.rps, min: 500, unit: 'req/s' },
  { id: 'tree-p95', what: 'strategy tree p95 ≤ 30 ms', get: (r) => r.endpoints?.tree?.api.p95, max: 30, unit: 'ms' },
  { id: 'rollup-p95', what: 'plan roll-up p95 ≤ 30 ms', get: (r) => r.endpoints?.rollup?.api.p95, max: 30, unit: 'ms' },
  { id: 'live-rps', what: 'liveness ≥ 5,000 req/s', get: (r) => r.endpoints?.live?.api.rps, min: 5000, unit: 'req/s' },
  { id: 'initial-js', what: 'initial JS ≤ 200 kB gzip', get: (r) => r.web?.initialJs.gzipKB, max: 200, unit: 'kB' },
  { id: 'first-chart', what: 'first chart ≤ 1.5 s (median of 5)', get: (r) => r.web?.firstChart?.medianMs, max: 1500, unit: 'ms' },
  { id: 'board-drawn', what: 'board page drawn (its figures) < 1 s, first visit (median of 5)', get: (r) => r.web?.firstChart?.boardDrawnMedianMs, max: 999, unit: 'ms' },
  { id: 'board-drawn-return', what: 'board page drawn < 1 s, return visit (median of 5)', get: (r) => r.web?.firstChart?.returnVisitDrawnMedianMs, max: 999, unit: 'ms' },
  // Item 5: the API process stays under this while 20 clients load the heaviest route.
  { id: 'rss-ceiling', what: 'API RSS under load ≤ 400 MB', get: (r) => r.memory?.loadPeakMB, max: 400, unit: 'MB' },
];

export function judge(result, targets) {
  return targets.map((t) => {
    const value = t.get(result);
    const known = typeof value === 'number' && Number.isFinite(value);
    const pass = known && (t.max !== undefined ? value <= t.max : value >= t.min);
    const by = !known ? null : t.max !== undefined ? value / t.max : t.min / Math.max(value, 1e-9);
    return { id: t.id, what: t.what, value: known ? value : null, unit: t.unit, pass: known ? pass : null, factor: known && !pass ? +by.toFixed(1) : null };
  });
}

const f = (x) => (x === null || x === undefined ? '–' : String(x));

export function markdown(r) {
  const lines = [];
  lines.push(`# Suunta benchmark — ${r.date.slice(0, 16).replace('T', ' ')} UTC, commit ${r.commit}`);
  lines.push('');
  lines.push(`Machine: ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.ramGB} GB RAM, Node ${r.machine.node}, ${r.machine.platform}.`);
  if (r.dataset) {
    const d = r.dataset;
    lines.push(
      `Data (scale ${r.scale}, seed ${r.seed}, generated in ${r.generation.seconds} s): ${d.organizations} organizations, ${d.regions} regions, ` +
        `${d.plans} plans, ${d.plan_actions} plan actions, ${d.criteria} criteria, ${d.progress_entries} progress entries, ${d.surveys} surveys; database ${d.database_size}.`,
    );
    lines.push(`Measured for ${r.organization.code} (${r.organization.entries} entries), ${r.connections} connections × ${r.seconds} s after a warm-up.`);
  }
  lines.push('');
  lines.push('| endpoint | sequential p50 (ms) | req/s | p50 (ms) | p95 (ms) | errors | SQL stmts | SQL seq p50 | SQL req/s | SQL p50 | API/SQL seq p50 | API/SQL p50 | API/SQL req/s |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [key, e] of Object.entries(r.endpoints ?? {})) {
    if (e.error) {
      lines.push(`| ${key} | failed: ${e.error.replace(/\|/g, '/').slice(0, 120)} |||||||||||| |`);
      continue;
    }
    lines.push(
      `| ${key} \`${e.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '…')}\` | ${f(e.api.sequentialP50)} | ${f(e.api.rps)} | ${f(e.api.p50)} | ${f(e.api.p95)} | ${f(e.api.errors)} | ` +
        `${e.statements} | ${f(e.sql?.sequentialP50)} | ${f(e.sql?.rps)} | ${f(e.sql?.p50)} | ${f(e.ratio?.sequentialP50)} | ${f(e.ratio?.p50)} | ${f(e.ratio?.rps)} |`,
    );
  }
  lines.push('');
  if (r.memory) lines.push(`API RSS: idle ${f(r.memory.idleMB)} MB, peak under load ${f(r.memory.loadPeakMB)} MB, after ${f(r.memory.afterMB)} MB.`);
  if (r.web) {
    lines.push(`Web: initial JS ${r.web.initialJs.gzipKB} kB gzip (${r.web.initialJs.rawKB} kB raw, ${r.web.initialJs.files.length} files); ` +
      (r.web.firstChart ? `board drawn median ${r.web.firstChart.boardDrawnMedianMs} ms (runs: ${r.web.firstChart.boardDrawnRunsMs?.join(', ')} ms), on a return visit ${r.web.firstChart.returnVisitDrawnMedianMs} ms (runs: ${r.web.firstChart.returnVisitDrawnRunsMs?.join(', ')} ms)` +
        (r.web.firstChart.link ? `, on a first visit over an emulated ${r.web.firstChart.link.downMbps} Mbit/s link with ${r.web.firstChart.link.rttMs} ms round trips ${r.web.firstChart.linkDrawnMedianMs} ms (runs: ${r.web.firstChart.linkDrawnRunsMs?.join(', ')} ms); the first visit received ${r.web.firstChart.firstVisitJsKB} kB of JavaScript before the board was drawn` : '') +
        `; first chart median ${r.web.firstChart.medianMs} ms (runs: ${r.web.firstChart.runsMs.join(', ')} ms).` +
        (r.web.firstChart.firstVisitCpu ? ` From a first visit's navigation to the board drawn, all cores were ${r.web.firstChart.firstVisitCpu.busyPct} % busy (median); CPU ms by process: ${Object.entries(r.web.firstChart.firstVisitCpu.ms).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}.` : '')
        : `first chart not measured: ${r.web.firstChartError}.`));
  }
  if (r.frameworksError) lines.push(`Framework comparison failed: ${r.frameworksError}`);
  if (r.frameworks) {
    lines.push('');
    lines.push(`Nest on Express vs Nest on Fastify, the platform alone (a minimal Nest app per platform: a probe's JSON, and the board's answer of ${f(Math.round(r.frameworks.bodyBytes / 1024))} kB):`);
    lines.push('');
    lines.push('| route | Express req/s | Express p95 | Fastify req/s | Fastify p95 | Fastify/Express req/s |');
    lines.push('|---|---|---|---|---|---|');
    for (const row of r.frameworks.rows) lines.push(`| \`${row.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '…')}\` | ${f(row.express?.rps)} | ${f(row.express?.p95)} | ${f(row.fastify?.rps)} | ${f(row.fastify?.p95)} | ${f(row.gain)} |`);
  }
  lines.push('');
  lines.push('| target | measured | pass |');
  lines.push('|---|---|---|');
  for (const t of r.targets) lines.push(`| ${t.what} | ${f(t.value)} ${t.unit} | ${t.pass === null ? 'not measured' : t.pass ? 'pass' : `**fail** (${t.factor}× off)`} |`);
  lines.push('');
  return lines.join('\n');
}
