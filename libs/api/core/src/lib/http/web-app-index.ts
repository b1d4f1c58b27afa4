import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A static import in the build's ES modules (`import"./x.js"`, `import{a}from"./x.js"`), not a lazy `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w${},*\s]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g;
const ENTRY_SCRIPT = /<script[^>]*\ssrc="\.?\/?([\w.-]+\.js)"[^>]*type="module"|<script[^>]*type="module"[^>]*\ssrc="\.?\/?([\w.-]+\.js)"/g;
const MODULE_PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="\.?\/?([\w.-]+\.js)"|<link[^>]*href="\.?\/?([\w.-]+\.js)"[^>]*rel="modulepreload"/g;

/** A built module's text; empty if the build has no such file. */
function moduleSource(dir: string, file: string): string {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Every module `file` imports statically, directly or through others (not `file` itself). */
function staticImports(dir: string, file: string): Set<string> {
  const found = new Set<string>();
  const queue = [file];
  while (queue.length) {
    for (const [, imported] of moduleSource(dir, queue.shift() as string).matchAll(STATIC_IMPORT)) {
      if (imported !== file && !found.has(imported)) {
        found.add(imported);
        queue.push(imported);
      }
    }
  }
  return found;
}

/**
 * The web app's index.html with a `<link rel="modulepreload">` for every module its entry script
 * imports statically. Angular's builder lists at most ten of them; the browser finds the others
 * only after it has parsed those, one round trip later, before the app can even start (issue 16:
 * the board's first paint). Read once when the API starts; lazy routes' chunks are not listed.
 */
export function indexWithModulePreloads(dir: string): string {
  return appIndex(dir).html;
}

/** The index with its initial modules preloaded, its entry scripts, and every module it now names. */
function appIndex(dir: string): { html: string; entries: string[]; modules: Set<string> } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((m) => m[1] ?? m[2]);
  const listed = new Set([...entries, ...[...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? m[2])]);
  const found = [...new Set([...listed].flatMap((file) => [...staticImports(dir, file)]).filter((file) => !listed.has(file)))];
  return { html: withPreloads(html, found), entries, modules: new Set([...listed, ...found]) };
}

/** `html` with a `<link rel="modulepreload">` for each file, before `</head>` (or `</body>`: after the app's own modules). */
function withPreloads(html: string, files: string[], before: '</head>' | '</body>' = '</head>'): string {
  if (!files.length || !html.includes(before)) return html;
  // the same base as the entry's own address (Angular writes "/main-….js": the app has no <base>,
  // so a relative address would resolve against a deep link such as /plans/:id)
  const base = html.match(/<script[^>]*\ssrc="(\.?\/?)[\w.-]+\.js"/)?.[1] ?? '/';
  const links = files.map((file) => `<link rel="modulepreload" href="${base}${file}">`).join('');
  return html.replace(before, `${links}${before}`);
}

/**
 * A lazy route as esbuild writes Angular's route tables: `{path:"board",…loadChildren:()=>import("./chunk-X.js")`
 * (or `loadComponent`), with what lies between (guards, `pathMatch`) in group 2.
 */
const LAZY_ROUTE = /\{path:(["`])([^"`]*)\1((?:(?!\{path:["`])[^])*?)load(Children|Component):\(\)=>import\((["`])\.\/([\w.-]+\.js)\5\)/g;

/** A feature's texts as its scope loader imports them: `"./i18n/fi.json":()=>import("./chunk-X.js")`. */
const SCOPE_TEXTS = /"\.\/i18n\/[\w-]+\.json":\(\)=>import\((["`])\.\/([\w.-]+\.js)\1\)/g;

interface LazyRoute {
  segments: string[];
  full: boolean;
  kind: 'Children' | 'Component';
  file: string;
}

/**
 * The web app's index.html for the page at a path: `indexWithModulePreloads`, plus a
 * `<link rel="modulepreload">` for the code of that page — its lazy route chunks, level by level,
 * and everything they import. Without them the browser asks for the page's first chunk only once
 * the app has started, and for each further level only once the one before has arrived and the
 * main thread is free again (issue 16: on the board, 300–600 ms after the app's own modules).
 *
 * The feature's texts (its Transloco scope, a chunk per language) come with it. The route tables
 * are read from the build's own output, as `LAZY_ROUTE` finds them; routes behind
 * `canMatch` or a `matcher`, and `**`, are left to the router, and groups are taken to have an empty
 * path (as the app's are). If the build ever writes its tables differently, pages simply get no
 * extra preloads. Each answer is kept per set of chunks (one per lazy page).
 */
export function webAppIndex(dir: string): (path: string) => string {
  const { html: base, entries, modules: initial } = appIndex(dir);
  const tables = new Map<string, LazyRoute[]>();
  const table = (file: string): LazyRoute[] => {
    let routes = tables.get(file);
    if (!routes) {
      routes = [...moduleSource(dir, file).matchAll(LAZY_ROUTE)]
        .filter(([, , path, between]) => path !== '**' && !/\b(canMatch|matcher):/.test(between))
        .map(([, , path, between, kind, , lazy]) => ({
          segments: path.split('/').filter(Boolean),
          full: /pathMatch:["`]full["`]/.test(between),
          kind: kind as LazyRoute['kind'],
          file: lazy,
        }));
      tables.set(file, routes);
    }
    return routes;
  };
  const pages = new Map<string, string>();
  return (path: string) => {
    let segments: string[];
    try {
      segments = path.split(/[?#]/)[0].split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return base;
    }
    const chunks = entries.flatMap((entry) => lazyChunksOf(table, entry, segments) ?? []);
    const key = chunks.join(' ');
    let page = pages.get(key);
    if (page === undefined) {
      // the feature's texts in each language too (a few kB each): the language is chosen in the browser
      const texts = chunks.flatMap((chunk) => [...moduleSource(dir, chunk).matchAll(SCOPE_TEXTS)].map((m) => m[2]));
      const extra = new Set([...chunks, ...texts].flatMap((chunk) => [chunk, ...staticImports(dir, chunk)]).filter((file) => !initial.has(file)));
      // after the app's own modules, which the browser then asks for first
      page = withPreloads(base, [...extra], '</body>');
      pages.set(key, page);
    }
    return page;
  };
}

/** The lazy chunks the router loads, in order, for `segments` from the route table in `file`; null when nothing matches. */
function lazyChunksOf(table: (file: string) => LazyRoute[], file: string, segments: string[]): string[] | null {
  for (const route of table(file)) {
    const own = route.segments;
    if (own.length > segments.length || !own.every((part, i) => part.startsWith(':') || part === segments[i])) continue;
    const rest = segments.slice(own.length);
    if ((route.full || route.kind === 'Component') && rest.length > 0) continue;
    if (route.kind === 'Component') return [route.file];
    const inner = lazyChunksOf(table, route.file, rest);
    if (inner) return [route.file, ...inner];
    // an empty-path group that matched nothing lets the router try the next route
    if (own.length > 0) return [route.file];
  }
  return null;
}

/**
 * `html` with a `<link rel="preload" as="fetch">` for each of the API requests the page makes first
 * (shared-domain `pageStartRequests`), right after `<meta charset>`: the browser sends them with
 * the page's own files instead of after the app has loaded, started and routed, and the app's
 * requests for the same addresses take the answers (issue 16: on a first visit the session check
 * and the board's figures waited behind some forty modules on the browser's six connections).
 * `crossorigin="anonymous"` is what a same-origin `fetch()` is (mode cors, credentials
 * same-origin): without it the browser would not hand the answer over. The paths are the API's
 * own (`/api/…`), their query strings URL-encoded; `&` is written as `&amp;`.
 */
export function withPageStartRequests(html: string, paths: string[]): string {
  const links = paths
    .filter((path) => /^\/api\/[\w\-./]*(\?[\w\-.~%&=+*]*)?$/.test(path))
    .map((path) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${path.replace(/&/g, '&amp;')}">`)
    .join('');
  if (!links) return html;
  const charset = /<meta charset[^>]*>/i.exec(html);
  if (charset) return `${html.slice(0, charset.index + charset[0].length)}${links}${html.slice(charset.index + charset[0].length)}`;
  return html.replace(/<head>/i, `<head>${links}`);
}
