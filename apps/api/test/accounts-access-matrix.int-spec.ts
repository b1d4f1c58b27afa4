import { anonymousAgent, createTestApp, ensureOrganization, listRoutes, MUTATING_METHODS, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization, XsrfAgent } from '@suunta/api-testing';
import type { AppRole } from '@suunta/shared-domain';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../src/app/app.module';
import { MatrixContext, MatrixRow, Principal, PRINCIPALS } from './access-matrix/matrix.types';

/** Every `access-matrix/*.matrix.ts` file's rows: each domain keeps its own file. */
function loadMatrix(): MatrixRow[] {
  const dir = join(__dirname, 'access-matrix');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.matrix.ts'))
    .sort()
    .flatMap((f) => (require(join(dir, f)) as { MATRIX: MatrixRow[] }).MATRIX);
}

const ROWS = loadMatrix();

function signInAs(t: TestApp, principal: Exclude<Principal, 'anonymous'>): Promise<SignedInAgent> {
  const [role, region] = principal.split('_') as [AppRole, string | undefined];
  return signIn(t, { role, regionCodes: region ? [region] : [] });
}

describe('access matrix: role × region × mutating route', () => {
  let t: TestApp;
  let org: TestOrganization;
  const agents = new Map<Principal, SignedInAgent>();
  let ctx: MatrixContext;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    for (const p of PRINCIPALS) {
      if (p !== 'anonymous') agents.set(p, await signInAs(t, p));
    }
    ctx = { t, org, as: (p) => agents.get(p) as SignedInAgent };
  });
  afterAll(() => t.close());

  it('has exactly one row for every mutating route of the app, and no row for a route that does not exist', () => {
    const mutating = listRoutes(t.app)
      .filter((r) => (MUTATING_METHODS as readonly string[]).includes(r.method))
      .map((r) => r.key);
    const rows = ROWS.map((r) => r.route);
    expect({
      missingRows: mutating.filter((k) => !rows.includes(k)),
      rowsForUnknownRoutes: rows.filter((k) => !mutating.includes(k)),
      duplicateRows: rows.filter((k, i) => rows.indexOf(k) !== i),
    }).toEqual({ missingRows: [], rowsForUnknownRoutes: [], duplicateRows: [] });
  });

  describe.each(ROWS.map((row) => [row.route, row] as const))('%s', (route, row) => {
    it('answers each principal with the expected status', async () => {
      const method = route.split(' ')[0].toLowerCase() as 'post' | 'put' | 'patch' | 'delete';
      const actual = {} as Record<Principal, number>;
      for (const principal of PRINCIPALS) {
        const agent: XsrfAgent | SignedInAgent =
          principal === 'anonymous' ? await anonymousAgent(t) : row.freshSession ? await signInAs(t, principal) : ctx.as(principal);
        const req = await row.request(ctx, principal, agent);
        const res = await agent[method](req.path).send(req.body as object);
        actual[principal] = res.status;
      }
      expect(actual).toEqual(row.expect);
    });
  });
});
