const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Soft hyphens, zero-width characters and stray BOMs survive PDF extraction and break matching.
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** NFC, ordinary spaces only, invisible characters removed; leading/trailing space kept. */
export function cleanLine(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLES, '').replace(ODD_SPACES, ' ');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lowercase, accents removed, whitespace collapsed: for comparing keywords, never for display. */
export function foldForMatch(text: string): string {
  return collapseWhitespace(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function parseWholeNumber(token: string): number | undefined {
  return /^\d+$/.test(token) ? Number(token) : undefined;
}

export interface ParsedDecimal {
  value: number;
  decimals: number;
}

/** Accepts `7,69`, `7.69` and `50`; Finnish reports use the decimal comma. */
export function parseDecimal(token: string): ParsedDecimal | undefined {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(token);
  if (!match) {
    return undefined;
  }
  const fraction = match[2] ?? '';
  return { value: Number(`${match[1]}.${fraction || '0'}`), decimals: fraction.length };
}

/**
 * Joins lines that a PDF wrapped. A word broken after a hyphen ("sote-" + "integroidun") is
 * joined without a space; the hyphen is kept because it is usually part of a compound.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  return lines
    .map(collapseWhitespace)
    .filter((line) => line.length > 0)
    .reduce((joined, line) => {
      if (!joined) {
        return line;
      }
      return /\p{L}-$/u.test(joined) ? joined + line : `${joined} ${line}`;
    }, '');
}

/** Excel-style column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A line quoted in a problem message, shortened to stay readable. */
export function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
