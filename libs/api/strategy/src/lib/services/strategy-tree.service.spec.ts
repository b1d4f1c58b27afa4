import { nestTree, StrategyTreeRows } from './strategy-tree.service';
import { toDocument } from './strategy-document.service';
import {
  CriticalSuccessFactorEntity,
  EvaluationCriterionEntity,
  FocusAreaEntity,
  ResponsibleRoleEntity,
  StrategyActionEntity,
  StrategyEntity,
} from '../entities';

const at = new Date('2026-01-01T00:00:00Z');

/** A hand-made set of level rows: one focus area, one CSF, two criteria, three actions. */
function rows(): StrategyTreeRows {
  const strategy = Object.assign(new StrategyEntity(), {
    id: 's', organizationId: 'o', code: '2015', title: 'Strategia', validFrom: null, validTo: null, status: 'approved',
    approvedByRoleId: 'r-body', approvedOn: '2015-01-01', background: null, legalTasksIntro: null, legalTasks: ['t'],
    additionalLegalTask: null, specialTask: null, vision: 'v', mission: null, missionMeans: [], values: [{ name: 'Avoimuus', text: 'x' }],
    slogan: null, predecessorId: null, version: 1, createdAt: at, updatedAt: at,
  } satisfies StrategyEntity);
  const role = (id: string, code: string, kind: 'person' | 'body', sortOrder: number) =>
    Object.assign(new ResponsibleRoleEntity(), { id, organizationId: 'o', code, kind, scope: 'organization', name: { fi: code }, sortOrder, version: 1, createdAt: at, updatedAt: at });
  const fa = Object.assign(new FocusAreaEntity(), { id: 'fa', organizationId: 'o', strategyId: 's', code: '2015-1', title: 'FA', description: null, sortOrder: 1, predecessorId: null, version: 1, createdAt: at, updatedAt: at });
  const csf = Object.assign(new CriticalSuccessFactorEntity(), { id: 'c', organizationId: 'o', focusAreaId: 'fa', title: 'CSF', description: null, sortOrder: 1, predecessorId: null, version: 1, createdAt: at, updatedAt: at });
  const criterion = (id: string, sortOrder: number) =>
    Object.assign(new EvaluationCriterionEntity(), {
      id, organizationId: 'o', csfId: 'c', title: `K${id}`, description: null, measurementKind: 'count', unit: 'kpl', yearlyTarget: 2, deadline: null,
      frequency: null, method: null, measures: [], sortOrder, predecessorId: null, version: 1, createdAt: at, updatedAt: at,
    } satisfies EvaluationCriterionEntity);
  const action = (id: string, criterionId: string | null, sortOrder: number) =>
    Object.assign(new StrategyActionEntity(), {
      id, organizationId: 'o', csfId: 'c', criterionId, text: `A${id}`, goal: null, roleNote: null, note: null, measures: [], sortOrder,
      predecessorId: null, version: 1, createdAt: at, updatedAt: at,
    } satisfies StrategyActionEntity);
  return {
    strategy,
    focusAreas: [fa],
    csfs: [csf],
    criteria: [criterion('k1', 1), criterion('k2', 2)],
    criterionRoles: [{ criterionId: 'k2', roleId: 'r-dir' }],
    actions: [action('a1', 'k1', 1), action('a2', 'k1', 2), action('a3', null, 1)],
    actionRoles: [
      { actionId: 'a1', roleId: 'r-dir' },
      { actionId: 'a1', roleId: 'r-body' },
    ],
    roles: [role('r-dir', 'development_director', 'person', 1), role('r-body', 'management_group', 'body', 2)],
  };
}

describe('nestTree', () => {
  it('nests actions under their criterion, keeps CSF-level actions apart, and resolves roles in link order', () => {
    const tree = nestTree(rows());
    const csf = tree.focusAreas[0].csfs[0];
    expect(csf.criteria.map((c) => [c.id, c.actions.map((a) => a.id)])).toEqual([
      ['k1', ['a1', 'a2']],
      ['k2', []],
    ]);
    expect(csf.actions.map((a) => a.id)).toEqual(['a3']);
    expect(csf.criteria[0].actions[0].roles.map((r) => r.code)).toEqual(['development_director', 'management_group']);
    expect(csf.criteria[1].roleIds).toEqual(['r-dir']);
    expect(tree.approvedByRole?.code).toBe('management_group');
  });
});

describe('toDocument', () => {
  it('names roles by code and drops ids, so another organization can import it', () => {
    const doc = toDocument(rows());
    expect(doc).toMatchObject({ format: 'suunta.strategy/1', key: '2015', approvedBy: 'management_group', approvedOn: '2015-01-01' });
    const csf = doc.focusAreas[0].csfs[0];
    expect(csf.criteria[0].actions[0].roles).toEqual(['development_director', 'management_group']);
    expect(csf.criteria[1].roles).toEqual(['development_director']);
    expect(csf.actions?.map((a) => a.text)).toEqual(['Aa3']);
    expect(JSON.stringify(doc)).not.toMatch(/"id"|"k1"|"fa"/);
  });
});
