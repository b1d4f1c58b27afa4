import { allow, MatrixContext, MatrixRow } from './matrix.types';

let nextSotkanetId = 900000;

/** A fresh chosen indicator made by management, for the rows that change or delete one. */
async function choice(ctx: MatrixContext): Promise<{ id: string; version: number }> {
  const res = await ctx.as('management').post('/api/indicators').send({ sotkanetId: nextSotkanetId++ });
  if (res.status !== 201) throw new Error(`fixture: indicator ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const WRITERS = ['admin', 'management'] as const;

export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/indicators',
    request: async () => ({ path: '/api/indicators', body: { sotkanetId: nextSotkanetId++ } }),
    expect: allow([...WRITERS], 201),
  },
  {
    route: 'PATCH /api/indicators/:id',
    request: async (ctx) => {
      const c = await choice(ctx);
      return { path: `/api/indicators/${c.id}`, body: { focusAreaId: null, version: c.version } };
    },
    expect: allow([...WRITERS], 200),
  },
  {
    route: 'DELETE /api/indicators/:id',
    request: async (ctx) => {
      const c = await choice(ctx);
      return { path: `/api/indicators/${c.id}?version=${c.version}` };
    },
    expect: allow([...WRITERS], 204),
  },
  {
    route: 'PUT /api/indicators/regions/:regionId',
    request: async (ctx) => {
      const regions = (await ctx.as('management').get('/api/indicators/regions')).body as { regionId: string; version: number }[];
      const kp = regions.find((r) => r.regionId === ctx.org.regions['KP']) as { regionId: string; version: number };
      return { path: `/api/indicators/regions/${kp.regionId}`, body: { sotkanetCategory: 'MAAKUNTA', sotkanetCode: '16', sotkanetRegionId: null, version: kp.version } };
    },
    expect: allow([...WRITERS], 200),
  },
  {
    route: 'POST /api/indicators/sync',
    request: async () => ({ path: '/api/indicators/sync' }),
    expect: allow([...WRITERS], 202),
  },
  {
    route: 'POST /api/indicators/csv',
    request: async () => ({ path: '/api/indicators/csv', body: { csv: 'indicator;region;year;value\n', dryRun: true } }),
    expect: allow([...WRITERS], 200),
  },
];
