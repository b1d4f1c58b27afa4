import { type Color, ScaleType } from '@swimlane/ngx-charts';

/**
 * Low scores warm, high scores blue, the middle grey; every colour has ≥ 3:1 contrast against
 * white (WCAG 2.1 non-text contrast), and the numbers beside the bars never rely on colour alone.
 */
export const LIKERT_COLORS = ['#b3261e', '#c2571a', '#757575', '#2f6fb0', '#0b3d6b'];

export function likertScheme(count: number): Color {
  const last = LIKERT_COLORS.length - 1;
  const domain = Array.from({ length: count }, (_, i) => LIKERT_COLORS[count === 1 ? last : Math.round((i * last) / (count - 1))] as string);
  return { name: 'likert', selectable: false, group: ScaleType.Ordinal, domain };
}

/** Region colours for grouped bars (≥ 3:1 against white). */
export const REGION_SCHEME: Color = {
  name: 'regions',
  selectable: false,
  group: ScaleType.Ordinal,
  domain: ['#0b4f8a', '#1e6b34', '#8a5300', '#6a1b9a', '#b3261e'],
};
