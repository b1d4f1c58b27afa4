import { groupStatus } from './group-status';

const g = (onTrack: number, atRisk: number, offTrack: number, overdue = 0) => groupStatus({ onTrack, atRisk, offTrack, overdue });

describe('groupStatus (focus area and region status from their actions)', () => {
  it('nothing judged and nothing overdue → no data', () => expect(g(0, 0, 0)).toBe('no_data'));
  it('exactly 2 of 3 judged on track → on track (boundary is inclusive)', () => expect(g(2, 1, 0)).toBe('on_track'));
  it('just under 2/3 on track → at risk', () => expect(g(5, 3, 0)).toBe('at_risk'));
  it('exactly 1/3 off track is not more than a third → at risk', () => expect(g(1, 1, 1)).toBe('at_risk'));
  it('more than 1/3 off track → off track', () => expect(g(2, 1, 2)).toBe('off_track'));
  it('on track wins over off track when both thresholds could hold (3 of 3 on track)', () => expect(g(3, 0, 0)).toBe('on_track'));

  describe('overdue actions weigh in', () => {
    it('one overdue action keeps an otherwise on-track group at risk (9 of 10 on track)', () => expect(g(9, 1, 0, 1)).toBe('at_risk'));
    it('overdue does not soften off track', () => expect(g(0, 1, 2, 2)).toBe('off_track'));
    it('an overdue action with no data yet makes a group with nothing judged at risk, not no data', () => expect(g(0, 0, 0, 1)).toBe('at_risk'));
    it('without overdue actions the same counts are on track', () => expect(g(9, 1, 0, 0)).toBe('on_track'));
  });
});
