import type { ProgressTargetDto } from '@suunta/shared-domain';
import { KeyValueStore, readStored, writeStored } from '@suunta/web-core';

/**
 * What the "log progress" form keeps in this browser: the region (remembered between entries)
 * and an unsaved draft (so a closed tab loses nothing). Storage may be unavailable (private
 * mode); then nothing is remembered and nothing breaks.
 */
export const REGION_KEY = 'suunta.progress.region';
export const DRAFT_KEY = 'suunta.progress.draft';

export interface ProgressDraft {
  regionId: string | null;
  target: Pick<ProgressTargetDto, 'kind' | 'id' | 'title'> | null;
  year: number | null;
  entryDate: string | null;
  value: number | null;
  unit: string | null;
  narrative: string;
  evidenceUrl: string;
  savedAt: string;
}

export function readRegion(store: KeyValueStore | null): string | null {
  return readStored(store, REGION_KEY);
}

export function rememberRegion(store: KeyValueStore | null, regionId: string): void {
  writeStored(store, REGION_KEY, regionId);
}

/** A stored draft, or null when there is none or it is not one of ours. */
export function readDraft(store: KeyValueStore | null): ProgressDraft | null {
  const raw = readStored(store, DRAFT_KEY);
  if (!raw) return null;
  const parsed = parseJson(raw);
  if (!parsed || typeof parsed !== 'object') return null;
  const d = parsed as Partial<ProgressDraft>;
  if (typeof d.narrative !== 'string' || typeof d.savedAt !== 'string') return null;
  return {
    regionId: typeof d.regionId === 'string' ? d.regionId : null,
    target: d.target && typeof d.target.id === 'string' && (d.target.kind === 'action' || d.target.kind === 'criterion') ? d.target : null,
    year: typeof d.year === 'number' ? d.year : null,
    entryDate: typeof d.entryDate === 'string' ? d.entryDate : null,
    value: typeof d.value === 'number' && Number.isFinite(d.value) ? d.value : null,
    unit: typeof d.unit === 'string' ? d.unit : null,
    narrative: d.narrative,
    evidenceUrl: typeof d.evidenceUrl === 'string' ? d.evidenceUrl : '',
    savedAt: d.savedAt,
  };
}

/** Keeps the draft; an empty form removes it instead of storing nothing. */
export function writeDraft(store: KeyValueStore | null, draft: ProgressDraft): void {
  const empty = !draft.target && !draft.narrative.trim() && draft.value === null && !draft.evidenceUrl.trim();
  writeStored(store, DRAFT_KEY, empty ? null : JSON.stringify(draft));
}

export function clearDraft(store: KeyValueStore | null): void {
  writeStored(store, DRAFT_KEY, null);
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
