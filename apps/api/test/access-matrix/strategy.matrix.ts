import { allow, MatrixContext, MatrixRow } from './matrix.types';

/** Writing the strategy, its roles, people and mappings: management and admin only. */
const WRITERS = ['management', 'admin'] as const;
const writers = (status: number) => allow([...WRITERS], status);

let serial = 0;
const unique = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${(serial++).toString(36)}`;

async function ok<T>(res: Promise<{ status: number; body: T }>, expected: number, what: string): Promise<T> {
  const r = await res;
  if (r.status !== expected) throw new Error(`fixture: ${what} answered ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

interface Fixture {
  strategy: { id: string; version: number };
  focusArea: { id: string; version: number };
  csf: { id: string; version: number };
  criterion: { id: string; version: number };
  action: { id: string; version: number };
  csfAction: { id: string; version: number };
}

/** A fresh draft strategy with one of everything, built by the management user. */
async function draftTree(ctx: MatrixContext): Promise<Fixture> {
  const m = ctx.as('management');
  const strategy = await ok(m.post('/api/strategies').send({ title: 'Matrix strategy' }), 201, 'create strategy');
  const focusArea = await ok(m.post(`/api/strategies/${strategy.id}/focus-areas`).send({ title: 'Matrix focus area' }), 201, 'create focus area');
  const csf = await ok(m.post(`/api/focus-areas/${focusArea.id}/critical-success-factors`).send({ title: 'Matrix CSF' }), 201, 'create CSF');
  const criterion = await ok(
    m.post(`/api/critical-success-factors/${csf.id}/criteria`).send({ title: 'Matrix criterion', measurementKind: 'count', unit: 'kpl', yearlyTarget: 2 }),
    201,
    'create criterion',
  );
  const action = await ok(m.post(`/api/criteria/${criterion.id}/actions`).send({ text: 'Matrix action' }), 201, 'create action');
  const csfAction = await ok(m.post(`/api/critical-success-factors/${csf.id}/actions`).send({ text: 'Matrix CSF action' }), 201, 'create CSF action');
  return { strategy, focusArea, csf, criterion, action, csfAction };
}

async function bodyRole(ctx: MatrixContext): Promise<{ id: string; version: number }> {
  return ok(
    ctx.as('management').post('/api/responsible-roles').send({ code: unique('matrix_body'), kind: 'body', name: { fi: 'Matriisiryhmä' } }),
    201,
    'create role',
  );
}

export const MATRIX: MatrixRow[] = [
  // ------------------------------------------------------------ strategies
  { route: 'POST /api/strategies', request: async () => ({ path: '/api/strategies', body: { title: 'New draft' } }), expect: writers(201) },
  {
    route: 'POST /api/strategies/import',
    request: async () => ({ path: '/api/strategies/import', body: { title: 'Imported', focusAreas: [{ title: 'One', csfs: [] }] } }),
    expect: writers(201),
  },
  {
    route: 'POST /api/strategies/import/preview',
    request: async () => ({ path: '/api/strategies/import/preview', body: { title: 'Previewed', focusAreas: [{ title: 'One', csfs: [] }] } }),
    expect: writers(200),
  },
  {
    route: 'PATCH /api/strategies/:id',
    request: async (ctx) => {
      const { strategy } = await draftTree(ctx);
      return { path: `/api/strategies/${strategy.id}`, body: { title: 'Renamed', version: strategy.version } };
    },
    expect: writers(200),
  },
  {
    route: 'DELETE /api/strategies/:id',
    request: async (ctx) => ({ path: `/api/strategies/${(await draftTree(ctx)).strategy.id}` }),
    expect: writers(204),
  },
  {
    route: 'PATCH /api/strategies/:id/status',
    request: async (ctx) => {
      const { strategy } = await draftTree(ctx);
      const role = await bodyRole(ctx);
      return {
        path: `/api/strategies/${strategy.id}/status`,
        body: { status: 'approved', approvedByRoleId: role.id, approvedOn: '2026-01-15', version: strategy.version },
      };
    },
    expect: writers(200),
  },
  {
    route: 'POST /api/strategies/:id/copy',
    request: async (ctx) => ({ path: `/api/strategies/${(await draftTree(ctx)).strategy.id}/copy`, body: { title: 'Copy' } }),
    expect: writers(201),
  },
  {
    route: 'POST /api/strategies/:id/focus-areas',
    request: async (ctx) => ({ path: `/api/strategies/${(await draftTree(ctx)).strategy.id}/focus-areas`, body: { title: 'Another focus area' } }),
    expect: writers(201),
  },
  {
    route: 'PUT /api/strategies/:id/focus-areas/order',
    request: async (ctx) => {
      const f = await draftTree(ctx);
      return { path: `/api/strategies/${f.strategy.id}/focus-areas/order`, body: { ids: [f.focusArea.id] } };
    },
    expect: writers(204),
  },
  // ------------------------------------------------------------ focus areas
  {
    route: 'PATCH /api/focus-areas/:id',
    request: async (ctx) => {
      const { focusArea } = await draftTree(ctx);
      return { path: `/api/focus-areas/${focusArea.id}`, body: { title: 'Renamed', version: focusArea.version } };
    },
    expect: writers(200),
  },
  {
    route: 'DELETE /api/focus-areas/:id',
    request: async (ctx) => ({ path: `/api/focus-areas/${(await draftTree(ctx)).focusArea.id}` }),
    expect: writers(204),
  },
  {
    route: 'POST /api/focus-areas/:id/critical-success-factors',
    request: async (ctx) => ({ path: `/api/focus-areas/${(await draftTree(ctx)).focusArea.id}/critical-success-factors`, body: { title: 'CSF' } }),
    expect: writers(201),
  },
  {
    route: 'PUT /api/focus-areas/:id/critical-success-factors/order',
    request: async (ctx) => {
      const f = await draftTree(ctx);
      return { path: `/api/focus-areas/${f.focusArea.id}/critical-success-factors/order`, body: { ids: [f.csf.id] } };
    },
    expect: writers(204),
  },
  // ------------------------------------------------------------ critical success factors
  {
    route: 'PATCH /api/critical-success-factors/:id',
    request: async (ctx) => {
      const { csf } = await draftTree(ctx);
      return { path: `/api/critical-success-factors/${csf.id}`, body: { title: 'Renamed', version: csf.version } };
    },
    expect: writers(200),
  },
  {
    route: 'DELETE /api/critical-success-factors/:id',
    request: async (ctx) => ({ path: `/api/critical-success-factors/${(await draftTree(ctx)).csf.id}` }),
    expect: writers(204),
  },
  {
    route: 'POST /api/critical-success-factors/:id/criteria',
    request: async (ctx) => ({
      path: `/api/critical-success-factors/${(await draftTree(ctx)).csf.id}/criteria`,
      body: { title: 'Criterion', measurementKind: 'qualitative' },
    }),
    expect: writers(201),
  },
  {
    route: 'PUT /api/critical-success-factors/:id/criteria/order',
    request: async (ctx) => {
      const f = await draftTree(ctx);
      return { path: `/api/critical-success-factors/${f.csf.id}/criteria/order`, body: { ids: [f.criterion.id] } };
    },
    expect: writers(204),
  },
  {
    route: 'POST /api/critical-success-factors/:id/actions',
    request: async (ctx) => ({ path: `/api/critical-success-factors/${(await draftTree(ctx)).csf.id}/actions`, body: { text: 'Action' } }),
    expect: writers(201),
  },
  {
    route: 'PUT /api/critical-success-factors/:id/actions/order',
    request: async (ctx) => {
      const f = await draftTree(ctx);
      return { path: `/api/critical-success-factors/${f.csf.id}/actions/order`, body: { ids: [f.csfAction.id] } };
    },
    expect: writers(204),
  },
  // ------------------------------------------------------------ criteria
  {
    route: 'PATCH /api/criteria/:id',
    request: async (ctx) => {
      const { criterion } = await draftTree(ctx);
      return { path: `/api/criteria/${criterion.id}`, body: { yearlyTarget: 5, version: criterion.version } };
    },
    expect: writers(200),
  },
  {
    route: 'DELETE /api/criteria/:id',
    request: async (ctx) => ({ path: `/api/criteria/${(await draftTree(ctx)).criterion.id}` }),
    expect: writers(204),
  },
  {
    route: 'POST /api/criteria/:id/actions',
    request: async (ctx) => ({ path: `/api/criteria/${(await draftTree(ctx)).criterion.id}/actions`, body: { text: 'Action' } }),
    expect: writers(201),
  },
  {
    route: 'PUT /api/criteria/:id/actions/order',
    request: async (ctx) => {
      const f = await draftTree(ctx);
      return { path: `/api/criteria/${f.criterion.id}/actions/order`, body: { ids: [f.action.id] } };
    },
    expect: writers(204),
  },
  // ------------------------------------------------------------ actions
  {
    route: 'PATCH /api/strategy-actions/:id',
    request: async (ctx) => {
      const { action } = await draftTree(ctx);
      return { path: `/api/strategy-actions/${action.id}`, body: { text: 'Reworded', version: action.version } };
    },
    expect: writers(200),
  },
  {
    route: 'DELETE /api/strategy-actions/:id',
    request: async (ctx) => ({ path: `/api/strategy-actions/${(await draftTree(ctx)).action.id}` }),
    expect: writers(204),
  },
  // ------------------------------------------------------------ roles and people
  {
    route: 'POST /api/responsible-roles',
    request: async () => ({ path: '/api/responsible-roles', body: { code: unique('matrix_role'), kind: 'person', name: { fi: 'rooli' } } }),
    expect: writers(201),
  },
  {
    route: 'PATCH /api/responsible-roles/:id',
    request: async (ctx) => {
      const role = await bodyRole(ctx);
      return { path: `/api/responsible-roles/${role.id}`, body: { name: { fi: 'uusi nimi' }, version: role.version } };
    },
    expect: writers(200),
  },
  {
    route: 'DELETE /api/responsible-roles/:id',
    request: async (ctx) => ({ path: `/api/responsible-roles/${(await bodyRole(ctx)).id}` }),
    expect: writers(204),
  },
  {
    route: 'POST /api/responsible-roles/:id/retire',
    request: async (ctx) => {
      const role = await bodyRole(ctx);
      return { path: `/api/responsible-roles/${role.id}/retire`, body: { version: role.version } };
    },
    expect: writers(200),
  },
  {
    route: 'POST /api/responsible-roles/:id/reinstate',
    request: async (ctx) => {
      const role = await bodyRole(ctx);
      const retired = await ok(ctx.as('management').post(`/api/responsible-roles/${role.id}/retire`).send({ version: role.version }), 200, 'retire role');
      return { path: `/api/responsible-roles/${role.id}/reinstate`, body: { version: retired.version } };
    },
    expect: writers(200),
  },
  {
    route: 'PUT /api/responsible-roles/order',
    request: async (ctx) => {
      const roles: { id: string }[] = await ok(ctx.as('viewer').get('/api/responsible-roles'), 200, 'list roles');
      return { path: '/api/responsible-roles/order', body: { ids: roles.map((r) => r.id).reverse() } };
    },
    expect: writers(204),
  },
  {
    route: 'POST /api/people',
    request: async (ctx) => ({ path: '/api/people', body: { name: 'Matti Meikäläinen', regionIds: [ctx.org.regions['KP']] } }),
    expect: writers(201),
  },
  {
    route: 'PUT /api/people/order',
    request: async (ctx) => {
      const people: { id: string }[] = await ok(ctx.as('viewer').get('/api/people'), 200, 'list people');
      return { path: '/api/people/order', body: { ids: people.map((p) => p.id).reverse() } };
    },
    expect: writers(204),
  },
  {
    route: 'PATCH /api/people/:id',
    request: async (ctx) => {
      const person = await ok(ctx.as('management').post('/api/people').send({ name: 'Maija Meikäläinen' }), 201, 'create person');
      return { path: `/api/people/${person.id}`, body: { title: 'puheenjohtaja', version: person.version } };
    },
    expect: writers(200),
  },
  {
    route: 'POST /api/people/:id/retire',
    request: async (ctx) => {
      const person = await ok(ctx.as('management').post('/api/people').send({ name: 'Eläköityvä Henkilö' }), 201, 'create person');
      return { path: `/api/people/${person.id}/retire`, body: { version: person.version } };
    },
    expect: writers(200),
  },
  {
    route: 'POST /api/people/:id/reinstate',
    request: async (ctx) => {
      const person = await ok(ctx.as('management').post('/api/people').send({ name: 'Palaava Henkilö' }), 201, 'create person');
      const retired = await ok(ctx.as('management').post(`/api/people/${person.id}/retire`).send({ version: person.version }), 200, 'retire person');
      return { path: `/api/people/${person.id}/reinstate`, body: { version: retired.version } };
    },
    expect: writers(200),
  },
  {
    route: 'DELETE /api/people/:id',
    request: async (ctx) => {
      const person = await ok(ctx.as('management').post('/api/people').send({ name: 'Lähtevä Henkilö' }), 201, 'create person');
      return { path: `/api/people/${person.id}` };
    },
    expect: writers(204),
  },
  // ------------------------------------------------------------ mappings
  {
    route: 'POST /api/focus-area-mappings',
    request: async (ctx) => {
      const [a, b] = [await draftTree(ctx), await draftTree(ctx)];
      return { path: '/api/focus-area-mappings', body: { fromFocusAreaId: a.focusArea.id, toFocusAreaId: b.focusArea.id, strength: 'partial' } };
    },
    expect: writers(201),
  },
  {
    route: 'DELETE /api/focus-area-mappings/:id',
    request: async (ctx) => {
      const [a, b] = [await draftTree(ctx), await draftTree(ctx)];
      const mapping = await ok(
        ctx.as('management').post('/api/focus-area-mappings').send({ fromFocusAreaId: a.focusArea.id, toFocusAreaId: b.focusArea.id }),
        201,
        'create mapping',
      );
      return { path: `/api/focus-area-mappings/${mapping.id}` };
    },
    expect: writers(204),
  },
];
