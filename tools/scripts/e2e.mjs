#!/usr/bin/env node
// `npm run e2e`: installs chromium if missing, starts Suunta exactly as `npm start` does (embedded
// PostgreSQL in a throw-away data folder, seeded), and runs the browser specs in apps/web-e2e.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchSuunta } from './lib/launch.mjs';

const root = resolve(import.meta.dirname, '../..');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

if (run('bash', [resolve(root, 'tools/scripts/ensure-chromium.sh')]).status !== 0) process.exit(1);

let app;
try {
  app = await launchSuunta({ name: 'e2e' });
} catch (error) {
  console.error(`Browser tests not run: ${error.message}`);
  process.exit(1);
}
let code = 1;
try {
  const jest = run(process.execPath, [resolve(root, 'node_modules/jest/bin/jest.js'), '-c', resolve(root, 'apps/web-e2e/jest.config.cjs'), '--runInBand', ...process.argv.slice(2)], {
    E2E_BASE_URL: app.baseUrl,
  });
  code = jest.status ?? 1;
} finally {
  await app.stop();
}
process.exit(code);
