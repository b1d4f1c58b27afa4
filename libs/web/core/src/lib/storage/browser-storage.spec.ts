import { KeyValueStore, readStored, writeStored } from './browser-storage';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('browser storage helpers', () => {
  it('writes, reads and removes a value', () => {
    const store = memoryStore();
    writeStored(store, 'k', 'v');
    expect(readStored(store, 'k')).toBe('v');
    writeStored(store, 'k', null);
    expect(store.data.has('k')).toBe(false);
  });

  it('treats a refusing storage as empty and never throws', () => {
    const refusing: KeyValueStore = {
      getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('quota'); },
      removeItem: () => { throw new Error('denied'); },
    };
    expect(readStored(refusing, 'k')).toBeNull();
    expect(() => writeStored(refusing, 'k', 'v')).not.toThrow();
    expect(readStored(null, 'k')).toBeNull();
  });
});
