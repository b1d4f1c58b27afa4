#!/usr/bin/env node
// Type-checks the test code that jest compiles without types (ts-jest in isolated-modules mode):
// the API's integration suites with their harness, and the browser specs. Part of `npm test`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
let failed = false;
for (const project of ['apps/api/tsconfig.spec.json', 'apps/web-e2e/tsconfig.json']) {
  console.log(`tsc --noEmit -p ${project}`);
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', resolve(root, project)], { cwd: root, stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
