import type { SignedInAgent } from '@suunta/api-testing';
import { createStrategyFixture, StrategyFixture } from '../support/plans-fixtures';
import { allow, MatrixContext, MatrixRow, Principal } from './matrix.types';

/** One strategy fixture per suite run, made on first use. */
let fixture: StrategyFixture | undefined;
async function strategy(ctx: MatrixContext): Promise<StrategyFixture> {
  fixture ??= await createStrategyFixture(ctx.t, ctx.org.organizationId);
  return fixture;
}

/** A fresh comment written by `author` (the principal itself when it may comment). */
async function comment(ctx: MatrixContext, author: SignedInAgent): Promise<{ id: string; version: number }> {
  const res = await author
    .post('/api/comments')
    .send({ focusAreaId: (await strategy(ctx)).focusAreas[0], year: 2021, regionId: ctx.org.regions['KP'], body: 'Matriisin kommentti' });
  if (res.status !== 201) throw new Error(`fixture: comment ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const WRITERS = ['admin', 'management', 'board'] as const;
/** Writers edit and delete their own comment; the others try the board's. */
const ownOrBoards = (ctx: MatrixContext, principal: Principal) =>
  comment(ctx, ctx.as((WRITERS as readonly string[]).includes(principal) ? (principal as (typeof WRITERS)[number]) : 'board'));

export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/comments',
    request: async (ctx) => ({
      path: '/api/comments',
      body: { focusAreaId: (await strategy(ctx)).focusAreas[0], year: 2021, regionId: ctx.org.regions['KP'], body: 'Hyvä suunta' },
    }),
    expect: allow([...WRITERS], 201),
  },
  {
    route: 'PATCH /api/comments/:id',
    request: async (ctx, principal) => {
      const c = await ownOrBoards(ctx, principal);
      return { path: `/api/comments/${c.id}`, body: { body: 'Muokattu', version: c.version } };
    },
    expect: allow([...WRITERS], 200),
  },
  {
    route: 'DELETE /api/comments/:id',
    request: async (ctx, principal) => {
      const c = await ownOrBoards(ctx, principal);
      return { path: `/api/comments/${c.id}?version=${c.version}` };
    },
    expect: allow([...WRITERS], 204),
  },
];

// ------------------------------------------------------------------ minutes and networks
// Writers: admin and management anywhere; a planner in the meeting's (network's) region — here KP,
// so planner_KP may and planner_PO gets 403. Board and viewer read only.
const MINUTES_WRITERS = ['admin', 'management', 'planner_KP'] as const;
let kpPlan: Promise<void> | undefined;

/** A KP draft meeting (made by management) with one § item; `status` moves it on first. */
async function kpMeeting(ctx: MatrixContext, status: 'draft' | 'checked' | 'approved' = 'draft') {
  const management = ctx.as('management');
  let m = (
    await management
      .post('/api/meetings')
      .send({ regionId: ctx.org.regions['KP'], body: 'regional_steering_group', date: '2041-02-12' })
      .expect(201)
  ).body;
  m = (await management.post(`/api/meetings/${m.id}/items`).send({ version: m.version, title: 'Päätösasia', decision: 'Hyväksytään.', focusAreaIds: [(await strategy(ctx)).focusAreas[0]] }).expect(201)).body;
  if (status !== 'draft') m = (await management.post(`/api/meetings/${m.id}/check`).send({ version: m.version }).expect(200)).body;
  if (status === 'approved') m = (await management.post(`/api/meetings/${m.id}/approve`).send({ version: m.version }).expect(200)).body;
  return m as { id: string; version: number; items: { id: string; followUps: { id: string; version: number }[] }[] };
}

/** An approved KP plan for 2042–2043 with a theme per fixture focus area (once per suite). */
async function planInForce(ctx: MatrixContext): Promise<void> {
  kpPlan ??= (async () => {
    const s = await strategy(ctx);
    const management = ctx.as('management');
    const plan = (
      await management
        .post('/api/plans')
        .send({ strategyId: s.strategyId, title: 'KP 2042–2043', startYear: 2042, regionId: ctx.org.regions['KP'], themes: s.focusAreas.map((focusAreaId) => ({ focusAreaId })) })
        .expect(201)
    ).body;
    await management.post(`/api/plans/${plan.id}/approve`).send({ version: plan.version, approvedOn: '2041-12-15' }).expect(200);
  })();
  return kpPlan;
}

const kpNetwork = async (ctx: MatrixContext) =>
  (await ctx.as('management').post('/api/networks').send({ name: `Verkosto ${Math.random().toString(36).slice(2, 8)}`, regionId: ctx.org.regions['KP'] }).expect(201)).body as { id: string; version: number };

const MINUTES_TEXT = '1 § Kokouksen avaus\nPuheenjohtaja avasi kokouksen.\n2 § Päätösasia\nEsitys: Hyväksytään.\nPäätös: Hyväksytään.';

MATRIX.push(
  {
    route: 'POST /api/meetings',
    request: async (ctx) => ({ path: '/api/meetings', body: { regionId: ctx.org.regions['KP'], body: 'regional_steering_group' } }),
    expect: allow([...MINUTES_WRITERS], 201),
  },
  {
    route: 'POST /api/meetings/import/preview',
    request: async () => ({ path: '/api/meetings/import/preview', body: { text: MINUTES_TEXT } }),
    // parsing is not region-scoped: every writer role may preview
    expect: allow([...MINUTES_WRITERS, 'planner_PO'], 200),
  },
  {
    route: 'POST /api/meetings/import',
    request: async (ctx) => ({ path: '/api/meetings/import', body: { text: MINUTES_TEXT, regionId: ctx.org.regions['KP'], body: 'regional_steering_group' } }),
    expect: allow([...MINUTES_WRITERS], 201),
  },
  {
    route: 'PATCH /api/meetings/:id',
    request: async (ctx) => {
      const m = await kpMeeting(ctx);
      return { path: `/api/meetings/${m.id}`, body: { version: m.version, place: 'Kokkola' } };
    },
    expect: allow([...MINUTES_WRITERS], 200),
  },
  {
    route: 'DELETE /api/meetings/:id',
    request: async (ctx) => {
      const m = await kpMeeting(ctx);
      return { path: `/api/meetings/${m.id}?version=${m.version}` };
    },
    expect: allow([...MINUTES_WRITERS], 204),
  },
  {
    route: 'POST /api/meetings/:id/items',
    request: async (ctx) => {
      const m = await kpMeeting(ctx);
      return { path: `/api/meetings/${m.id}/items`, body: { version: m.version, title: 'Muut asiat' } };
    },
    expect: allow([...MINUTES_WRITERS], 201),
  },
  {
    route: 'PATCH /api/meetings/:id/items/:itemId',
    request: async (ctx) => {
      const m = await kpMeeting(ctx);
      return { path: `/api/meetings/${m.id}/items/${m.items[0].id}`, body: { version: m.version, decision: 'Merkitään tiedoksi.' } };
    },
    expect: allow([...MINUTES_WRITERS], 200),
  },
  {
    route: 'DELETE /api/meetings/:id/items/:itemId',
    request: async (ctx) => {
      const m = await kpMeeting(ctx);
      return { path: `/api/meetings/${m.id}/items/${m.items[0].id}?version=${m.version}` };
    },
    expect: allow([...MINUTES_WRITERS], 200),
  },
  {
    route: 'POST /api/meetings/:id/check',
    request: async (ctx) => {
      const m = await kpMeeting(ctx);
      return { path: `/api/meetings/${m.id}/check`, body: { version: m.version } };
    },
    expect: allow([...MINUTES_WRITERS], 200),
  },
  {
    route: 'POST /api/meetings/:id/approve',
    request: async (ctx) => {
      const m = await kpMeeting(ctx, 'checked');
      return { path: `/api/meetings/${m.id}/approve`, body: { version: m.version } };
    },
    expect: allow([...MINUTES_WRITERS], 200),
  },
  {
    route: 'POST /api/meetings/:id/reopen',
    request: async (ctx) => {
      const m = await kpMeeting(ctx, 'approved');
      return { path: `/api/meetings/${m.id}/reopen`, body: { version: m.version, reason: 'Korjaus' } };
    },
    expect: allow([...MINUTES_WRITERS], 200),
  },
  {
    route: 'POST /api/meetings/:id/items/:itemId/action',
    request: async (ctx) => {
      await planInForce(ctx);
      const m = await kpMeeting(ctx, 'approved');
      return { path: `/api/meetings/${m.id}/items/${m.items[0].id}/action`, body: { focusAreaId: (await strategy(ctx)).focusAreas[0], year: 2043, title: 'Päätöksen toimenpide' } };
    },
    expect: allow([...MINUTES_WRITERS], 201),
  },
  {
    route: 'POST /api/meetings/:id/items/:itemId/follow-ups',
    request: async (ctx) => {
      const m = await kpMeeting(ctx);
      return { path: `/api/meetings/${m.id}/items/${m.items[0].id}/follow-ups`, body: { title: 'Selvitä', owner: 'Anne Saarijärvi', dueDate: '2041-03-31' } };
    },
    expect: allow([...MINUTES_WRITERS], 201),
  },
  {
    route: 'PATCH /api/meetings/:id/follow-ups/:followUpId',
    request: async (ctx) => {
      const m = await kpMeeting(ctx);
      const withTask = (await ctx.as('management').post(`/api/meetings/${m.id}/items/${m.items[0].id}/follow-ups`).send({ title: 'Selvitä', owner: 'Anne', dueDate: '2041-03-31' }).expect(201)).body;
      const task = withTask.items[0].followUps[0];
      return { path: `/api/meetings/${m.id}/follow-ups/${task.id}`, body: { version: task.version, done: true } };
    },
    expect: allow([...MINUTES_WRITERS], 200),
  },
  {
    route: 'POST /api/networks',
    request: async (ctx) => ({ path: '/api/networks', body: { name: 'Matriisin verkosto', regionId: ctx.org.regions['KP'] } }),
    expect: allow([...MINUTES_WRITERS], 201),
  },
  {
    route: 'PATCH /api/networks/:id',
    request: async (ctx) => {
      const n = await kpNetwork(ctx);
      return { path: `/api/networks/${n.id}`, body: { version: n.version, status: 'paused' } };
    },
    expect: allow([...MINUTES_WRITERS], 200),
  },
);
