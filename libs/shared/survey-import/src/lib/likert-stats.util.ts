import type { ScalePoint } from './survey-import.types';

export interface LikertBucket {
  value: number;
  label: string;
  n: number;
  /** Share of this question's respondents, rounded to one decimal. */
  percent: number;
}

export interface LikertStats {
  /** Those who chose a value on the scale for this question. */
  respondentCount: number;
  /** Answers whose value is not on the scale (e.g. "en osaa sanoa"); excluded from everything else. */
  excludedCount: number;
  /** Σ value × n; `totalScore / respondentCount` is the unrounded average. */
  totalScore: number;
  /** Rounded to two decimals; `null` when nobody answered. */
  average: number | null;
  /** Every scale value in scale order, including those nobody chose. */
  distribution: LikertBucket[];
}

/**
 * Average and distribution of one Likert question.
 *
 * The average divides by those who answered this question, not by all respondents of the survey:
 * a question skipped by one of 13 respondents is averaged over 12.
 * Rounding is half away from zero on the exact decimal value (average to 2 decimals, percent to 1);
 * percentages are rounded one by one, so they may add up to 99.9 or 100.1.
 * Counts that are not whole non-negative numbers are ignored; the parsers report them.
 */
export function computeLikertStats(
  counts: readonly { value: number; n: number }[],
  scale: readonly ScalePoint[],
): LikertStats {
  const validCounts = counts.filter((count) => Number.isInteger(count.n) && count.n >= 0);
  const onScale = (value: number) => scale.some((point) => point.value === value);
  const nFor = (value: number) =>
    validCounts.filter((count) => count.value === value).reduce((sum, count) => sum + count.n, 0);

  const respondentCount = validCounts.filter((c) => onScale(c.value)).reduce((sum, c) => sum + c.n, 0);
  const excludedCount = validCounts.filter((c) => !onScale(c.value)).reduce((sum, c) => sum + c.n, 0);
  const totalScore = validCounts.filter((c) => onScale(c.value)).reduce((sum, c) => sum + c.value * c.n, 0);

  const distribution = [...scale]
    .sort((a, b) => a.value - b.value)
    .map((point) => {
      const n = nFor(point.value);
      return {
        value: point.value,
        label: point.label,
        n,
        percent: respondentCount === 0 ? 0 : roundHalfUp((n * 100) / respondentCount, 1),
      };
    });

  return {
    respondentCount,
    excludedCount,
    totalScore,
    average: respondentCount === 0 ? null : roundHalfUp(totalScore / respondentCount, 2),
    distribution,
  };
}

/**
 * Rounds half away from zero. Shifting the decimal point in the shortest string form avoids binary
 * artefacts such as `Math.round(1.005 * 100) === 100`.
 */
export function roundHalfUp(value: number, decimals: number): number {
  const magnitude = Math.abs(value);
  const text = String(magnitude);
  const shifted = text.includes('e')
    ? Math.round(magnitude * 10 ** decimals)
    : Math.round(Number(`${text}e${decimals}`));
  const signed = value < 0 && shifted !== 0 ? -shifted : shifted;
  return signed / 10 ** decimals;
}
