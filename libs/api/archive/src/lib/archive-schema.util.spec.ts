import type { SuuntaArchive } from '@suunta/shared-domain';
import { countArchive, fieldCode, fieldPath, regionCodesNamed, schemaErrors } from './archive-schema.util';

/** A hand-built archive: one focus area with one CSF and two criteria, one plan with two actions, one entry, one meeting. */
function fixture(): SuuntaArchive {
  return {
    format: 'suunta-archive',
    version: 1,
    exportedAt: '2026-12-01T10:00:00.000Z',
    source: { organization: { code: 'testi', name: 'Testikeskus' }, server: 'https://suunta.example' },
    regions: [{ code: 'KP', name: { fi: 'Keski-Pohjanmaa' } }],
    roles: [{ code: 'development_planner', kind: 'person', scope: 'region', name: { fi: 'Kehittämissuunnittelija' } }],
    people: [{ key: 'maija', name: 'Maija Meikäläinen', title: null, employer: null }],
    strategy: {
      title: 'Testistrategia',
      focusAreas: [
        {
          title: 'Painopiste',
          csfs: [
            {
              title: 'Menestystekijä',
              criteria: [
                { title: 'Koulutuksia', measurementKind: 'count', unit: 'lkm', yearlyTarget: 4, roles: ['development_planner'], actions: [{ text: 'Järjestetään', roles: [] }] },
                { title: 'Laatu', measurementKind: 'qualitative', actions: [] },
              ],
              actions: [{ text: 'Yleinen toimenpide', roles: ['development_planner'] }],
            },
          ],
        },
      ],
    },
    plans: [
      {
        key: 'P1', code: null, title: 'Suunnitelma', region: 'PO', startYear: 2025, status: 'draft', approvedOn: null, closedAt: null,
        themes: [{ focusArea: 'F1', title: 'Teema' }],
        actions: [
          { key: 'P1.A1', code: null, theme: 'F1', year: 2025, title: 'A', description: null, status: 'planned', targetValue: null, targetUnit: null, targetDate: null, regions: ['KP', 'EP'], roles: [], people: ['maija'], criteria: ['F1.1.1'] },
          { key: 'P1.A2', code: null, theme: 'F1', year: 2026, title: 'B', description: null, status: 'done', targetValue: 3, targetUnit: 'lkm', targetDate: null, regions: [], roles: [], people: [], criteria: [] },
        ],
      },
    ],
    progress: [
      { region: 'KP', year: 2025, entryDate: '2025-03-01', criterion: 'F1.1.1', action: 'P1.A1', value: 2, unit: 'lkm', narrative: 'Kaksi koulutusta', evidenceUrl: null, authorName: 'Maija', closedYearReason: null, source: null, retractedAt: null, retractedReason: null },
    ],
    surveys: [],
    reports: [],
    minutes: [
      {
        code: null, region: null, body: 'management_group', bodyName: null, status: 'approved', date: '2025-05-05', dateEarliest: null, dateLatest: null, dateNote: null,
        startTime: '09:00:00', endTime: null, remote: false, place: null, chair: null, secretary: null, minuteCheckers: [], attendance: [], notes: null, source: null, approvedAt: null,
        items: [{ number: 1, title: 'Avaus', proposal: null, discussion: null, decision: null, note: null, sortOrder: 1, attachments: [], focusAreas: ['F1'], actions: [{ action: 'P1.A2', fromDecision: true }], followUps: [] }],
      },
    ],
  };
}

/** Sets (or, with `undefined`, deletes) the value at a dotted path of a parsed JSON value. */
function setPath(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, root as Record<string, unknown>);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

describe('archive schema', () => {
  it('accepts the hand-built archive', () => {
    expect(schemaErrors(fixture())).toEqual([]);
  });

  it('names each bad field by its dotted path, with the API field-error code', () => {
    const a = fixture();
    setPath(a, 'plans.0.actions.1.year', '2026');
    setPath(a, 'strategy.focusAreas.0.csfs.0.title', undefined);
    setPath(a, 'progress.0.criterion', '1.1.1');
    setPath(a, 'minutes.0.items.0.unknown', 1);
    setPath(a, 'version', 2);
    expect(schemaErrors(a)).toEqual(
      expect.arrayContaining([
        { field: 'plans.0.actions.1.year', message: expect.stringContaining('plans.0.actions.1.year'), code: 'wrong_type' },
        { field: 'strategy.focusAreas.0.csfs.0.title', message: expect.any(String), code: 'required' },
        { field: 'progress.0.criterion', message: expect.any(String), code: 'invalid' },
        { field: 'minutes.0.items.0.unknown', message: expect.any(String), code: 'not_allowed' },
        { field: 'version', message: expect.any(String), code: 'not_one_of' },
      ]),
    );
  });

  it('refuses what is not an archive at all', () => {
    expect(schemaErrors(null).length).toBeGreaterThan(0);
    expect(schemaErrors([]).map((e) => e.field)).toEqual(['(archive)']);
    expect(schemaErrors({}).map((e) => e.field)).toEqual(expect.arrayContaining(['format', 'version', 'strategy', 'plans']));
  });

  it('reads JSON pointers into dotted paths, escapes included', () => {
    expect(fieldPath({ instancePath: '/plans/0/actions/2', keyword: 'required', params: { missingProperty: 'year' } })).toBe('plans.0.actions.2.year');
    expect(fieldPath({ instancePath: '/a~1b/c~0d', keyword: 'type', params: {} })).toBe('a/b.c~d');
    expect(fieldPath({ instancePath: '', keyword: 'type', params: {} })).toBe('(archive)');
    expect(fieldCode('maxLength')).toBe('too_long');
    expect(fieldCode('pattern')).toBe('invalid');
  });
});

describe('countArchive', () => {
  it('counts each kind of the hand-built archive', () => {
    expect(countArchive(fixture())).toEqual({
      focusAreas: 1, csfs: 1, criteria: 2,
      strategyActions: 2, // one under the first criterion, one straight under the CSF
      roles: 1, people: 1, plans: 1, planActions: 2, progressEntries: 1,
      surveys: 0, surveyQuestions: 0, reports: 0, reportSections: 0, meetings: 1, meetingItems: 1,
    });
  });

  it('counts what it can of a broken upload without throwing', () => {
    expect(countArchive({ plans: 'no' as never, strategy: { focusAreas: [null] } as never })).toMatchObject({ focusAreas: 1, csfs: 0, plans: 0 });
  });
});

describe('regionCodesNamed', () => {
  it('lists every region named anywhere, the listed ones first', () => {
    expect(regionCodesNamed(fixture())).toEqual(['KP', 'PO', 'EP']);
  });
});
