import { Controller, Get, Module } from '@nestjs/common';
import { anonymousAgent, createTestApp, listRoutes, signIn, TestApp } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';

/**
 * Deny by default: every route declares `@Public()`, `@Authenticated()` or `@RequireRoles()`,
 * and nothing but sign-in, health and the invitation form answers without a session.
 */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/health/live',
  'GET /api/health/ready',
  // No session, but off unless METRICS_TOKEN is set, and then it checks that bearer token itself.
  'GET /api/metrics',
  'POST /api/auth/accept-invite',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  // "forgot password" (same answer for every address) and the mailed reset link
  'POST /api/auth/forgot-password',
  'POST /api/auth/reset-password',
  // single sign-on: the redirect to the identity provider and its redirect back
  'GET /api/auth/sso/start',
  'GET /api/auth/sso/callback',
  // a reminder mail's snooze/unsubscribe link: no session, the mailed token is the permission
  'POST /api/reminders/subscription',
  // the JSON Schema of the archive format: a published document, no data of any organization
  'GET /api/archive/schema',
];

describe('routes: every endpoint declares who may call it', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
  });
  afterAll(() => t.close());

  it('finds the routes of the app (the enumeration itself works)', () => {
    const keys = listRoutes(t.app).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['GET /api/health', 'GET /api/auth/me', 'PATCH /api/users/:id', 'GET /api/regions']));
  });

  it('has no route without an access rule', () => {
    const undeclared = listRoutes(t.app)
      .filter((r) => !r.access)
      .map((r) => `${r.key} (${r.controller}.${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('has no public route beyond sign-in (password, reset, single sign-on), health, metrics and the invitation form', () => {
    const publicRoutes = listRoutes(t.app)
      .filter((r) => r.access?.kind === 'public')
      .map((r) => r.key);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 to every non-public route without a session', async () => {
    const anon = await anonymousAgent(t);
    const answers: Record<string, number> = {};
    for (const route of listRoutes(t.app).filter((r) => r.access?.kind !== 'public')) {
      const path = route.path.replace(/:[^/]+/g, '00000000-0000-4000-8000-000000000000');
      const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      answers[route.key] = (await anon[method](path).send({})).status;
    }
    expect(Object.entries(answers).filter(([, status]) => status !== 401)).toEqual([]);
    expect(Object.keys(answers).length).toBeGreaterThan(3);
  });
});

@Controller('undeclared')
class UndeclaredController {
  @Get()
  handler() {
    return { leaked: true };
  }
}

@Module({ controllers: [UndeclaredController] })
class UndeclaredModule {}

describe('routes: a route that declares nothing is refused', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((env) => {
      const app = AppModule.register(env);
      return { ...app, imports: [...(app.imports ?? []), UndeclaredModule] };
    });
  });
  afterAll(() => t.close());

  it('is caught by the enumeration', () => {
    expect(listRoutes(t.app).filter((r) => !r.access).map((r) => r.key)).toEqual(['GET /api/undeclared']);
  });

  it('answers 500 even to an admin, without running the handler', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const res = await admin.get('/api/undeclared').expect(500);
    expect(res.body).toEqual({ statusCode: 500, code: 'internal_error', error: 'Internal Server Error', message: 'Internal server error' });
  });
});
