import type { ActionRollupDto, DashboardStrategyOption, DashboardSurveyPoint } from '@suunta/shared-domain';
import { actionFigure, cellFigure, combineGroupStatus, criteriaTrend, freshness, pickDefaultStrategy, pickDefaultYear, surveyFigure, surveyTrend } from './dashboard-figures.util';
import { mapYears } from './strategy-map/strategy-map.service';

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

describe('criteriaTrend (share on target against the previous year, exact)', () => {
  it('is up from 0 of 2 to 1 of 2', () => expect(criteriaTrend({ onTarget: 1, total: 2 }, { onTarget: 0, total: 2 })).toBe('up'));
  it('is down from 1 of 2 to 0 of 2', () => expect(criteriaTrend({ onTarget: 0, total: 2 }, { onTarget: 1, total: 2 })).toBe('down'));
  it('compares shares, not counts: 2 of 4 equals 1 of 2', () => expect(criteriaTrend({ onTarget: 2, total: 4 }, { onTarget: 1, total: 2 })).toBe('same'));
  it('2 of 3 (0.667) is up from 3 of 5 (0.6) though fewer criteria are on target', () =>
    expect(criteriaTrend({ onTarget: 2, total: 3 }, { onTarget: 3, total: 5 })).toBe('up'));
  it('has no direction when either year has no criteria', () => {
    expect(criteriaTrend({ onTarget: 0, total: 0 }, { onTarget: 1, total: 2 })).toBeNull();
    expect(criteriaTrend({ onTarget: 1, total: 2 }, { onTarget: 0, total: 0 })).toBeNull();
  });
});

describe('surveyTrend', () => {
  it('follows the sign of the change', () => {
    expect(surveyTrend(0.13)).toBe('up');
    expect(surveyTrend(-0.5)).toBe('down');
    expect(surveyTrend(0)).toBe('same');
    expect(surveyTrend(null)).toBeNull();
  });
});

describe('freshness', () => {
  // 2020-06-30 − 90 days = 2020-04-01; an entry after it is recent
  it('is fresh with an entry after asOf − 90 days', () =>
    expect(freshness(['2020-02-01', '2020-04-02', null], true, 2020, '2020-06-30')).toEqual({
      lastEntryDate: '2020-04-02',
      referenceDate: '2020-06-30',
      hasItems: true,
      stale: false,
    }));
  it('is stale when the newest entry is exactly 90 days old', () => expect(freshness(['2020-04-01'], true, 2020, '2020-06-30').stale).toBe(true));
  it('is stale with nothing logged once the year is 90 days old (2020-03-31 is day 90 after 1.1.)', () => {
    expect(freshness([null], true, 2020, '2020-03-31')).toMatchObject({ lastEntryDate: null, stale: true });
    expect(freshness([null], true, 2020, '2020-03-30').stale).toBe(false);
  });
  it('judges a year that was over on its 31.12., not on a later as-of day', () =>
    expect(freshness(['2020-11-15'], true, 2020, '2021-06-30')).toEqual({ lastEntryDate: '2020-11-15', referenceDate: '2020-12-31', hasItems: true, stale: false }));
  it('is never stale with nothing to log', () => expect(freshness([], false, 2020, '2020-12-31')).toMatchObject({ lastEntryDate: null, stale: false }));
});

describe('cellFigure', () => {
  const group = (id: string, year: number, c: { onTrack: number; atRisk: number; offTrack: number; overdue: number }) => ({
    id,
    year,
    status: 'no_data' as const,
    ...c,
  });
  it('adds two plans’ counts and applies the one group rule: 1 on track + 1 off track of 2 judged → off track (> 1/3)', () => {
    const cell = cellFigure(
      { actions: [], criteria: [], groups: [group('fa', 2020, { onTrack: 1, atRisk: 0, offTrack: 0, overdue: 0 }), group('fa', 2020, { onTrack: 0, atRisk: 0, offTrack: 1, overdue: 0 })] },
      'fa',
      2020,
      '2020-06-30',
    );
    expect(cell.status).toBe('off_track');
  });
  it('leaves other focus areas and years out, and done or cancelled actions out of "something to log"', () => {
    const cell = cellFigure(
      {
        actions: [
          { focusAreaId: 'fa', year: 2020, lastEntryDate: '2020-01-10', actionStatus: 'done' },
          { focusAreaId: 'fa', year: 2019, lastEntryDate: '2020-06-01', actionStatus: 'in_progress' },
          { focusAreaId: 'other', year: 2020, lastEntryDate: '2020-06-20', actionStatus: 'in_progress' },
        ],
        criteria: [],
        groups: [],
      },
      'fa',
      2020,
      '2020-06-30',
    );
    expect(cell).toEqual({
      status: 'no_data',
      criteria: { onTarget: 0, total: 0 },
      freshness: { lastEntryDate: '2020-01-10', referenceDate: '2020-06-30', hasItems: false, stale: false },
    });
  });
});

describe('mapYears', () => {
  it('keeps the years up to the as-of year, the chosen one always, the six latest', () => {
    expect(mapYears([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022], 2020, 2021)).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
    expect(mapYears([2017, 2019, 2020, 2021], 2020, 2020)).toEqual([2017, 2019, 2020]);
    expect(mapYears([], 2020, 2020)).toEqual([2020]);
  });
});
