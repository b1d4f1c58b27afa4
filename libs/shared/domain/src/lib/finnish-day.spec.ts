import { helsinkiDay, helsinkiYear } from './finnish-day';

describe('helsinkiDay', () => {
  it('is the day in Finland, ahead of UTC by two hours in winter and three in summer', () => {
    // 23:30 UTC on 31 Dec is already New Year's Day in Helsinki (UTC+2)
    expect(helsinkiDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(helsinkiDay(new Date('2026-12-31T21:59:59Z'))).toBe('2026-12-31');
    expect(helsinkiDay(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
    // summer time (UTC+3): 21:00 UTC on 14 June is midnight in Helsinki
    expect(helsinkiDay(new Date('2026-06-14T20:59:59Z'))).toBe('2026-06-14');
    expect(helsinkiDay(new Date('2026-06-14T21:00:00Z'))).toBe('2026-06-15');
  });

  it('takes the present instant when none is given', () => {
    const before = helsinkiDay(new Date());
    const now = helsinkiDay();
    const after = helsinkiDay(new Date());
    expect([before, after]).toContain(now);
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('helsinkiYear', () => {
  it("is Finland's year: on New Year's night the new one, though UTC is still in the old", () => {
    expect(helsinkiYear(new Date('2025-12-31T21:59:59Z'))).toBe(2025);
    expect(helsinkiYear(new Date('2025-12-31T22:00:00Z'))).toBe(2026);
  });
});
