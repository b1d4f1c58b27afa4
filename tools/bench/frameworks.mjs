// Issue 16 item 4: Nest on Express against Nest on Fastify, the platform alone. Each platform
// serves, in a child process of its own (so the load generator in this process does not share its
// event loop), a minimal Nest app with two routes:
//   - `/health/live`: a three-key JSON, what a probe gets;
//   - `/dashboard`: a large JSON body, the size of a board answer served from the cache (the
//     answer the bench's dashboard request returned, when given; else a synthetic one of 60 kB).
// No helmet, sessions, guards, pipes or logging on either side: this is the platform's own cost,
// the part a switch could save. The real app's pipeline is measured by the bench's other rows.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpLoad } from './measure.mjs';


/** Starts one platform's server; resolves with its port and a stop function. */
function start(platform, bodyFile) {
  const child = fork(join(import.meta.dirname, 'platform-server.cjs'), [], { env: { ...process.env, PLATFORM: platform, BODY_FILE: bodyFile }, cwd: process.cwd(), stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ port: m.port, stop: () => child.kill() }));
    child.once('exit', (code) => reject(new Error(`${platform} server exited with ${code}`)));
  });
}

/**
 * Loads both routes on both platforms, one platform at a time, the same way as the bench's other
 * rows (`connections` clients for `seconds` after a warm-up). Returns a row per route with the
 * req/s and p95 of each platform and the gain (Fastify req/s ÷ Express req/s).
 */
export async function compareFrameworks({ body, connections, seconds, log = () => undefined }) {
  const bodyFile = join(tmpdir(), 'suunta-bench-platform-body.json');
  writeFileSync(bodyFile, JSON.stringify(body ?? syntheticBoard()));
  const rows = [
    { path: '/health/live', express: null, fastify: null, gain: null },
    { path: '/dashboard', express: null, fastify: null, gain: null },
  ];
  for (const platform of ['express', 'fastify']) {
    const server = await start(platform, bodyFile);
    try {
      for (const row of rows) {
        row[platform] = await httpLoad(`http://127.0.0.1:${server.port}${row.path}`, { connections, seconds });
        log(`  ${platform} ${row.path}: ${JSON.stringify(row[platform])}`);
      }
    } finally {
      server.stop();
    }
  }
  for (const row of rows) row.gain = row.express?.rps ? Math.round((row.fastify.rps / row.express.rps) * 100) / 100 : null;
  return { bodyBytes: Buffer.byteLength(JSON.stringify(body ?? syntheticBoard())), rows };
}

/** About 60 kB of board-shaped JSON, when the bench has no real answer to replay. */
function syntheticBoard() {
  return {
    focusAreas: Array.from({ length: 12 }, (_, i) => ({
      id: `fa-${i}`,
      title: `Painopiste ${i}`,
      status: 'on_track',
      actions: Array.from({ length: 25 }, (_, j) => ({ id: `a-${i}-${j}`, title: `Toimenpide ${j}`, status: 'in_progress', entries: j, actual: j * 1.5 })),
    })),
  };
}
