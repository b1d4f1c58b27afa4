import { addDays, dueItemsByPerson, lastDayOfMonth, periodOf, PersonInput, PlanInput } from './due-items.util';

const EP = 'ep';
const KP = 'kp';
const planner = (id: string, regionIds: string[], extra: Partial<PersonInput> = {}): PersonInput => ({ id, status: 'active', roles: ['planner'], regionIds, optedOut: false, ...extra });

function plan(over: Partial<PlanInput>): PlanInput {
  return {
    today: '2026-03-20',
    leadDays: 7,
    duties: [],
    subjects: new Map(),
    regionIds: [EP, KP],
    people: [],
    meetings: [],
    ...over,
  };
}

describe('calendar helpers', () => {
  it('knows month ends, leap years included', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('periodOf', () => {
  const meetings = [
    { id: 'm1', regionId: EP, date: '2026-02-10' },
    { id: 'm2', regionId: EP, date: '2026-03-25' },
    { id: 'k1', regionId: KP, date: '2026-05-05' },
  ];
  it('runs from the previous meeting to the next one of the same region', () => {
    expect(periodOf('before_meeting', '2026-03-20', EP, meetings)).toEqual({ dueKey: 'meeting:m2', reason: 'meeting', dueDate: '2026-03-25', periodStart: '2026-02-10' });
  });
  it('starts at the new year when the region has had no meeting before the next one', () => {
    expect(periodOf('before_meeting', '2026-03-20', KP, meetings)?.periodStart).toBe('2026-01-01');
  });
  it('has no period when no meeting is scheduled', () => {
    expect(periodOf('before_meeting', '2026-03-26', EP, meetings)).toBeNull();
  });
  it('is the calendar month or year otherwise', () => {
    expect(periodOf('monthly', '2026-03-20', EP, [])).toEqual({ dueKey: '2026-03', reason: 'monthly', dueDate: '2026-03-31', periodStart: '2026-03-01' });
    expect(periodOf('yearly', '2026-03-20', EP, [])).toEqual({ dueKey: '2026', reason: 'yearly', dueDate: '2026-12-31', periodStart: '2026-01-01' });
  });
});

describe('dueItemsByPerson', () => {
  const duty = { id: 'd1', subjectKind: 'criterion' as const, subjectId: 'c1', ownerUserId: null, ownerRole: 'planner' as const, cadence: 'monthly' as const };

  it('reminds each region’s planner of the item in their own region, once the window is open', () => {
    const people = [planner('anna', [EP]), planner('kalle', [KP]), planner('off', [EP], { status: 'disabled' }), planner('quiet', [KP], { optedOut: true })];
    const result = dueItemsByPerson(plan({ duties: [duty], subjects: new Map([['c1', { regionIds: [] }]]), people, today: '2026-03-24' }), () => true);
    expect([...result.keys()].sort()).toEqual(['anna', 'kalle']);
    expect(result.get('anna')?.map((i) => [i.regionId, i.dueKey])).toEqual([[EP, '2026-03']]);
  });

  it('waits until the due date is at most leadDays away', () => {
    const people = [planner('anna', [EP])];
    // 31 March − 7 days = 24 March: the 23rd is too early
    expect(dueItemsByPerson(plan({ duties: [duty], subjects: new Map([['c1', { regionIds: [] }]]), people, today: '2026-03-23' }), () => true).size).toBe(0);
  });

  it('leaves out items with an entry in the period and subjects that are not current', () => {
    const people = [planner('anna', [EP]), planner('kalle', [KP])];
    const result = dueItemsByPerson(plan({ duties: [duty, { ...duty, id: 'd2', subjectId: 'gone' }], subjects: new Map([['c1', { regionIds: [] }]]), people, today: '2026-03-24' }), (i) => i.regionId !== EP);
    expect([...result.keys()]).toEqual(['kalle']);
  });

  it('reminds a named owner only in their regions and an action only in its regions', () => {
    const people = [planner('anna', [EP, KP])];
    const named = { ...duty, id: 'd3', subjectKind: 'action' as const, subjectId: 'a1', ownerRole: null, ownerUserId: 'anna', cadence: 'yearly' as const };
    const result = dueItemsByPerson(plan({ duties: [named], subjects: new Map([['a1', { regionIds: [KP] }]]), people, today: '2026-12-24' }), () => true);
    expect(result.get('anna')?.map((i) => i.regionId)).toEqual([KP]);
  });
});
