import { defaultProgressYear, plannedPeriods } from './progress-year.util';

const plan = (startYear: number, status: 'draft' | 'approved' | 'closed', regionId: string | null = 'kp') => ({ startYear, endYear: startYear + 1, status, regionId });

describe('defaultProgressYear', () => {
  it('opens on the latest planned year when the calendar has moved past every plan', () => {
    expect(defaultProgressYear([plan(2019, 'approved')], 'kp', 2026)).toBe(2020);
  });
  it('keeps the current year while a plan in force covers it', () => {
    expect(defaultProgressYear([plan(2019, 'closed'), plan(2025, 'approved')], 'kp', 2026)).toBe(2026);
  });
  it('ignores drafts and other regions’ plans', () => {
    expect(defaultProgressYear([plan(2019, 'approved'), plan(2025, 'draft'), plan(2023, 'approved', 'ep')], 'kp', 2026)).toBe(2020);
    expect(defaultProgressYear([plan(2019, 'approved'), plan(2023, 'approved', null)], 'kp', 2026)).toBe(2024);
  });
  it('takes the first planned year when every plan lies ahead, and the calendar year with no plan', () => {
    expect(defaultProgressYear([plan(2030, 'approved')], 'kp', 2026)).toBe(2030);
    expect(defaultProgressYear([plan(2019, 'draft')], 'kp', 2026)).toBe(2026);
    expect(defaultProgressYear([], null, 2026)).toBe(2026);
  });
});

describe('plannedPeriods', () => {
  it('lists the periods of the plans in force for the region, once each, oldest first', () => {
    expect(plannedPeriods([plan(2021, 'approved'), plan(2019, 'closed'), plan(2019, 'approved', null), plan(2027, 'draft'), plan(2023, 'approved', 'ep')], 'kp')).toEqual(['2019–2020', '2021–2022']);
  });
});
