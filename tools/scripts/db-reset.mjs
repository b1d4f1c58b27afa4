#!/usr/bin/env node
// `npm run db:reset`: deletes the embedded database (DATA_DIR/postgres). The next `npm start`
// creates a new one and loads the SONet BOTNIA data again. Refuses while Suunta runs.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(root, process.env.DATA_DIR || '.data');
const lock = resolve(dataDir, 'suunta.pid');
if (existsSync(lock)) {
  const pid = Number(readFileSync(lock, 'utf8'));
  try {
    process.kill(pid, 0);
    console.error(`Suunta is running (process ${pid}); stop it before resetting the database.`);
    process.exit(1);
  } catch {
    // stale lock
  }
}
rmSync(resolve(dataDir, 'postgres'), { recursive: true, force: true });
console.log(`Deleted ${resolve(dataDir, 'postgres')}. The next npm start creates a fresh database with the demo data.`);
