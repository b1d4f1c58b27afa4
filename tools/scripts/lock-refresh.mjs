#!/usr/bin/env node
// `npm run lock:refresh`: writes package-lock.json from nothing — no node_modules, no old
// lockfile — in a scratch folder, so it lists every platform's optional binaries (npm drops them
// when it writes a lockfile over an existing node_modules). Then checks it (check-lockfile.mjs).
// Afterwards run `npm ci` (or `npm install`) to bring node_modules in line.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'suunta-lock-'));
try {
  copyFileSync(join(root, 'package.json'), join(scratch, 'package.json'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: scratch, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  copyFileSync(join(scratch, 'package-lock.json'), join(root, 'package-lock.json'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const check = spawnSync(process.execPath, [join(root, 'tools/scripts/check-lockfile.mjs')], { stdio: 'inherit' });
process.exit(check.status ?? 1);
