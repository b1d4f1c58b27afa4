import { allow, MatrixContext, MatrixRow } from './matrix.types';

/** A fresh funding entry made by management, for the rows that change or delete one. */
async function entry(ctx: MatrixContext): Promise<{ id: string; version: number }> {
  const res = await ctx.as('management').post('/api/funding/entries').send({ year: 2031, source: 'project', description: 'Matriisin hanke', amount: '1000.00' });
  if (res.status !== 201) throw new Error(`fixture: funding entry ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const WRITERS = ['admin', 'management'] as const;

export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/funding/entries',
    request: async () => ({ path: '/api/funding/entries', body: { year: 2031, source: 'municipal', payer: 'other_parties', amount: '500' } }),
    expect: allow([...WRITERS], 201),
  },
  {
    route: 'PATCH /api/funding/entries/:id',
    request: async (ctx) => {
      const e = await entry(ctx);
      return { path: `/api/funding/entries/${e.id}`, body: { year: 2031, source: 'project', description: 'Muutettu', amount: '1200.00', version: e.version } };
    },
    expect: allow([...WRITERS], 200),
  },
  {
    route: 'DELETE /api/funding/entries/:id',
    request: async (ctx) => {
      const e = await entry(ctx);
      return { path: `/api/funding/entries/${e.id}?version=${e.version}` };
    },
    expect: allow([...WRITERS], 204),
  },
];
