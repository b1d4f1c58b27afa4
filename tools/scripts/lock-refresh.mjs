#!/usr/bin/env node
// `npm run lock:refresh`: writes package-lock.json from nothing — no node_modules, no old
// lockfile — in a scratch folder, so it lists every platform's optional binaries (npm drops them
// when it writes a lockfile over an existing node_modules). Then checks it (check-lockfile.mjs).
// Afterwards run `npm ci` (or `npm install`) to bring node_modules in line.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'suunta-lock-'));
try {
  copyFileSync(join(root, 'package.json'), join(scratch, 'package.json'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: scratch, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // npm can leave packages that nothing requires marked `extraneous` in a lockfile written this
  // way; the next `npm install` would drop them and so change the file. Drop them here.
  const lock = JSON.parse(readFileSync(join(scratch, 'package-lock.json'), 'utf8'));
  for (const [key, entry] of Object.entries(lock.packages)) if (entry.extraneous) delete lock.packages[key];
  writeFileSync(join(root, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const check = spawnSync(process.execPath, [join(root, 'tools/scripts/check-lockfile.mjs')], { stdio: 'inherit' });
process.exit(check.status ?? 1);
