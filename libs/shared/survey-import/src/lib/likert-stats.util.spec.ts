import { computeLikertStats, roundHalfUp } from './likert-stats.util';
import { resolveScaleLabels } from './scale.util';

const { scale } = resolveScaleLabels(['ei toteutunut', 'huonosti', 'kohtalaisesti', 'hyvin', 'erittäin hyvin']);
const counts = (...ns: number[]) => ns.map((n, i) => ({ value: i + 1, n }));

describe('computeLikertStats', () => {
  it('averages over those who answered the question: 2·3 + 6·4 + 4·5 = 50 over 12', () => {
    const stats = computeLikertStats(counts(0, 0, 2, 6, 4), scale);
    expect(stats.respondentCount).toBe(12);
    expect(stats.totalScore).toBe(50);
    expect(stats.average).toBe(4.17);
  });

  it('gives every scale value with its share of respondents, rounded to one decimal', () => {
    // 1/13 = 7.69 %, 9/13 = 69.23 %, 3/13 = 23.08 %.
    expect(computeLikertStats(counts(0, 0, 1, 9, 3), scale).distribution).toEqual([
      { value: 1, label: 'ei toteutunut', n: 0, percent: 0 },
      { value: 2, label: 'huonosti', n: 0, percent: 0 },
      { value: 3, label: 'kohtalaisesti', n: 1, percent: 7.7 },
      { value: 4, label: 'hyvin', n: 9, percent: 69.2 },
      { value: 5, label: 'erittäin hyvin', n: 3, percent: 23.1 },
    ]);
  });

  it('fills values missing from the counts with zero and sums duplicate entries', () => {
    const stats = computeLikertStats([{ value: 4, n: 2 }, { value: 2, n: 1 }, { value: 4, n: 1 }], scale);
    expect(stats.distribution.map((bucket) => bucket.n)).toEqual([0, 1, 0, 3, 0]);
    expect(stats.average).toBe(3.5);
  });

  it('excludes answers off the scale, such as "can\'t say", from the average', () => {
    const stats = computeLikertStats([...counts(0, 0, 0, 2, 2), { value: 0, n: 5 }], scale);
    expect(stats).toEqual(expect.objectContaining({ respondentCount: 4, excludedCount: 5, average: 4.5 }));
  });

  it('has no average when nobody answered', () => {
    const stats = computeLikertStats(counts(0, 0, 0, 0, 0), scale);
    expect(stats.average).toBeNull();
    expect(stats.distribution.every((bucket) => bucket.percent === 0)).toBe(true);
  });

  it('ignores counts that are not whole non-negative numbers', () => {
    const stats = computeLikertStats([{ value: 5, n: -3 }, { value: 4, n: 1.5 }, { value: 3, n: 2 }], scale);
    expect(stats.respondentCount).toBe(2);
    expect(stats.average).toBe(3);
  });

  it('rounds an exact half up where binary floating point would round down', () => {
    // 199·1 + 1·2 = 201 over 200 = 1.005 exactly; Math.round(1.005 * 100) / 100 gives 1.
    expect(computeLikertStats([{ value: 1, n: 199 }, { value: 2, n: 1 }], scale).average).toBe(1.01);
    // 1 of 16 = 6.25 % → 6.3 %.
    expect(computeLikertStats([{ value: 1, n: 1 }, { value: 2, n: 15 }], scale).distribution[0]?.percent).toBe(6.3);
  });
});

describe('roundHalfUp', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [4.1538461, 2, 4.15],
    [0.05, 1, 0.1],
    [1e-7, 2, 0],
    [12.5, 0, 13],
  ])('roundHalfUp(%p, %p) = %p', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });
});
