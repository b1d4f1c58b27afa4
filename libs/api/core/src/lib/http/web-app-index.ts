import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A static import in the build's ES modules (`import"./x.js"`, `import{a}from"./x.js"`), not a lazy `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w${},*\s]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g;
const ENTRY_SCRIPT = /<script[^>]*\ssrc="\.?\/?([\w.-]+\.js)"[^>]*type="module"|<script[^>]*type="module"[^>]*\ssrc="\.?\/?([\w.-]+\.js)"/g;
const MODULE_PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="\.?\/?([\w.-]+\.js)"|<link[^>]*href="\.?\/?([\w.-]+\.js)"[^>]*rel="modulepreload"/g;

/**
 * The web app's index.html with a `<link rel="modulepreload">` for every module its entry script
 * imports statically. Angular's builder lists at most ten of them; the browser finds the others
 * only after it has parsed those, one round trip later, before the app can even start (issue 16:
 * the board's first paint). Read once when the API starts; lazy routes' chunks are not listed.
 */
export function indexWithModulePreloads(dir: string): string {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((m) => m[1] ?? m[2]);
  const listed = new Set([...entries, ...[...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? m[2])]);
  const found = new Set<string>();
  const queue = [...listed];
  while (queue.length) {
    const path = join(dir, queue.shift() as string);
    if (!existsSync(path)) continue;
    for (const [, file] of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) {
      if (!listed.has(file) && !found.has(file)) {
        found.add(file);
        queue.push(file);
      }
    }
  }
  if (!found.size || !html.includes('</head>')) return html;
  // the same base as the entry's own address (Angular writes "/main-….js": the app has no <base>,
  // so a relative address would resolve against a deep link such as /plans/:id)
  const base = html.match(/<script[^>]*\ssrc="(\.?\/?)[\w.-]+\.js"/)?.[1] ?? '/';
  const links = [...found].map((file) => `<link rel="modulepreload" href="${base}${file}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}
