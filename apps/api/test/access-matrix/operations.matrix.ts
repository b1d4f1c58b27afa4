import { allow, MatrixRow } from './matrix.types';

/** The admin page "Ylläpito": the test mail. */
export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/admin/operations/test-mail',
    request: async () => ({ path: '/api/admin/operations/test-mail' }),
    expect: allow(['admin'], 201),
  },
];
