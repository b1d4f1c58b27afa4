import { mergeTexts, UnsavedTextStore } from './unsaved-text.store';

class MemoryStorage {
  private readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

describe('UnsavedTextStore', () => {
  it('keeps the text with the version it was based on until cleared', () => {
    const store = new UnsavedTextStore(new MemoryStorage());
    store.write('s1', 'Kesken jäänyt teksti', 4, new Date('2026-01-05T10:00:00Z'));
    expect(store.read('s1')).toEqual({ body: 'Kesken jäänyt teksti', baseVersion: 4, at: '2026-01-05T10:00:00.000Z' });
    store.clear('s1');
    expect(store.read('s1')).toBeNull();
  });

  it('ignores garbage and works without storage', () => {
    const storage = new MemoryStorage();
    storage.setItem('suunta.report-section.s2', '{not json');
    expect(new UnsavedTextStore(storage).read('s2')).toBeNull();
    const none = new UnsavedTextStore(null);
    none.write('s3', 'x', 1);
    expect(none.read('s3')).toBeNull();
  });
});

describe('mergeTexts', () => {
  it('keeps all of theirs and adds my paragraphs they do not have', () => {
    expect(mergeTexts('Yhteinen alku.\n\nHeidän lisäyksensä.', 'Yhteinen alku.\n\nMinun lisäykseni.')).toBe(
      'Yhteinen alku.\n\nHeidän lisäyksensä.\n\nMinun lisäykseni.',
    );
  });
});
