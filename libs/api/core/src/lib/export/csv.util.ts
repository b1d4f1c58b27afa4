/**
 * CSV for the exports people open in a spreadsheet (RFC 4180, comma-separated).
 * Text cells a spreadsheet would run as a formula (starting with = + - @ or a tab/CR) get a leading
 * apostrophe (CSV injection); numbers are written as they are, so -3 stays a number.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) {
    s = `'${s}`;
  }
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** A whole file with a UTF-8 BOM, so spreadsheet programs read ä and ö right. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map(csvRow).join('');
}
