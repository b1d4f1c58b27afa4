import { toAuditQuery } from './audit-filters';

describe('toAuditQuery', () => {
  const empty = { entityType: '', entityId: '', action: '', fromDay: '', toDay: '' };

  it('sends only the filters that are set', () => {
    expect(toAuditQuery({ ...empty, entityType: ' criterion ', action: 'update' }, { limit: 50, offset: 100 })).toEqual({
      entityType: 'criterion',
      action: 'update',
      limit: 50,
      offset: 100,
    });
  });

  it('makes the last day inclusive by ending at the start of the next local day', () => {
    const q = toAuditQuery({ ...empty, fromDay: '2025-11-18', toDay: '2025-11-18' }, { limit: 50, offset: 0 });
    expect(new Date(q.to as string).getTime() - new Date(q.from as string).getTime()).toBe(24 * 3600 * 1000);
    expect(new Date(q.from as string).getDate()).toBe(18);
  });
});
