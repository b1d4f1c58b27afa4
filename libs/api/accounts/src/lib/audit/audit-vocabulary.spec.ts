import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@suunta/shared-domain';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The API's source files (not tests): where audit rows are written. */
function sources(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, found);
    else if (path.endsWith('.ts') && !path.endsWith('.spec.ts')) found.push(path);
  }
  return found;
}

describe('the audit vocabulary', () => {
  const files = sources(join(__dirname, '../../../..')).filter((f) => readFileSync(f, 'utf8').includes('.record('));

  it('finds the services that write audit rows (the check below is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('lists every action and entity type the API records, so the web can translate each', () => {
    const actions = new Set<string>();
    const types = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\baction: '([a-z_]+)'/g)) actions.add(m[1]);
      for (const m of text.matchAll(/\bentityType: '([a-z_]+)'/g)) types.add(m[1]);
    }
    expect([...actions].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect([...types].filter((t) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(t))).toEqual([]);
    expect(actions.size).toBeGreaterThan(10);
  });
});
