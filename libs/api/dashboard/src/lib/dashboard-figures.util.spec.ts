import type { ActionRollupDto, DashboardStrategyOption, DashboardSurveyPoint } from '@suunta/shared-domain';
import { actionFigure, combineGroupStatus, pickDefaultStrategy, pickDefaultYear, surveyFigure } from './dashboard-figures.util';

const strategy = (id: string, status: DashboardStrategyOption['status'], validFrom: string | null, validTo: string | null): DashboardStrategyOption => ({
  id,
  code: id,
  title: id,
  status,
  validFrom,
  validTo,
});

describe('pickDefaultStrategy', () => {
  const list = [strategy('2015', 'archived', '2015-01-01', '2017-12-31'), strategy('2020', 'approved', '2020-01-01', '2024-12-31'), strategy('2025', 'draft', '2025-01-01', null)];
  it('takes the approved one valid today', () => expect(pickDefaultStrategy(list, '2021-03-01')?.id).toBe('2020'));
  it('falls back to the latest approved when none is valid today', () => expect(pickDefaultStrategy(list, '2026-03-01')?.id).toBe('2020'));
  it('falls back to the latest of any status without an approved one', () =>
    expect(pickDefaultStrategy([list[0], list[2]], '2026-03-01')?.id).toBe('2025'));
  it('is null for an empty list', () => expect(pickDefaultStrategy([], '2026-03-01')).toBeNull());
});

describe('pickDefaultYear', () => {
  it('takes the current year when it has data', () => expect(pickDefaultYear([2019, 2020, 2021], 2020)).toBe(2020));
  it('else the latest year before it', () => expect(pickDefaultYear([2017, 2019, 2030], 2026)).toBe(2019));
  it('else the latest year', () => expect(pickDefaultYear([2030, 2031], 2026)).toBe(2031));
  it('else the current year', () => expect(pickDefaultYear([], 2026)).toBe(2026));
});

describe('combineGroupStatus (the plans group rule over several plans)', () => {
  const g = (onTrack: number, atRisk: number, offTrack: number, status: 'on_track' | 'at_risk' | 'off_track' | 'no_data' = 'at_risk', overdue = 0) => ({ onTrack, atRisk, offTrack, overdue, status });
  it("keeps a single plan's status untouched", () => expect(combineGroupStatus([g(5, 0, 0, 'off_track')])).toBe('off_track'));
  it('no plan → no data', () => expect(combineGroupStatus([])).toBe('no_data'));
  it('2 of 3 on track → on track (boundary)', () => expect(combineGroupStatus([g(1, 1, 0), g(1, 0, 0)])).toBe('on_track'));
  it('1 of 3 off track is not more than a third → at risk', () => expect(combineGroupStatus([g(1, 0, 1), g(0, 1, 0)])).toBe('at_risk'));
  it('2 of 5 off track → off track', () => expect(combineGroupStatus([g(2, 1, 0), g(0, 0, 2)])).toBe('off_track'));
  it('nothing judged → no data', () => expect(combineGroupStatus([g(0, 0, 0), g(0, 0, 0)])).toBe('no_data'));
  it("an overdue action in either plan keeps the sum from on track", () => expect(combineGroupStatus([g(3, 0, 0), g(1, 0, 0, 'at_risk', 1)])).toBe('at_risk'));
});

describe('actionFigure', () => {
  const a = (actionId: string, actionStatus: ActionRollupDto['actionStatus'], overdue = false) => ({ actionId, actionStatus, overdue }) as ActionRollupDto;
  it('puts every action in exactly one bucket: overdue ones only in "overdue"; cancelled left out of the share', () => {
    const f = actionFigure([a('1', 'done'), a('2', 'in_progress', true), a('3', 'planned', true), a('4', 'cancelled'), a('5', 'postponed'), a('6', 'in_progress'), a('7', 'planned')]);
    expect(f).toMatchObject({ total: 7, done: 1, inProgress: 1, planned: 1, cancelled: 1, postponed: 1, overdue: 2 });
    // 1 done of 7 − 1 cancelled
    expect(f.shareDone).toBeCloseTo(1 / 6, 10);
    expect(f.planned + f.inProgress + f.overdue + f.done + f.postponed + f.cancelled).toBe(f.total);
    expect(f.ids).toEqual({ done: ['1'], inProgress: ['6'], overdue: ['2', '3'], all: ['1', '2', '3', '4', '5', '6', '7'] });
  });
  it('has no share when every action is cancelled', () => expect(actionFigure([a('1', 'cancelled')]).shareDone).toBeNull());
});

describe('surveyFigure', () => {
  const p = (year: number, average: number | null, respondentCount = 10): DashboardSurveyPoint => ({
    focusAreaId: 'f',
    year,
    regionId: null,
    average,
    respondentCount,
    surveyIds: [`s${year}`],
    sourceFocusAreaIds: ['f'],
  });
  it('compares with the latest earlier year with answers, skipping gaps', () =>
    expect(surveyFigure([p(2017, 3.5), p(2019, 3.62), p(2020, 3.85)], 2020)).toMatchObject({ average: 3.85, previousYear: 2019, previousAverage: 3.62, change: 0.23 }));
  it('gives a negative change exactly', () => expect(surveyFigure([p(2019, 3.5), p(2020, 3.25)], 2020).change).toBe(-0.25));
  it('has no change without an earlier year', () => expect(surveyFigure([p(2020, 4)], 2020)).toMatchObject({ previousYear: null, change: null }));
  it('has no average and zero answers in a year without a survey', () =>
    expect(surveyFigure([p(2019, 4)], 2020)).toMatchObject({ average: null, respondentCount: 0, previousYear: 2019, change: null }));
});
