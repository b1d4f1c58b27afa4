import { createTestUser } from '@suunta/api-testing';
import type { SignedInAgent } from '@suunta/api-testing';
import { allow, everyone, MatrixContext, MatrixRow } from './matrix.types';

async function newUser(ctx: MatrixContext): Promise<{ id: string; version: number }> {
  const res = await ctx.as('admin').post('/api/users').send({
    email: `matrix-${Math.random().toString(36).slice(2)}@test.invalid`,
    displayName: 'Matrix fixture',
    roles: ['viewer'],
    regionIds: [],
  });
  if (res.status !== 201) throw new Error(`fixture: POST /api/users answered ${res.status}`);
  return { id: res.body.user.id, version: res.body.user.version };
}

export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/auth/login',
    freshSession: true,
    request: async (ctx) => {
      const { email, password } = await createTestUser(ctx.t, { role: 'viewer' });
      return { path: '/api/auth/login', body: { email, password } };
    },
    expect: everyone(200),
  },
  {
    route: 'POST /api/auth/logout',
    freshSession: true,
    request: async () => ({ path: '/api/auth/logout' }),
    expect: everyone(204),
  },
  {
    route: 'POST /api/auth/password',
    freshSession: true,
    request: async (_ctx, _principal, agent) => ({
      path: '/api/auth/password',
      body: { currentPassword: (agent as SignedInAgent).password ?? 'anonymous has none', newPassword: 'lakeus tuulee lännestä' },
    }),
    expect: allow(['admin', 'management', 'planner_KP', 'planner_PO', 'board', 'viewer'], 204),
  },
  {
    route: 'POST /api/auth/accept-invite',
    freshSession: true,
    request: async (ctx) => {
      const res = await ctx.as('admin').post('/api/users').send({
        email: `invitee-${Math.random().toString(36).slice(2)}@test.invalid`,
        displayName: 'Invitee',
        roles: ['viewer'],
        regionIds: [],
      });
      return { path: '/api/auth/accept-invite', body: { token: res.body.token, password: 'lakeus tuulee lännestä' } };
    },
    expect: everyone(204),
  },
  {
    route: 'POST /api/users',
    request: async () => ({
      path: '/api/users',
      body: { email: `new-${Math.random().toString(36).slice(2)}@test.invalid`, displayName: 'New user', roles: ['viewer'], regionIds: [] },
    }),
    expect: allow(['admin'], 201),
  },
  {
    route: 'PATCH /api/users/:id',
    request: async (ctx) => {
      const user = await newUser(ctx);
      return { path: `/api/users/${user.id}`, body: { version: user.version, roles: ['planner'], regionIds: [ctx.org.regions['KP']] } };
    },
    expect: allow(['admin'], 200),
  },
  {
    route: 'POST /api/users/:id/invite',
    request: async (ctx) => ({ path: `/api/users/${(await newUser(ctx)).id}/invite` }),
    expect: allow(['admin'], 201),
  },
];
