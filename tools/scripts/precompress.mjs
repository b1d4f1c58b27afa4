#!/usr/bin/env node
// Compresses the built web app once, beside its files: `main-ABC.js` gets `main-ABC.js.br`
// (Brotli, best quality) and `main-ABC.js.gz` (gzip, level 9). The API serves them to browsers
// that accept them (@fastify/static `preCompressed`), so a first visit downloads ~4× fewer bytes
// without the server compressing anything per request. start.mjs runs it after the build, the
// Dockerfile in its build stage. Usage: node tools/scripts/precompress.mjs [dir]
// (default dist/apps/web/browser). Files already compressed from the same content are skipped,
// so running it again after a cached build costs a directory walk.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text formats worth compressing; images and fonts (woff2) are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|json|svg|txt|ico|webmanifest|xml|map)$/;
/** Below this, the headers cost more than the bytes saved (the `compression` middleware's threshold). */
const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);

async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

async function upToDate(source, target) {
  try {
    return (await stat(target)).mtimeMs >= (await stat(source)).mtimeMs;
  } catch {
    return false;
  }
}

/** Writes `<file>.br` and `<file>.gz` where they save at least a tenth; removes stale ones. */
async function compressFile(path) {
  const targets = [
    { ext: '.br', make: (bytes) => brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }) },
    { ext: '.gz', make: (bytes) => deflate(bytes, { level: constants.Z_BEST_COMPRESSION }) },
  ];
  let bytes;
  let written = 0;
  for (const { ext, make } of targets) {
    const target = path + ext;
    if (await upToDate(path, target)) continue;
    bytes ??= await readFile(path);
    const packed = await make(bytes);
    if (packed.length <= bytes.length * 0.9) {
      await writeFile(target, packed);
      written += packed.length;
    } else {
      await rm(target, { force: true });
    }
  }
  return written;
}

export async function precompress(dir, { concurrency = 2 } = {}) {
  const queue = [];
  for await (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    if ((await stat(path)).size < MIN_BYTES) continue;
    queue.push(path);
  }
  let compressed = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      if ((await compressFile(path)) > 0) compressed++;
    }
  });
  await Promise.all(workers);
  return compressed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../dist/apps/web/browser'));
  const started = Date.now();
  const count = await precompress(dir);
  console.log(`[suunta] Web app files compressed (Brotli and gzip): ${count} new in ${((Date.now() - started) / 1000).toFixed(1)} s (${dir})`);
}
