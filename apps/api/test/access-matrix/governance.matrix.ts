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
