#!/usr/bin/env node
// `npm test`: the whole check of the README's promises, in the order that fails fastest:
// the lockfile check, lint (module boundaries included; and the scripts in tools/), the type-check of the test code, the production build, every project's jest unit tests, the
// API's integration suites on real PostgreSQL, and the browser tests in Debian's chromium (the
// only stage that needs a system program; it installs chromium first). Stops at the first
// failing stage. SKIP_E2E=true leaves out the browser stage (for quick local runs only).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const nx = resolve(root, 'node_modules/nx/dist/bin/nx.js');
// NX_PLUGIN_NO_TIMEOUTS: on a busy 2-core machine the project-graph plugins (jest's reads every
// spec) can take longer than Nx's fixed wait, and the stage fails with "Failed to process project graph".
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', NX_PLUGIN_NO_TIMEOUTS: 'true', FORCE_COLOR: '0' };

const stages = [
  ['lockfile (installable on every OS and CPU)', [resolve(root, 'tools/scripts/check-lockfile.mjs')]],
  ['lint (ESLint, Nx module boundaries)', [nx, 'run-many', '-t', 'lint', '--outputStyle=static', '--parallel=2']],
  // the scripts (start, test, backup CLI, bench) belong to no Nx project: the same rules, run on their own
  ['lint of the scripts (tools/)', [resolve(root, 'node_modules/eslint/bin/eslint.js'), 'tools']],
  // jest compiles the integration and browser specs without checking types, so a wrong type there goes unseen
  ['type-check of the integration and browser tests', [resolve(root, 'tools/scripts/typecheck-tests.mjs')]],
  ['production build (API and web)', [nx, 'run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--outputStyle=static', '--parallel=2']],
  ['unit tests', [nx, 'run-many', '-t', 'test', '--outputStyle=static', '--parallel=2']],
  ['integration suites (real PostgreSQL)', [nx, 'run', 'api:integration', '--outputStyle=static']],
  ['browser tests (chromium)', [resolve(root, 'tools/scripts/e2e.mjs')]],
];

for (const [name, args] of stages) {
  if (process.env.SKIP_E2E === 'true' && name.startsWith('browser')) continue;
  console.log(`\n=== ${name} ===\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`\n${name}: passed in ${Math.round((Date.now() - started) / 1000)} s`);
}
console.log('\nAll test stages passed.');
