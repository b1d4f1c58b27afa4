import { createTestUser } from '@suunta/api-testing';
import { createHash, randomBytes } from 'node:crypto';
import { allow, everyone, MatrixRow } from './matrix.types';

/** Password reset by e-mail, own preferences, single sign-on settings (accounts domain). */
export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/auth/forgot-password',
    request: async () => ({ path: '/api/auth/forgot-password', body: { email: `someone-${randomBytes(3).toString('hex')}@test.invalid` } }),
    expect: everyone(202),
  },
  {
    route: 'POST /api/auth/reset-password',
    freshSession: true,
    request: async (ctx) => {
      const user = await createTestUser(ctx.t, { role: 'viewer' });
      const token = randomBytes(32).toString('base64url');
      await ctx.t.dataSource.query(`UPDATE user_account SET reset_token_hash = $2, reset_expires_at = now() + interval '1 hour' WHERE id = $1`, [
        user.id,
        createHash('sha256').update(token).digest('hex'),
      ]);
      return { path: '/api/auth/reset-password', body: { token, password: 'lakeus tuulee lännestä' } };
    },
    expect: everyone(204),
  },
  {
    route: 'PATCH /api/auth/me',
    request: async () => ({ path: '/api/auth/me', body: { language: 'sv' } }),
    expect: allow(['admin', 'management', 'planner_KP', 'planner_PO', 'board', 'viewer'], 200),
  },
  {
    route: 'PUT /api/admin/sso',
    request: async (ctx) => {
      const current = await ctx.as('admin').get('/api/admin/sso');
      return {
        path: '/api/admin/sso',
        body: {
          enabled: true,
          issuer: 'https://login.example.test',
          clientId: 'suunta',
          clientSecret: 'matrix-secret',
          emailDomains: ['matrix.example.test'],
          justInTime: false,
          ...(current.body.provider ? { version: current.body.provider.version } : {}),
        },
      };
    },
    expect: allow(['admin'], 200),
  },
  {
    route: 'DELETE /api/admin/sso',
    request: async () => ({ path: '/api/admin/sso' }),
    expect: allow(['admin'], 204),
  },
];
