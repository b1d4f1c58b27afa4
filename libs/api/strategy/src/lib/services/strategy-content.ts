import type { StrategyEntity } from '../entities';

/** A strategy's texts and lists: what a new version copies, what a create body or an imported document gives. */
export type StrategyContent = Pick<
  StrategyEntity,
  'background' | 'legalTasksIntro' | 'legalTasks' | 'additionalLegalTask' | 'specialTask' | 'vision' | 'mission' | 'missionMeans' | 'values' | 'slogan'
>;

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
