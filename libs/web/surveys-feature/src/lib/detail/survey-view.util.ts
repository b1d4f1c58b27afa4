import type { SurveyQuestionDto, SurveyThemeDto } from '@suunta/shared-domain';
import type { DistributionRow } from '@suunta/web-ui';

/** A theme's score as one stacked-bar row (its Likert question's computed distribution). */
export function themeRow(theme: SurveyThemeDto, label = `${theme.index}. ${theme.title}`): DistributionRow | null {
  return theme.likert ? questionRow(theme.likert, label) : null;
}

export function questionRow(question: SurveyQuestionDto, label: string): DistributionRow | null {
  const stats = question.stats;
  if (!stats) return null;
  return {
    label,
    respondentCount: stats.respondentCount,
    average: stats.average,
    buckets: stats.distribution.map((b) => ({ value: b.value, n: b.n, percent: b.percent })),
  };
}
