import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MEETING_FILES, NETWORK_FILE } from './governance.seeder';

const dir = resolve(__dirname, '../../../../../tools/seed-data');
const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as T;

/** The seed files the seeder reads, checked for what it relies on before any database is involved. */
describe('governance seed files', () => {
  const focusAreaKeys = new Set(
    ['strategy-2015.json', 'strategy-2018.json', 'strategy-2020.json'].flatMap((f) => read<{ focusAreas: { key: string }[] }>(f).focusAreas.map((fa) => fa.key)),
  );

  it.each(MEETING_FILES)('%s: items numbered 1…n without gaps, every focus-area key known', (file) => {
    const data = read<{ region: string; meetings: { items: { number: number; focusAreaKeys: string[] }[] }[] }>(file);
    expect(['EP', 'KP', 'PO']).toContain(data.region);
    for (const meeting of data.meetings) {
      expect(meeting.items.map((i) => i.number)).toEqual(meeting.items.map((_, index) => index + 1));
      for (const key of meeting.items.flatMap((i) => i.focusAreaKeys)) expect(focusAreaKeys).toContain(key);
    }
  });

  it('networks: unique keys, known regions and statuses, consistent meeting counts, known focus-area keys', () => {
    const networks = read<{ key: string; region: string; status: string; meetingsPerYear: number | null; meetingsPerYearMin: number | null; meetingsPerYearMax: number | null; focusAreaKeys: string[] }[]>(NETWORK_FILE);
    expect(new Set(networks.map((n) => n.key)).size).toBe(networks.length);
    for (const n of networks) {
      expect(['EP', 'KP', 'PO']).toContain(n.region);
      expect(['active', 'planned', 'under_consideration', 'ended']).toContain(n.status);
      if (n.meetingsPerYearMin !== null && n.meetingsPerYearMax !== null) expect(n.meetingsPerYearMax).toBeGreaterThanOrEqual(n.meetingsPerYearMin);
      for (const key of n.focusAreaKeys) expect(focusAreaKeys).toContain(key);
    }
  });
});
