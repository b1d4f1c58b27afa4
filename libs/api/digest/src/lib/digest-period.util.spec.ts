import { digestAsOf, digestCounts, digestPeriod, lastDueDay, missedUpdates } from './digest-period.util';

describe('digestPeriod', () => {
  it('runs from the day after the previous meeting to the meeting, both inclusive', () => {
    expect(digestPeriod('2026-05-20', { id: 'm1', date: '2026-03-10' }, '2026-01-01')).toEqual({
      from: '2026-03-11',
      to: '2026-05-20',
      basis: 'previous_meeting',
      previousMeeting: { id: 'm1', date: '2026-03-10' },
    });
    // across a month end and a leap day
    expect(digestPeriod('2028-03-05', { id: 'm', date: '2028-02-29' }, null).from).toBe('2028-03-01');
  });

  it("starts the body's first meeting from the plan period, else from 1 January", () => {
    expect(digestPeriod('2027-02-01', null, '2026-01-01')).toEqual({ from: '2026-01-01', to: '2027-02-01', basis: 'plan_period', previousMeeting: null });
    expect(digestPeriod('2027-02-01', null, null)).toEqual({ from: '2027-01-01', to: '2027-02-01', basis: 'year_start', previousMeeting: null });
  });
});

describe('digestAsOf', () => {
  it('is the meeting day once it has come, today while it is ahead', () => {
    expect(digestAsOf('2026-05-20', '2026-12-06')).toBe('2026-05-20');
    expect(digestAsOf('2026-05-20', '2026-04-01')).toBe('2026-04-01');
  });
});

describe('lastDueDay', () => {
  const meetings = [
    { id: 'a', regionId: 'KP', date: '2026-03-10' },
    { id: 'b', regionId: 'KP', date: '2026-05-20' },
    { id: 'c', regionId: 'EP', date: '2026-05-01' },
  ];
  it('monthly: the last month end on or before the day', () => {
    expect(lastDueDay('monthly', 'KP', '2026-01-01', '2026-05-20', meetings)).toBe('2026-04-30');
    expect(lastDueDay('monthly', 'KP', '2026-01-01', '2026-05-31', meetings)).toBe('2026-05-31');
    expect(lastDueDay('monthly', 'KP', '2026-05-01', '2026-05-20', meetings)).toBeNull();
  });
  it('yearly: 31 December', () => {
    expect(lastDueDay('yearly', 'KP', '2025-06-01', '2026-05-20', meetings)).toBe('2025-12-31');
    expect(lastDueDay('yearly', 'KP', '2026-01-01', '2026-05-20', meetings)).toBeNull();
  });
  it("before each meeting: the region's own latest meeting day", () => {
    expect(lastDueDay('before_meeting', 'KP', '2026-03-11', '2026-05-20', meetings)).toBe('2026-05-20');
    expect(lastDueDay('before_meeting', 'KP', '2026-03-11', '2026-05-19', meetings)).toBeNull();
    expect(lastDueDay('before_meeting', 'PO', '2026-01-01', '2026-12-31', meetings)).toBeNull();
  });
});

describe('missedUpdates', () => {
  const meetings = [
    { id: 'a', regionId: 'KP', date: '2026-03-10' },
    { id: 'b', regionId: 'KP', date: '2026-05-20' },
  ];
  const duties = [
    { subjectKind: 'criterion' as const, subjectId: 'c1', subjectTitle: 'Kuvaus', cadence: 'before_meeting' as const },
    { subjectKind: 'action' as const, subjectId: 'a1', subjectTitle: 'Kartoitus', cadence: 'monthly' as const },
  ];
  // latest entry per subject:region
  const latest: Record<string, string> = { 'c1:KP': '2026-03-09', 'a1:KP': '2026-04-02' };
  const lacks = (_k: string, id: string, region: string, start: string) => !latest[`${id}:${region}`] || latest[`${id}:${region}`] < start;

  it("judges each duty's most recent due period in each region in scope by the reminders' rule", () => {
    const missed = missedUpdates(duties, new Map([['a1', ['KP']]]), ['KP', 'EP'], { from: '2026-03-11' }, '2026-05-20', meetings, lacks);
    // c1 in KP: due 20.5., period from the previous meeting 10.3.; the entry of 9.3. is older → missed.
    // c1 in EP: EP has no steering-group meeting → nothing due. a1 is KP's only; due 30.4., entry 2.4. → kept.
    expect(missed).toEqual([{ subjectKind: 'criterion', subjectId: 'c1', title: 'Kuvaus', regionId: 'KP', dueDate: '2026-05-20', periodStart: '2026-03-10' }]);
  });

  it('an action of one region is not judged in another', () => {
    const missed = missedUpdates([duties[1]], new Map([['a1', ['KP']]]), ['EP'], { from: '2026-01-01' }, '2026-05-20', meetings, () => true);
    expect(missed).toEqual([]);
  });
});

describe('digestCounts', () => {
  it('counts each section, and the open follow-ups of the decisions', () => {
    const entry = (change: 'new' | 'corrected' | 'retracted') => ({ change }) as never;
    const counts = digestCounts({
      entries: [entry('new'), entry('new'), entry('corrected'), entry('retracted')],
      statusChanges: [{} as never],
      surveys: [],
      decisions: [{ followUps: [{ done: true }, { done: false }] } as never, { followUps: [{ done: false }] } as never],
      overdue: [{} as never, {} as never],
    });
    expect(counts).toEqual({ newEntries: 2, correctedEntries: 1, retractedEntries: 1, statusChanges: 1, surveys: 0, decisions: 2, openFollowUps: 2, overdue: 2 });
  });
});
