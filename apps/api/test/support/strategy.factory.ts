import type { SignedInAgent } from '@suunta/api-testing';
import type {
  CriticalSuccessFactorDto,
  EvaluationCriterionDto,
  FocusAreaDto,
  ResponsibleRoleDto,
  StrategyActionDto,
  StrategyDto,
} from '@suunta/shared-domain';

/** Test data for strategy suites, built through the API as a management user would. */

let serial = 0;
export const uniqueCode = (prefix: string) => `${prefix}_${process.pid}_${(serial++).toString(36)}`;

async function expectStatus<T>(res: PromiseLike<{ status: number; body: unknown }>, status: number, what: string): Promise<T> {
  const r = await res;
  if (r.status !== status) throw new Error(`factory: ${what} answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as T;
}

export function createRole(agent: SignedInAgent, overrides: Partial<{ code: string; kind: 'person' | 'body'; fi: string }> = {}): Promise<ResponsibleRoleDto> {
  const code = overrides.code ?? uniqueCode('role');
  return expectStatus(
    agent.post('/api/responsible-roles').send({ code, kind: overrides.kind ?? 'person', name: { fi: overrides.fi ?? `rooli ${code}`, en: `role ${code}` } }),
    201,
    'create role',
  );
}

export function createStrategy(agent: SignedInAgent, body: Record<string, unknown> = {}): Promise<StrategyDto> {
  return expectStatus(agent.post('/api/strategies').send({ title: 'Testistrategia', ...body }), 201, 'create strategy');
}

export function createFocusArea(agent: SignedInAgent, strategyId: string, body: Record<string, unknown> = {}): Promise<FocusAreaDto> {
  return expectStatus(agent.post(`/api/strategies/${strategyId}/focus-areas`).send({ title: 'Painopiste', ...body }), 201, 'create focus area');
}

export function createCsf(agent: SignedInAgent, focusAreaId: string, body: Record<string, unknown> = {}): Promise<CriticalSuccessFactorDto> {
  return expectStatus(agent.post(`/api/focus-areas/${focusAreaId}/critical-success-factors`).send({ title: 'Menestystekijä', ...body }), 201, 'create CSF');
}

export function createCriterion(agent: SignedInAgent, csfId: string, body: Record<string, unknown> = {}): Promise<EvaluationCriterionDto> {
  return expectStatus(
    agent.post(`/api/critical-success-factors/${csfId}/criteria`).send({ title: 'Arviointikriteeri', measurementKind: 'count', unit: 'kpl', ...body }),
    201,
    'create criterion',
  );
}

export function createAction(agent: SignedInAgent, criterionId: string, body: Record<string, unknown> = {}): Promise<StrategyActionDto> {
  return expectStatus(agent.post(`/api/criteria/${criterionId}/actions`).send({ text: 'Toimenpide', ...body }), 201, 'create action');
}

export interface SmallTree {
  strategy: StrategyDto;
  roles: ResponsibleRoleDto[];
  focusAreas: FocusAreaDto[];
  csfs: CriticalSuccessFactorDto[];
  criteria: EvaluationCriterionDto[];
  actions: StrategyActionDto[];
}

/**
 * A draft strategy with `size` focus areas, each with `size` CSFs, each with `size` criteria,
 * each with `size` actions; every criterion and action names two roles.
 */
export async function buildTree(agent: SignedInAgent, size: number, title = 'Puu'): Promise<SmallTree> {
  const roles = [await createRole(agent), await createRole(agent, { kind: 'body' })];
  const roleIds = roles.map((r) => r.id);
  const tree: SmallTree = { strategy: await createStrategy(agent, { title }), roles, focusAreas: [], csfs: [], criteria: [], actions: [] };
  for (let f = 0; f < size; f++) {
    const fa = await createFocusArea(agent, tree.strategy.id, { title: `${title} painopiste ${f + 1}` });
    tree.focusAreas.push(fa);
    for (let c = 0; c < size; c++) {
      const csf = await createCsf(agent, fa.id, { title: `Menestystekijä ${f + 1}.${c + 1}` });
      tree.csfs.push(csf);
      for (let k = 0; k < size; k++) {
        const criterion = await createCriterion(agent, csf.id, { title: `Kriteeri ${f + 1}.${c + 1}.${k + 1}`, yearlyTarget: k + 1, roleIds });
        tree.criteria.push(criterion);
        for (let a = 0; a < size; a++) {
          tree.actions.push(await createAction(agent, criterion.id, { text: `Toimenpide ${f + 1}.${c + 1}.${k + 1}.${a + 1}`, roleIds }));
        }
      }
    }
  }
  return tree;
}
