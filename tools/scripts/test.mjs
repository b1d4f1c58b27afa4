#!/usr/bin/env node
// `npm test`: every project's unit tests, the API's integration suites on real PostgreSQL,
// and the browser tests in Debian's chromium. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const nx = resolve(root, 'node_modules/nx/dist/bin/nx.js');
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };

const stages = [
  ['unit tests', [nx, 'run-many', '-t', 'test', '--outputStyle=static', '--parallel=2']],
  ['integration suites (real PostgreSQL)', [nx, 'run', 'api:integration', '--outputStyle=static']],
  ['browser tests (chromium)', [resolve(root, 'tools/scripts/e2e.mjs')]],
];

for (const [name, args] of stages) {
  if (process.env.SKIP_E2E === 'true' && name.startsWith('browser')) continue;
  console.log(`\n=== ${name} ===\n`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
console.log('\nAll test stages passed.');
