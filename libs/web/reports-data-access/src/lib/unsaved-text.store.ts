import { browserStore, KeyValueStore, readStored, writeStored } from '@suunta/web-core';

/**
 * Unsaved section text kept in this browser until the server has it, so a closed tab, a lost
 * connection or a refused save never loses what was typed. Keyed by section; remembers the version
 * the text was based on so a later visit can tell whether someone else saved in between.
 */
export interface UnsavedText {
  body: string;
  baseVersion: number;
  at: string;
}

const PREFIX = 'suunta.report-section.';

export class UnsavedTextStore {
  constructor(private readonly storage: KeyValueStore | null = browserStore()) {}

  read(sectionId: string): UnsavedText | null {
    const raw = readStored(this.storage, PREFIX + sectionId);
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Partial<UnsavedText>;
      return typeof value.body === 'string' && typeof value.baseVersion === 'number' ? (value as UnsavedText) : null;
    } catch {
      return null;
    }
  }

  write(sectionId: string, body: string, baseVersion: number, now: Date = new Date()): void {
    writeStored(this.storage, PREFIX + sectionId, JSON.stringify({ body, baseVersion, at: now.toISOString() } satisfies UnsavedText));
  }

  clear(sectionId: string): void {
    writeStored(this.storage, PREFIX + sectionId, null);
  }
}

/**
 * A starting point for merging after a refused save: the other person's text, then the paragraphs
 * of mine that theirs does not already contain. The user edits the result before saving.
 */
export function mergeTexts(theirs: string, mine: string): string {
  const present = new Set(theirs.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean));
  const missing = mine.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p && !present.has(p));
  return [theirs.trim(), ...missing].filter(Boolean).join('\n\n');
}
