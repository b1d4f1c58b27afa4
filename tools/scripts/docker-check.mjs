#!/usr/bin/env node
// `npm run docker:check`: no docker engine runs on the development machines, so this replays the
// Dockerfile's stages on the host — FROM/WORKDIR/ENV/COPY/RUN in a scratch folder per stage,
// honouring .dockerignore — then runs the final stage's CMD against an embedded PostgreSQL and
// checks that /api/health answers and the web app is served. It reads the real Dockerfile, so the
// check cannot drift from it. (Base images are not pulled: the host's Node 20 stands in for node:20.)
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { portIsFree, startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '../..');
// Outside the repository: `COPY . .` copies the repository into the stage folder.
const scratch = join(tmpdir(), 'suunta-docker-check');
rmSync(scratch, { recursive: true, force: true });

const ignored = readFileSync(resolve(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const isIgnored = (rel) => ignored.some((pattern) => (pattern.startsWith('*.') ? rel.endsWith(pattern.slice(1)) : rel === pattern || rel.startsWith(`${pattern}/`)));

const stages = {};
let stage;
let cmd;
const lines = readFileSync(resolve(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ').split('\n');
for (const raw of lines) {
  const line = raw.trim();
  if (!line || line.startsWith('#')) continue;
  const [instruction, ...rest] = line.split(/\s+/);
  const args = rest.join(' ');
  switch (instruction.toUpperCase()) {
    case 'FROM': {
      const name = args.split(/\s+as\s+/i)[1] ?? `stage${Object.keys(stages).length}`;
      stage = { name, dir: join(scratch, name), cwd: '/', env: {} };
      mkdirSync(stage.dir, { recursive: true });
      stages[name] = stage;
      console.log(`\n# stage ${name} (${args.split(/\s+/)[0]})`);
      break;
    }
    case 'WORKDIR':
      stage.cwd = args;
      mkdirSync(join(stage.dir, args), { recursive: true });
      break;
    case 'ENV':
      for (const [, k, v] of args.matchAll(/(\w+)=(\S+)/g)) stage.env[k] = v;
      break;
    case 'COPY': {
      const parts = args.split(/\s+/);
      const from = parts[0].startsWith('--from=') ? parts.shift().slice('--from='.length) : null;
      const dest = parts.pop();
      const destPath = dest.startsWith('/') ? join(stage.dir, dest) : join(stage.dir, stage.cwd, dest);
      for (const src of parts) {
        const srcPath = from ? join(stages[from].dir, src.startsWith('/') ? src : join(stages[from].cwd, src)) : resolve(root, src);
        // Docker copies a directory's contents into dest, and a file into dest/ when dest is a folder.
        const intoFolder = parts.length > 1 || dest.endsWith('/') || (existsSync(destPath) && statSync(destPath).isDirectory());
        const target = statSync(srcPath).isDirectory() || !intoFolder ? destPath : join(destPath, basename(srcPath));
        console.log(`COPY ${from ? `${from}:` : ''}${src} → ${dest}`);
        cpSync(srcPath, target, {
          recursive: true,
          filter: (p) => from !== null || !isIgnored(p.slice(root.length + 1)),
        });
      }
      break;
    }
    case 'RUN':
      console.log(`RUN ${args}`);
      execFileSync('bash', ['-c', args], { cwd: join(stage.dir, stage.cwd), stdio: 'inherit', env: { ...process.env, ...stage.env } });
      break;
    case 'CMD':
      cmd = JSON.parse(args);
      break;
    default:
      break; // USER, EXPOSE, HEALTHCHECK: nothing to replay
  }
}

let port = 3300;
while (!(await portIsFree(port))) port++;
let pgPort = 54360;
while (!(await portIsFree(pgPort))) pgPort++;
const pg = await startEmbeddedPostgres({ dataDir: join(scratch, 'pg'), port: pgPort });
await pg.createDatabase('suunta');
console.log(`\n# running CMD ${cmd.join(' ')} on port ${port}`);
const app = spawn(cmd[0] === 'node' ? process.execPath : cmd[0], cmd.slice(1), {
  cwd: join(stage.dir, stage.cwd),
  env: { ...process.env, ...stage.env, PORT: String(port), DATABASE_URL: pg.url('suunta'), WEB_DIST: join(stage.dir, stage.env.WEB_DIST ?? ''), SEED_DATA_DIR: join(stage.dir, stage.env.SEED_DATA_DIR ?? ''), LOG_LEVEL: 'warn' },
  stdio: 'inherit',
});
let ok = false;
for (let i = 0; i < 120 && !ok && app.exitCode === null; i++) {
  await new Promise((r) => setTimeout(r, 500));
  try {
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    ok = health.ok && (await page.text()).includes('<su-root');
  } catch {
    // not up yet
  }
}
app.kill('SIGTERM');
await new Promise((r) => app.once('exit', r));
await pg.stop();
console.log(ok ? '\ndocker-check: the image built from the Dockerfile starts, migrates, serves the web app and reports healthy.' : '\ndocker-check FAILED: the app did not become healthy.');
process.exit(ok ? 0 : 1);
