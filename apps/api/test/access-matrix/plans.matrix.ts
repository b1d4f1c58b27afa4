import type { SignedInAgent } from '@suunta/api-testing';
import { addAction, approve, createPlan, createStrategyFixture, StrategyFixture } from '../support/plans-fixtures';
import { allow, MatrixContext, MatrixRow } from './matrix.types';

/** One strategy fixture per suite run, made on first use. */
let fixture: StrategyFixture | undefined;
async function strategy(ctx: MatrixContext): Promise<StrategyFixture> {
  fixture ??= await createStrategyFixture(ctx.t, ctx.org.organizationId);
  return fixture;
}
const management = (ctx: MatrixContext) => ctx.as('management') as SignedInAgent;

async function draftPlan(ctx: MatrixContext) {
  return createPlan(management(ctx), await strategy(ctx), { startYear: 2021 });
}

async function planWithKpAction(ctx: MatrixContext, approved = false) {
  const s = await strategy(ctx);
  const plan = await draftPlan(ctx);
  const action = await addAction(management(ctx), plan, s, { regionIds: [ctx.org.regions['KP']], target: { value: 2, unit: 'kpl' } });
  const current = approved ? await approve(management(ctx), plan.id) : plan;
  return { plan: { ...plan, version: current.version }, action };
}

async function kpEntry(ctx: MatrixContext) {
  const s = await strategy(ctx);
  const res = await management(ctx)
    .post('/api/progress-entries')
    .send({ regionId: ctx.org.regions['KP'], year: 2021, entryDate: '2021-03-01', criterionId: s.criteria.meetings, value: 1, narrative: 'Matriisi' });
  if (res.status !== 201) throw new Error(`fixture: entry ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number };
}

const PLANNING = allow(['admin', 'management'], 200);

export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/plans',
    request: async (ctx) => ({ path: '/api/plans', body: { strategyId: (await strategy(ctx)).strategyId, title: 'Matriisi', startYear: 2023 } }),
    expect: allow(['admin', 'management'], 201),
  },
  {
    route: 'PATCH /api/plans/:id',
    request: async (ctx) => {
      const plan = await draftPlan(ctx);
      return { path: `/api/plans/${plan.id}`, body: { version: plan.version, title: 'Muutettu' } };
    },
    expect: PLANNING,
  },
  {
    route: 'POST /api/plans/:id/approve',
    request: async (ctx) => {
      const plan = await draftPlan(ctx);
      return { path: `/api/plans/${plan.id}/approve`, body: { version: plan.version, approvedOn: '2020-12-15' } };
    },
    expect: PLANNING,
  },
  {
    route: 'POST /api/plans/:id/reopen',
    request: async (ctx) => {
      const { plan } = await planWithKpAction(ctx, true);
      return { path: `/api/plans/${plan.id}/reopen`, body: { version: plan.version, reason: 'Matriisi' } };
    },
    expect: PLANNING,
  },
  {
    route: 'POST /api/plans/:id/close',
    request: async (ctx) => {
      // an old period: closing it must not close the years the entry rows below log into
      const plan = await createPlan(management(ctx), await strategy(ctx), { startYear: 2011 });
      const approved = await approve(management(ctx), plan.id);
      return { path: `/api/plans/${plan.id}/close`, body: { version: approved.version } };
    },
    expect: PLANNING,
  },
  {
    route: 'POST /api/plans/:id/next',
    // from an approved plan (a draft answers 409 plan_next_from_draft)
    request: async (ctx) => ({ path: `/api/plans/${(await planWithKpAction(ctx, true)).plan.id}/next`, body: {} }),
    expect: allow(['admin', 'management'], 201),
  },
  {
    route: 'POST /api/plans/:id/themes',
    request: async (ctx) => {
      const s = await strategy(ctx);
      const res = await management(ctx).post('/api/plans').send({ strategyId: s.strategyId, title: 'Ilman teemoja', startYear: 2021 });
      return { path: `/api/plans/${res.body.id}/themes`, body: { focusAreaId: s.focusAreas[0] } };
    },
    expect: allow(['admin', 'management'], 201),
  },
  {
    route: 'PATCH /api/plans/:id/themes/:themeId',
    request: async (ctx) => {
      const plan = await draftPlan(ctx);
      return { path: `/api/plans/${plan.id}/themes/${plan.themes[0].id}`, body: { version: 1, title: 'Uusi teema' } };
    },
    expect: PLANNING,
  },
  {
    route: 'DELETE /api/plans/:id/themes/:themeId',
    request: async (ctx) => {
      const plan = await draftPlan(ctx);
      return { path: `/api/plans/${plan.id}/themes/${plan.themes[1].id}` };
    },
    expect: allow(['admin', 'management'], 204),
  },
  {
    route: 'POST /api/plans/:id/actions',
    request: async (ctx) => {
      const s = await strategy(ctx);
      const plan = await draftPlan(ctx);
      return { path: `/api/plans/${plan.id}/actions`, body: { themeId: plan.themes[0].id, year: 2021, title: 'Matriisi', regionIds: [ctx.org.regions['KP']], roleIds: [s.roleId] } };
    },
    expect: allow(['admin', 'management'], 201),
  },
  {
    route: 'PATCH /api/plans/:id/actions/:actionId',
    request: async (ctx) => {
      const { plan, action } = await planWithKpAction(ctx);
      return { path: `/api/plans/${plan.id}/actions/${action.id}`, body: { version: action.version, title: 'Muutettu' } };
    },
    expect: PLANNING,
  },
  {
    route: 'DELETE /api/plans/:id/actions/:actionId',
    request: async (ctx) => {
      const { plan, action } = await planWithKpAction(ctx);
      return { path: `/api/plans/${plan.id}/actions/${action.id}` };
    },
    expect: allow(['admin', 'management'], 204),
  },
  {
    // execution status: planners too, but only for actions of their regions
    route: 'POST /api/plans/:id/actions/:actionId/status',
    request: async (ctx) => {
      const { plan, action } = await planWithKpAction(ctx, true);
      return { path: `/api/plans/${plan.id}/actions/${action.id}/status`, body: { version: action.version, status: 'in_progress' } };
    },
    expect: allow(['admin', 'management', 'planner_KP'], 200),
  },
  {
    route: 'POST /api/progress-entries',
    request: async (ctx) => ({
      path: '/api/progress-entries',
      body: { regionId: ctx.org.regions['KP'], year: 2021, entryDate: '2021-03-01', criterionId: (await strategy(ctx)).criteria.meetings, value: 2, narrative: 'Matriisi' },
    }),
    expect: allow(['admin', 'management', 'planner_KP'], 201),
  },
  {
    route: 'PATCH /api/progress-entries/:id',
    request: async (ctx) => {
      const e = await kpEntry(ctx);
      return { path: `/api/progress-entries/${e.id}`, body: { version: e.version, value: 3, correctionReason: 'Matriisi' } };
    },
    expect: allow(['admin', 'management', 'planner_KP'], 200),
  },
  {
    route: 'POST /api/progress-entries/:id/retract',
    request: async (ctx) => {
      const e = await kpEntry(ctx);
      return { path: `/api/progress-entries/${e.id}/retract`, body: { version: e.version, reason: 'Matriisi' } };
    },
    expect: allow(['admin', 'management', 'planner_KP'], 200),
  },
];
