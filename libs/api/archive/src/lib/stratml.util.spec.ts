import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { measurementText, stakeholderOf, toStratml } from './stratml.util';
import { archiveFileName } from './archive-file-name.util';

const XSD = readFileSync(resolve(__dirname, '../stratml/stratml-part1.xsd'), 'utf8');
const validate = (xml: string) => validateXML({ xml: [{ fileName: 'plan.xml', contents: xml }], schema: [{ fileName: 'stratml-part1.xsd', contents: XSD }] });

const roles = [
  { code: 'development_director', kind: 'person' as const, scope: 'organization' as const, name: { fi: 'Kehitysjohtaja', sv: 'Utvecklingsdirektör', en: 'Development director' } },
  { code: 'management_group', kind: 'body' as const, scope: 'organization' as const, name: { fi: 'Johtoryhmä' } },
];

const input = {
  organization: { code: 'testi', name: 'TESTI', fullName: 'Testin osaamiskeskus' },
  roles,
  source: 'https://suunta.example',
  strategy: {
    title: 'Strategia & tulevaisuus <2030>',
    validFrom: '2025-01-01',
    validTo: '2030-12-31',
    vision: 'Visio',
    mission: 'Toiminta-ajatus',
    missionMeans: ['Keino 1'],
    values: [{ name: 'Avoimuus', text: 'Kerromme' }],
    focusAreas: [
      {
        title: 'Ensimmäinen painopiste',
        description: null,
        csfs: [
          { title: 'Tekijä A', criteria: [{ title: 'Mittari 1', measurementKind: 'count' as const, unit: 'lkm', yearlyTarget: 5, roles: ['development_director'], actions: [{ text: 'Tehdään', roles: ['management_group'] }] }] },
          { title: 'Tekijä B ilman kriteerejä', criteria: [], actions: [{ text: 'Toimitaan', roles: ['management_group'] }] },
        ],
      },
      { title: 'Toinen painopiste', csfs: [] },
    ],
  },
};

describe('toStratml', () => {
  it('writes a StrategicPlan the StratML Part 1 schema accepts: focus areas as Goals, criteria as Objectives, roles as Stakeholders', async () => {
    const xml = toStratml(input);
    const result = await validate(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect([...xml.matchAll(/<Goal>\s*<Name>([^<]*)<\/Name>/g)].map((m) => m[1])).toEqual(['Ensimmäinen painopiste', 'Toinen painopiste']);
    expect([...xml.matchAll(/<Identifier>([^<]*)<\/Identifier>/g)].map((m) => m[1])).toEqual(['F1', 'F1.1.1', 'F1.2', 'F2']);
    // escaped, not broken
    expect(xml).toContain('<Name>Strategia &amp; tulevaisuus &lt;2030&gt;</Name>');
    expect(xml).toContain('<Stakeholder StakeholderTypeType="Person">');
    expect(xml).toContain('<Stakeholder StakeholderTypeType="Generic_Group">');
    expect(xml).toContain('<Acronym>TESTI</Acronym>');
    expect(xml).toContain('<StartDate>2025-01-01</StartDate>');
  });

  it('is refused by the schema when an element is out of its place (the check bites)', async () => {
    const xml = toStratml(input).replace('<Vision>', '<Value><Name>x</Name></Value><Vision>');
    expect((await validate(xml)).valid).toBe(false);
  });
});

describe('mapping helpers', () => {
  it('a person role is a Person, a body a Generic_Group, named in Finnish', () => {
    expect(stakeholderOf(roles[0])).toEqual({ name: 'Kehitysjohtaja', type: 'Person' });
    expect(stakeholderOf(roles[1])).toEqual({ name: 'Johtoryhmä', type: 'Generic_Group' });
  });

  it('says what a criterion measures, leaving out what it does not have', () => {
    expect(measurementText({ measurementKind: 'count', unit: 'lkm', yearlyTarget: 0, deadline: null, frequency: '1 krt/v', method: null })).toBe('measurement: count; unit: lkm; yearly target: 0; frequency: 1 krt/v');
    expect(measurementText({ measurementKind: 'qualitative', unit: null, yearlyTarget: null, deadline: null, frequency: null, method: null })).toBe('measurement: qualitative');
  });

  it('makes plain file names from a strategy key or title', () => {
    expect(archiveFileName('SONet BOTNIAn strategia 2015', '2015', 'json')).toBe('suunta-2015.json');
    expect(archiveFileName('Äänekosken strategia – 2020/2025', null, 'stratml.xml')).toBe('suunta-aanekosken-strategia-2020-2025.stratml.xml');
    expect(archiveFileName('???', null, 'json')).toBe('suunta-strategy.json');
  });
});
