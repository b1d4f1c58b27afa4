/**
 * RFC 4180 CSV with a UTF-8 BOM (so spreadsheet programs read ä and ö right) and a guard against
 * formula injection: a cell starting with = + - @ (or a tab / carriage return) gets a leading '.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
