import { allow, MatrixContext, MatrixRow } from './matrix.types';
import { strategyWithPlans } from '../reports-fixtures';

let nextYear = 2040;
let framed = false;

/** The strategy (valid from 2040 on, so every fixture year has one in force) and a KP plan for 2040–2041. */
async function frame(ctx: MatrixContext): Promise<void> {
  if (framed) return;
  const { strategyId } = await strategyWithPlans(ctx.t, ctx.org, 2040, ['KP']);
  await ctx.t.dataSource.query(`UPDATE strategy SET valid_to = '2099-12-31' WHERE id = $1`, [strategyId]);
  framed = true;
}

/** A fresh KP report (a strategy with plans for the year exists once per suite). */
async function kpReport(ctx: MatrixContext, status: 'draft' | 'in_review' | 'approved' = 'draft'): Promise<{ id: string; version: number; sectionId: string; sectionVersion: number }> {
  await frame(ctx);
  // each fixture its own year: one report per region and year
  const year = nextYear++;
  const res = await ctx.as('management').post('/api/annual-reports').send({ regionId: ctx.org.regions['KP'], year });
  if (res.status !== 201) throw new Error(`fixture: POST /api/annual-reports answered ${res.status} ${JSON.stringify(res.body)}`);
  const id = res.body.id as string;
  if (status !== 'draft') await ctx.as('management').post(`/api/annual-reports/${id}/submit`).expect(200);
  if (status === 'approved') await ctx.as('management').post(`/api/annual-reports/${id}/approve`).expect(200);
  const body = (await ctx.as('management').get(`/api/annual-reports/${id}`)).body;
  return { id, version: body.version, sectionId: body.sections[0].id, sectionVersion: body.sections[0].version };
}

export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/annual-reports',
    request: async (ctx) => {
      await frame(ctx);
      return { path: '/api/annual-reports', body: { regionId: ctx.org.regions['KP'], year: nextYear++ } };
    },
    expect: { ...allow(['admin', 'management', 'planner_KP'], 201), planner_PO: 403 },
  },
  {
    route: 'PATCH /api/annual-reports/:id',
    request: async (ctx) => {
      const r = await kpReport(ctx);
      return { path: `/api/annual-reports/${r.id}`, body: { version: r.version, authorName: 'Kaisa Suunnittelija' } };
    },
    expect: { ...allow(['admin', 'management', 'planner_KP'], 200), planner_PO: 403 },
  },
  {
    route: 'PUT /api/annual-reports/:id/sections/:sectionId',
    request: async (ctx) => {
      const r = await kpReport(ctx);
      return { path: `/api/annual-reports/${r.id}/sections/${r.sectionId}`, body: { version: r.sectionVersion, body: 'Teksti' } };
    },
    expect: { ...allow(['admin', 'management', 'planner_KP'], 200), planner_PO: 403 },
  },
  {
    route: 'POST /api/annual-reports/:id/redraft',
    request: async (ctx) => ({ path: `/api/annual-reports/${(await kpReport(ctx)).id}/redraft` }),
    expect: { ...allow(['admin', 'management', 'planner_KP'], 200), planner_PO: 403 },
  },
  {
    route: 'POST /api/annual-reports/:id/submit',
    request: async (ctx) => ({ path: `/api/annual-reports/${(await kpReport(ctx)).id}/submit` }),
    expect: { ...allow(['admin', 'management', 'planner_KP'], 200), planner_PO: 403 },
  },
  {
    route: 'POST /api/annual-reports/:id/approve',
    request: async (ctx) => ({ path: `/api/annual-reports/${(await kpReport(ctx, 'in_review')).id}/approve` }),
    expect: allow(['admin', 'management'], 200),
  },
  {
    route: 'POST /api/annual-reports/:id/reopen',
    request: async (ctx) => ({ path: `/api/annual-reports/${(await kpReport(ctx, 'approved')).id}/reopen`, body: { reason: 'Korjaus' } }),
    expect: allow(['admin', 'management'], 200),
  },
  {
    route: 'POST /api/annual-reports/:id/reopen-requests',
    request: async (ctx) => ({ path: `/api/annual-reports/${(await kpReport(ctx, 'approved')).id}/reopen-requests`, body: { message: 'Syysseminaari puuttuu' } }),
    // management and admin may reopen it themselves: their request is a conflict, not a refusal
    expect: { ...allow(['planner_KP'], 201), admin: 409, management: 409 },
  },
];
