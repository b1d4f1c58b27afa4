import { roundHalfUp } from '@suunta/shared-survey-import';
import type { SurveyClaimDto } from '@suunta/shared-domain';

/** Decimals a claimed figure was written with: PostgreSQL's plain `numeric` keeps "4.2" as "4.2". */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Compares a document's claimed average with the one computed from the counts, at the claim's
 * own precision: a summary table that prints 4.2 for 54/13 = 4.1538… is right, one that prints
 * 3.8 for 50/12 = 4.1667… is not (it divided by all 13 survey respondents instead of the 12 who
 * answered the question).
 */
export function compareClaim(
  claimedText: string,
  source: string | null,
  totalScore: number,
  questionRespondents: number,
  surveyRespondents: number | null,
): SurveyClaimDto {
  const average = Number(claimedText);
  const decimals = decimalsOf(claimedText);
  const computedRounded = questionRespondents > 0 ? roundHalfUp(totalScore / questionRespondents, decimals) : null;
  const differs = computedRounded === null || computedRounded !== average;
  const matchesAllRespondentsDivision =
    differs &&
    surveyRespondents !== null &&
    surveyRespondents > 0 &&
    surveyRespondents !== questionRespondents &&
    roundHalfUp(totalScore / surveyRespondents, decimals) === average;
  return { average, decimals, source, computedRounded, differs, matchesAllRespondentsDivision };
}
