import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { READ_OBJECTS, REFERENCE_TABLES, TABLE_OWNERS } from './table-owners';

/**
 * The domain boundary, checked on the source: a lib's SQL names only its own tables, the
 * reference tables, and the read objects other domains export (table-owners.ts).
 *
 * KNOWN_CROSS_READS is the debt still to pay, lib → foreign tables it reads today. The check fails
 * on any cross-domain read not listed here (a new one), and on a listed one that is gone (so the
 * list only ever shrinks). Move a read behind the owner's read service or view, then delete its line.
 */
const KNOWN_CROSS_READS: Record<string, string[]> = {};

const ROOT = resolve(__dirname, '../../../../..');
const API_LIBS = resolve(ROOT, 'libs/api');
/** Libs that are not a domain: the migrations themselves and the integration-test harness. */
const EXEMPT = new Set(['database', 'testing']);
const SQL_NAME = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES)\s+([a-z_][a-z0-9_]*)\b/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every table, view or function a lib's SQL names that another domain owns: lib → table → files. */
export function crossDomainReads(): Record<string, Record<string, string[]>> {
  const found: Record<string, Record<string, string[]>> = {};
  for (const dir of readdirSync(API_LIBS)) {
    if (EXEMPT.has(dir)) continue;
    const lib = `api-${dir}`;
    for (const file of sourceFiles(join(API_LIBS, dir, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, name] of text.matchAll(SQL_NAME)) {
        const owner = TABLE_OWNERS[name];
        if (!owner || owner === lib || REFERENCE_TABLES.includes(name) || READ_OBJECTS[name]) continue;
        const files = ((found[lib] ??= {})[name] ??= []);
        const rel = relative(ROOT, file);
        if (!files.includes(rel)) files.push(rel);
      }
    }
  }
  return found;
}

describe('table ownership', () => {
  it('every table the migrations create has an owner, and every read object is created by a migration', () => {
    const migrations = readdirSync(resolve(__dirname, 'migrations'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(resolve(__dirname, 'migrations', f), 'utf8'))
      .join('\n');
    const tables = [...migrations.matchAll(/CREATE TABLE ([a-z_]+)/g)].map((m) => m[1]);
    // plans' region/role/person/criterion link tables are created in a loop over their names
    const looped = [...migrations.matchAll(/\['(plan_action_[a-z]+)'/g)].map((m) => m[1]);
    expect([...tables, ...looped].filter((t) => !TABLE_OWNERS[t] && t !== '${table}')).toEqual([]);
    const created = new Set([...migrations.matchAll(/CREATE (?:VIEW|FUNCTION) ([a-z_]+)/g)].map((m) => m[1]));
    expect(Object.keys(READ_OBJECTS).filter((o) => !created.has(o))).toEqual([]);
  });

  it("no lib's SQL names another domain's table, except the reads still listed as debt", () => {
    const found = crossDomainReads();
    const actual = Object.fromEntries(Object.entries(found).map(([lib, tables]) => [lib, Object.keys(tables).sort()]));
    const known = Object.fromEntries(Object.entries(KNOWN_CROSS_READS).map(([lib, tables]) => [lib, [...tables].sort()]));
    // On failure: a new cross-domain read → go through the owner's export; a read that is gone → delete its line above.
    expect(actual).toEqual(known);
  });

  it("a lib that reads another domain's views or functions imports that domain, so nx graph shows the dependency", () => {
    const missing: string[] = [];
    for (const dir of readdirSync(API_LIBS)) {
      if (EXEMPT.has(dir)) continue;
      const lib = `api-${dir}`;
      const files = sourceFiles(join(API_LIBS, dir, 'src')).map((f) => readFileSync(f, 'utf8'));
      const imports = new Set(files.flatMap((text) => [...text.matchAll(/from '@suunta\/(api-[a-z-]+)'/g)].map((m) => m[1])));
      for (const [object, owner] of Object.entries(READ_OBJECTS)) {
        if (owner === lib || imports.has(owner)) continue;
        if (files.some((text) => new RegExp(`\\b${object}\\b`).test(text))) missing.push(`${lib} reads ${object} of ${owner}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
