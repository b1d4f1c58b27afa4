import { auditDiff } from './audit-diff.util';

describe('auditDiff', () => {
  it('lists only the fields that changed, without the version bookkeeping', () => {
    expect(auditDiff({ displayName: 'A', roles: ['viewer'], regionIds: [], version: 1 }, { displayName: 'A', roles: ['planner'], regionIds: ['kp'], version: 2 })).toEqual([
      { field: 'roles', before: 'viewer', after: 'planner' },
      { field: 'regionIds', before: null, after: 'kp' },
    ]);
  });
  it('lists what a creation set and what a deletion removed, localized texts by language', () => {
    expect(auditDiff(null, { title: { fi: 'Osaaminen', sv: 'Kompetens' }, sortOrder: 1 })).toEqual([
      { field: 'title', before: null, after: 'fi: Osaaminen; sv: Kompetens' },
      { field: 'sortOrder', before: null, after: '1' },
    ]);
    expect(auditDiff({ status: 'draft' }, null)).toEqual([{ field: 'status', before: 'draft', after: null }]);
  });
  it('shows a bare value (a new order) as one row', () => {
    expect(auditDiff(['a', 'b'], ['b', 'a'])).toEqual([{ field: 'value', before: 'a, b', after: 'b, a' }]);
  });
});
