/** One changed field of an audit entry, its values written for people. */
export interface AuditDiffRow {
  field: string;
  before: string | null;
  after: string | null;
}

/** Bookkeeping fields every change touches; they say nothing to the reader. */
const NOISE = new Set(['version', 'updatedAt', 'updated_at', 'createdAt', 'created_at']);

/**
 * The fields an audit entry changed, as rows of field, value before and value after (instead of
 * two raw JSON blobs). A creation lists what was set, a deletion what was removed; a value that
 * is not an object (a reorder list) is one row under the field `value`.
 */
export function auditDiff(before: unknown, after: unknown): AuditDiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !NOISE.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

/** A value as text: strings as they are, lists comma-separated, localized texts by language, nothing as null. */
export function show(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => show(v) ?? '–').join(', ') : null;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return entries.length ? entries.map(([k, v]) => `${k}: ${show(v) ?? '–'}`).join('; ') : null;
}
