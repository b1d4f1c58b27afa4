import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexWithModulePreloads } from './web-app-index';

describe('indexWithModulePreloads', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'suunta-web-'));
    // what esbuild writes: the entry, listed chunks, chunks only they import, and a lazy route
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><link rel="modulepreload" href="/chunk-A.js"><script src="/main-M.js" type="module"></script></head><body></body></html>',
    );
    writeFileSync(join(dir, 'main-M.js'), 'import{a as x}from"./chunk-A.js";import"./chunk-B.js";const r=()=>import("./chunk-LAZY.js");');
    writeFileSync(join(dir, 'chunk-A.js'), 'import{c}from"./chunk-C.js";export const a=1;');
    writeFileSync(join(dir, 'chunk-B.js'), 'import"./chunk-C.js";');
    writeFileSync(join(dir, 'chunk-C.js'), 'export const c=2;');
    writeFileSync(join(dir, 'chunk-LAZY.js'), 'import"./chunk-D.js";');
    writeFileSync(join(dir, 'chunk-D.js'), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every static import the page would find only later, once, and no lazy chunk (the entry\'s first, then theirs)', () => {
    const html = indexWithModulePreloads(dir);
    expect(html).toBe(
      '<html><head><link rel="modulepreload" href="/chunk-A.js"><script src="/main-M.js" type="module"></script>' +
        // absolute, as Angular writes its own: the app has no <base>, and a deep link such as /plans/1 must not resolve them under /plans/
        '<link rel="modulepreload" href="/chunk-B.js"><link rel="modulepreload" href="/chunk-C.js"></head><body></body></html>',
    );
  });

  it('leaves an index.html whose imports are all listed as it is', () => {
    writeFileSync(join(dir, 'main-M.js'), 'import{a}from"./chunk-A.js";');
    writeFileSync(join(dir, 'chunk-A.js'), 'export const a=1;');
    expect(indexWithModulePreloads(dir)).toBe(
      '<html><head><link rel="modulepreload" href="/chunk-A.js"><script src="/main-M.js" type="module"></script></head><body></body></html>',
    );
  });
});
