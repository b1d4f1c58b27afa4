import type { ArchiveCounts } from '@suunta/shared-domain';

/** The API refuses larger bodies (413); the page says so before uploading. */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024;

export type ArchiveFileResult = { ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'not_json' | 'empty' };

/** Reads a picked file's text as JSON, refusing what the API would refuse anyway. */
export function parseArchiveText(text: string, size: number): ArchiveFileResult {
  if (size > MAX_ARCHIVE_BYTES) return { ok: false, reason: 'too_large' };
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'not_json' };
  }
}

/** The kinds of an archive in the order a reader meets them: the strategy first, the minutes last. */
export const COUNT_ORDER: readonly (keyof ArchiveCounts)[] = [
  'focusAreas', 'csfs', 'criteria', 'strategyActions', 'roles', 'people', 'plans', 'planActions', 'progressEntries',
  'surveys', 'surveyQuestions', 'reports', 'reportSections', 'meetings', 'meetingItems',
];

/** The preview's counts as rows, leaving out the kinds the archive has none of. */
export function countRows(counts: ArchiveCounts): { kind: keyof ArchiveCounts; count: number }[] {
  return COUNT_ORDER.filter((kind) => counts[kind] > 0).map((kind) => ({ kind, count: counts[kind] }));
}
