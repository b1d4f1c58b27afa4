import type { SurveyQuestionDto, SurveyThemeDto } from '@suunta/shared-domain';
import type { DistributionRow } from '@suunta/web-ui';
import { LOCALES } from '@suunta/web-core';
import { dateTimeFormat } from '@suunta/shared-domain';

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

/**
 * When the survey ran, in the page's language, from its dates: whole months as "tammi–helmikuu
 * 2021" / "januari–februari 2021", other spans as dates. `null` without dates: the page then shows
 * the free-text note as data, labelled with its language.
 */
export function surveyPeriod(ranFrom: string | null, ranTo: string | null, language: keyof typeof LOCALES): string | null {
  if (!ranFrom) return null;
  const from = new Date(`${ranFrom}T00:00:00Z`);
  const to = new Date(`${ranTo ?? ranFrom}T00:00:00Z`);
  const lastOfMonth = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 0)).getUTCDate();
  const wholeMonths = from.getUTCDate() === 1 && to.getUTCDate() === lastOfMonth;
  const format = dateTimeFormat(LOCALES[language], wholeMonths ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return ranFrom === (ranTo ?? ranFrom) && !wholeMonths ? format.format(from) : format.formatRange(from, to);
}
