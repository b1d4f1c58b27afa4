import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type RegionSeed, regionRows } from './organization-seed.util';

const seedFile = resolve(__dirname, '../../../../../tools/seed-data/organization.json');

describe('regionRows (the regions the organization seeder stores)', () => {
  it('SONet BOTNIA’s three regions in file order, with their Finnish and Swedish names', () => {
    const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as { regions: RegionSeed[] };
    expect(regionRows(seed.regions).map((r) => [r.sortOrder, r.code, r.name.fi, r.name.sv])).toEqual([
      [1, 'EP', 'Etelä-Pohjanmaa', 'Södra Österbotten'],
      [2, 'KP', 'Keski-Pohjanmaa', 'Mellersta Österbotten'],
      [3, 'PO', 'Pohjanmaa', 'Österbotten'],
    ]);
  });

  it('refuses a code that appears twice, naming it', () => {
    const twice: RegionSeed[] = [
      { code: 'EP', name: { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten' } },
      { code: 'EP', name: { fi: 'Toinen', sv: 'Annan' } },
    ];
    expect(() => regionRows(twice)).toThrow('region code EP appears twice');
  });

  it('refuses a region without its Swedish name, and one without a code', () => {
    expect(() => regionRows([{ code: 'PO', name: { fi: 'Pohjanmaa', sv: ' ' } }])).toThrow('region PO has no sv name');
    expect(() => regionRows([{ code: ' ', name: { fi: 'X', sv: 'X' } }])).toThrow('region 1 has no code');
  });

  it('trims codes, so " KP" and "KP" are the same region', () => {
    expect(() =>
      regionRows([
        { code: 'KP', name: { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten' } },
        { code: ' KP', name: { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten' } },
      ]),
    ).toThrow('region code KP appears twice');
  });
});
