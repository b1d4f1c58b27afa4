import type { CopyStrategyInput, EvaluationCriterionContent, EvaluationCriterionContentInput, StrategyActionDocument } from '@suunta/shared-domain';
import type { StrategyActionEntity, StrategyEntity } from '../entities';

/** The columns of a strategy's texts and lists, in the order its record shows them. */
export const STRATEGY_CONTENT_KEYS = [
  'background',
  'legalTasksIntro',
  'legalTasks',
  'additionalLegalTask',
  'specialTask',
  'vision',
  'mission',
  'missionMeans',
  'values',
  'slogan',
] as const;

/** A strategy's texts and lists: what a new version copies, what a create body or an imported document gives. */
export type StrategyContent = Pick<StrategyEntity, (typeof STRATEGY_CONTENT_KEYS)[number]>;

/** The content of a body, a document or a stored strategy: a missing text is null, a missing list empty, each value its name and text. */
export function strategyContentOf(input: { [K in keyof StrategyContent]?: StrategyContent[K] | null }): StrategyContent {
  return {
    background: input.background ?? null,
    legalTasksIntro: input.legalTasksIntro ?? null,
    legalTasks: input.legalTasks ?? [],
    additionalLegalTask: input.additionalLegalTask ?? null,
    specialTask: input.specialTask ?? null,
    vision: input.vision ?? null,
    mission: input.mission ?? null,
    missionMeans: input.missionMeans ?? [],
    values: (input.values ?? []).map((v) => ({ name: v.name, text: v.text })),
    slogan: input.slogan ?? null,
  };
}

/** A criterion's content from a body, a document, a seed file or a stored criterion: a missing value is null. */
export function criterionContentOf(input: EvaluationCriterionContentInput): EvaluationCriterionContent {
  return {
    title: input.title,
    description: input.description ?? null,
    measurementKind: input.measurementKind,
    unit: input.unit ?? null,
    yearlyTarget: input.yearlyTarget ?? null,
    deadline: input.deadline ?? null,
    frequency: input.frequency ?? null,
    method: input.method ?? null,
  };
}

/** A new draft's key, title and validity from a create or copy body: not approved by anyone yet. */
export function newDraftOf(input: CopyStrategyInput): Pick<StrategyEntity, 'code' | 'title' | 'validFrom' | 'validTo' | 'status' | 'approvedByRoleId' | 'approvedOn'> {
  return {
    code: input.code ?? null,
    title: input.title,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    status: 'draft',
    approvedByRoleId: null,
    approvedOn: null,
  };
}

/** An action's texts from a body, a document or a stored action: a missing text is null. */
export function actionContentOf(input: Pick<StrategyActionDocument, 'text' | 'goal' | 'roleNote' | 'note'>): Pick<StrategyActionEntity, 'text' | 'goal' | 'roleNote' | 'note'> {
  return { text: input.text, goal: input.goal ?? null, roleNote: input.roleNote ?? null, note: input.note ?? null };
}
