import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, LANGUAGES } from '@suunta/shared-domain';
import { toAuditQuery } from './audit-filters';
import en from '../i18n/en.json';
import fi from '../i18n/fi.json';
import sv from '../i18n/sv.json';

describe('toAuditQuery', () => {
  const empty = { actorId: '', q: '', entityType: '', action: '', fromDay: null, toDay: null };

  it('sends only the filters that are set', () => {
    expect(toAuditQuery({ ...empty, q: ' Osaaminen ', entityType: 'focus_area', action: 'approve' }, { limit: 50, offset: 100 })).toEqual({
      q: 'Osaaminen',
      entityType: 'focus_area',
      action: 'approve',
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

describe('audit vocabulary translations', () => {
  const files: Record<string, { audit: { actions: Record<string, string>; entities: Record<string, string> } }> = { fi, sv, en };
  it('names every audit action and object type of the shared enum in fi, sv and en', () => {
    const missing = LANGUAGES.flatMap((lang) => [
      ...AUDIT_ACTIONS.filter((a) => !files[lang].audit.actions[a]).map((a) => `${lang}: actions.${a}`),
      ...AUDIT_ENTITY_TYPES.filter((e) => !files[lang].audit.entities[e]).map((e) => `${lang}: entities.${e}`),
    ]);
    expect(missing).toEqual([]);
  });
});
