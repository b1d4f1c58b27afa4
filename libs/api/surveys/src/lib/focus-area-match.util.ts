export interface MatchableFocusArea {
  id: string;
  title: string;
  strategyId: string;
}

export interface MatchableTheme {
  index: number;
  title: string;
}

// Finnish inflects word endings ("osaamista", "osaamisen"): compare the first five letters.
const STEM = 5;
const MIN_SCORE = 0.34;

function stems(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3)
      .map((w) => w.slice(0, STEM)),
  );
}

/** Share of shared word stems (Dice coefficient), 0…1. */
export function titleSimilarity(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Suggests a focus area for each theme of an imported survey, only as a default for the wizard
 * (the person importing confirms it). First by title, each focus area used once; then, when one
 * strategy has exactly as many focus areas as there are themes, the rest by position.
 * `candidates` come in preference order (strategies valid in the survey's year first).
 */
export function suggestFocusAreas(themes: readonly MatchableTheme[], candidates: readonly MatchableFocusArea[]): Map<number, string> {
  const result = new Map<number, string>();
  const used = new Set<string>();
  const pairs = themes
    .flatMap((theme) => candidates.map((fa, rank) => ({ theme, fa, rank, score: titleSimilarity(theme.title, fa.title) })))
    .filter((p) => p.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.rank - b.rank);
  for (const { theme, fa } of pairs) {
    if (!result.has(theme.index) && !used.has(fa.id)) {
      result.set(theme.index, fa.id);
      used.add(fa.id);
    }
  }
  const byStrategy = new Map<string, MatchableFocusArea[]>();
  for (const fa of candidates) byStrategy.set(fa.strategyId, [...(byStrategy.get(fa.strategyId) ?? []), fa]);
  const sameSize = [...byStrategy.values()].find((areas) => areas.length === themes.length);
  if (sameSize) {
    const sorted = [...themes].sort((a, b) => a.index - b.index);
    sorted.forEach((theme, position) => {
      const fa = sameSize[position];
      if (!result.has(theme.index) && fa && !used.has(fa.id)) {
        result.set(theme.index, fa.id);
        used.add(fa.id);
      }
    });
  }
  return result;
}
