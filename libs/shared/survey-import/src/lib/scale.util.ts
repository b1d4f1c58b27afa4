import { errorProblem } from './problems.util';
import type { ParseProblem, ScalePoint } from './survey-import.types';
import { collapseWhitespace, foldForMatch, parseDecimal } from './text.util';

/** The five-point wording SONet BOTNIA's evaluation surveys use; other centres pass their own. */
export const SONET_BOTNIA_EVALUATION_SCALE: readonly string[] = [
  '1 = ei toteutunut',
  '2 = toteutui huonosti',
  '3 = toteutui kohtalaisesti',
  '4 = toteutui hyvin',
  '5 = toteutui erittäin hyvin',
];

// Long enough to tell the scale words apart, short enough to absorb Finnish inflection
// ("toteutui" / "toteutunut").
const STEM_LENGTH = 5;

export interface LabelWithValue {
  value?: number;
  label: string;
}

/** Splits `"4 = toteutui hyvin"` into value 4 and its label; a bare label has no value. */
export function splitValuePrefix(text: string): LabelWithValue {
  const match = /^\s*(\d{1,2})\s*=\s*(.*)$/s.exec(text);
  return match
    ? { value: Number(match[1]), label: collapseWhitespace(match[2] ?? '') }
    : { label: collapseWhitespace(text) };
}

/**
 * Two labels match when their words agree on the first five letters, ignoring case, accents and
 * punctuation, so "toteutunut hyvin" matches "toteutui hyvin" but not "toteutui huonosti".
 */
export function labelKey(label: string): string {
  return foldForMatch(label)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, STEM_LENGTH))
    .join(' ');
}

export function findValueByLabel(scale: readonly ScalePoint[], label: string): number | undefined {
  const key = labelKey(label);
  return key ? scale.find((point) => labelKey(point.label) === key)?.value : undefined;
}

export function resolveScaleLabels(labels: readonly string[]): { scale: ScalePoint[]; problems: ParseProblem[] } {
  const scale = labels.map((text, position) => {
    const { value, label } = splitValuePrefix(text);
    return { value: value ?? position + 1, label };
  });
  const values = scale.map((point) => point.value);
  if (scale.length < 2 || new Set(values).size !== values.length) {
    return {
      scale: [],
      problems: [
        errorProblem(
          'INVALID_SCALE',
          `The scale labels must name at least two distinct values; got ${JSON.stringify(labels)}.`,
        ),
      ],
    };
  }
  return { scale: [...scale].sort((a, b) => a.value - b.value), problems: [] };
}

/**
 * Reads one spreadsheet cell as a scale value: `4`, `4,0`, `"4 = toteutui hyvin"` or the label
 * alone. A value whose label contradicts the scale is rejected rather than guessed.
 */
export function readScaleCell(cell: string, scale: readonly ScalePoint[]): number | undefined {
  const number = parseDecimal(cell);
  if (number) {
    return Number.isInteger(number.value) && scale.some((p) => p.value === number.value) ? number.value : undefined;
  }
  const { value, label } = splitValuePrefix(cell);
  const valueOfLabel = findValueByLabel(scale, label);
  if (value === undefined) {
    return valueOfLabel;
  }
  const valueInScale = scale.some((point) => point.value === value);
  return valueInScale && (label === '' || valueOfLabel === value) ? value : undefined;
}
