/**
 * What the UI keeps in this browser (the language, remembered choices, unsaved drafts) goes through
 * these helpers: storage may be missing (SSR, tests) or refuse (private mode, full quota), and then
 * nothing is remembered and nothing breaks.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage when it can be used, else null. */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored value, or null when there is none or the storage cannot be read. */
export function readStored(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores the value, or removes the key for null; a full or blocked storage is ignored. */
export function writeStored(store: KeyValueStore | null, key: string, value: string | null): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // The value then lives only in the page (and, for drafts, on the server once saved).
  }
}
