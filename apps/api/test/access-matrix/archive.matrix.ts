import { allow, MatrixRow } from './matrix.types';

/** The smallest archive that imports anywhere, again and again: no keys, codes or regions to collide. */
function minimalArchive() {
  return {
    format: 'suunta-archive',
    version: 1,
    exportedAt: '2026-12-01T10:00:00.000Z',
    source: { organization: { code: 'elsewhere', name: 'Muu osaamiskeskus' }, server: 'https://suunta.example' },
    regions: [],
    roles: [],
    people: [],
    strategy: { title: 'Pääsymatriisin strategia', focusAreas: [{ title: 'Painopiste', csfs: [] }] },
    plans: [],
    progress: [],
    surveys: [],
    reports: [],
    minutes: [],
  };
}

/** Importing an archive creates a strategy with everything under it: admins only. */
export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/archive/import/preview',
    request: async () => ({ path: '/api/archive/import/preview', body: minimalArchive() }),
    expect: allow(['admin'], 200),
  },
  {
    route: 'POST /api/archive/import',
    request: async () => ({ path: '/api/archive/import', body: minimalArchive() }),
    expect: allow(['admin'], 201),
  },
];
