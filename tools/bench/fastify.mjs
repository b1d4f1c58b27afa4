// Issue 16 item 4: the same AppModule on Express and on Fastify (tools/bench/fastify/main.ts),
// one after the other against the bench database, the same routes, the same load.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { httpLoad, rssMb } from './measure.mjs';
import { freePort } from '../scripts/lib/launch.mjs';

const root = resolve(import.meta.dirname, '../..');

async function boot(platform, databaseUrl, log) {
  const port = await freePort(3580);
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(root, 'tools/bench/fastify/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      BENCH_PLATFORM: platform,
      TS_NODE_PROJECT: resolve(root, 'apps/api/tsconfig.app.json'),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SEED_DATA: 'false',
      SEED_DEMO_USERS: 'false',
      BACKUP_DAILY: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise((done, fail) => {
    child.stdout.on('data', (d) => String(d).includes('bench-platform-ready') && done());
    child.on('exit', (code) => fail(new Error(`${platform} entry exited with ${code}`)));
  });
  await Promise.race([ready, new Promise((_, fail) => setTimeout(() => fail(new Error(`${platform} did not start in 180 s`)), 180_000))]);
  log(`  ${platform} up on ${port}`);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * @param {{ databaseUrl: string, cookie: string, paths: { path: string, anonymous?: boolean }[], connections: number, seconds: number, log: (m: string) => void }} options
 */
export async function compareFrameworks({ databaseUrl, cookie, paths, connections, seconds, log }) {
  const measured = {};
  for (const platform of ['express', 'fastify']) {
    log(`Framework comparison: Nest on ${platform}`);
    const server = await boot(platform, databaseUrl, log);
    try {
      measured[platform] = { idleMB: rssMb(server.pid) };
      for (const p of paths) {
        const headers = p.anonymous ? {} : { cookie };
        const check = await fetch(`${server.baseUrl}${p.path}`, { headers });
        if (!check.ok) throw new Error(`${platform} ${p.path}: ${check.status} ${await check.text()}`);
        measured[platform][p.path] = await httpLoad(`${server.baseUrl}${p.path}`, { headers, connections, seconds });
        log(`    ${p.path}: ${JSON.stringify(measured[platform][p.path])}`);
      }
      measured[platform].afterMB = rssMb(server.pid);
    } finally {
      await server.stop();
    }
  }
  return {
    memory: { express: { idleMB: measured.express.idleMB, afterMB: measured.express.afterMB }, fastify: { idleMB: measured.fastify.idleMB, afterMB: measured.fastify.afterMB } },
    rows: paths.map(({ path }) => {
      const express = measured.express[path];
      const fastify = measured.fastify[path];
      return { path, express, fastify, gain: express?.rps ? +(fastify.rps / express.rps).toFixed(2) : null };
    }),
  };
}
