import type { KeyValueStore } from '@suunta/web-core';
import { clearDraft, DRAFT_KEY, ProgressDraft, readDraft, readRegion, rememberRegion, writeDraft } from './progress-draft.util';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const draft: ProgressDraft = {
  regionId: 'kp',
  target: { kind: 'action', id: 'a1', title: 'Kirjaamisvalmentajat' },
  year: 2020,
  entryDate: '2020-11-12',
  value: 1,
  unit: 'kokoontumista',
  narrative: 'Verkosto kokoontui',
  evidenceUrl: '',
  savedAt: '2020-11-12T10:00:00.000Z',
};

describe('progress draft storage', () => {
  it('round-trips a draft and clears it', () => {
    const store = memoryStore();
    writeDraft(store, draft);
    expect(readDraft(store)).toEqual(draft);
    clearDraft(store);
    expect(readDraft(store)).toBeNull();
  });

  it('removes rather than stores an empty form', () => {
    const store = memoryStore();
    writeDraft(store, draft);
    writeDraft(store, { ...draft, target: null, narrative: '  ', value: null });
    expect(store.data.has(DRAFT_KEY)).toBe(false);
  });

  it('ignores what is not a draft of ours and values that are not numbers', () => {
    const store = memoryStore();
    store.setItem(DRAFT_KEY, '{not json');
    expect(readDraft(store)).toBeNull();
    store.setItem(DRAFT_KEY, JSON.stringify({ ...draft, value: 'N/A', target: { kind: 'other', id: 1 } }));
    expect(readDraft(store)).toMatchObject({ value: null, target: null, narrative: 'Verkosto kokoontui' });
  });

  it('remembers the region, and survives a storage that throws', () => {
    const store = memoryStore();
    rememberRegion(store, 'po');
    expect(readRegion(store)).toBe('po');
    const broken: KeyValueStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    expect(() => rememberRegion(broken, 'kp')).not.toThrow();
    expect(readRegion(broken)).toBeNull();
    expect(() => writeDraft(broken, draft)).not.toThrow();
    expect(readDraft(null)).toBeNull();
  });
});
