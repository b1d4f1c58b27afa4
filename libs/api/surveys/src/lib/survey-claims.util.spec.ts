import { compareClaim, decimalsOf } from './survey-claims.util';

describe('decimalsOf', () => {
  it('counts the digits after the point', () => {
    expect(decimalsOf('4.2')).toBe(1);
    expect(decimalsOf('4.15')).toBe(2);
    expect(decimalsOf('4')).toBe(0);
  });
});

describe('compareClaim', () => {
  it('accepts a claim that is the computed average rounded to its own precision', () => {
    // 3×1 + 4×9 + 5×3 = 54; 54 / 13 = 4.1538… → 4.2
    const claim = compareClaim('4.2', 'annual report', 54, 13, 13);
    expect(claim).toEqual({ average: 4.2, decimals: 1, source: 'annual report', computedRounded: 4.2, differs: false, matchesAllRespondentsDivision: false });
  });

  it('flags a claim that divided by all survey respondents instead of those who answered', () => {
    // 3×2 + 4×6 + 5×4 = 50; 50 / 12 = 4.1667 → 4.2, but 50 / 13 = 3.846 → 3.8 was printed
    const claim = compareClaim('3.8', null, 50, 12, 13);
    expect(claim.computedRounded).toBe(4.2);
    expect(claim.differs).toBe(true);
    expect(claim.matchesAllRespondentsDivision).toBe(true);
  });

  it('flags a plain wrong claim without guessing a cause', () => {
    const claim = compareClaim('2.0', null, 50, 12, 13);
    expect(claim.differs).toBe(true);
    expect(claim.matchesAllRespondentsDivision).toBe(false);
  });

  it('treats a claim for a question nobody answered as differing', () => {
    expect(compareClaim('3.0', null, 0, 0, 13).differs).toBe(true);
  });
});
