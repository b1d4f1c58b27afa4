import type { IndicatorCsvProblem, IndicatorGender } from '@suunta/shared-domain';

/**
 * A tolerant reader of Sotkanet's CSV export (and of hand-trimmed copies of it).
 *
 * Accepted:
 * - separator `;` (Sotkanet's download), or `,` / tab when the header has no `;`;
 * - a UTF-8 byte-order mark, `\r\n` or `\n` line ends, blank lines anywhere, `"quoted"` fields
 *   (with `""` for a quote inside);
 * - a header row (line 1) naming the columns in any order and case, in Finnish, Swedish or
 *   English (see {@link COLUMN_ALIASES}): `indicator`, `region`, `year`, `value` are required,
 *   `gender` and `absValue` optional (no gender column means every row is `total`), other columns
 *   (titles, units…) are ignored;
 * - numbers with a decimal comma or point, with spaces (also no-break) as thousands separators;
 * - an indicator cell that starts with Sotkanet's numeric id (`5` or `5 Toimeentulotukea…`);
 * - genders `total`/`male`/`female` or `yhteensä`/`miehet`/`naiset`, `totalt`/`män`/`kvinnor`.
 *
 * A row whose value is empty (Sotkanet leaves hidden or missing figures empty) is skipped, not an
 * error. Every other problem is named by its line (1 = the header).
 */
export interface SotkanetCsvRow {
  line: number;
  indicator: number;
  /** The region cell as written: a Sotkanet region id or a region's name/code; resolved by the caller. */
  region: string;
  year: number;
  gender: IndicatorGender;
  value: number;
  absValue: number | null;
}

export interface SotkanetCsvResult {
  columns: string[];
  rows: SotkanetCsvRow[];
  skippedEmpty: number;
  problems: IndicatorCsvProblem[];
}

type Column = 'indicator' | 'region' | 'year' | 'gender' | 'value' | 'absValue';

/** Header names accepted for each column (compared lower-case, spaces, dots, dashes and underscores removed). */
export const COLUMN_ALIASES: Record<Column, string[]> = {
  indicator: ['indicator', 'indicatorid', 'indikaattori', 'indikaattoriid', 'indikator', 'indikatorid'],
  region: ['region', 'regionid', 'alue', 'alueid', 'område', 'områdeid'],
  year: ['year', 'vuosi', 'år'],
  gender: ['gender', 'sex', 'sukupuoli', 'kön'],
  value: ['value', 'arvo', 'värde', 'percent', 'prosentti'],
  absValue: ['absvalue', 'absolutevalue', 'absoluuttinenarvo', 'absolutvärde', 'lukumäärä'],
};

const REQUIRED: Column[] = ['indicator', 'region', 'year', 'value'];

const GENDERS: Record<string, IndicatorGender> = {
  total: 'total', yhteensä: 'total', totalt: 'total', molemmat: 'total', 'molemmat sukupuolet': 'total', 'båda könen': 'total', both: 'total', '': 'total',
  male: 'male', miehet: 'male', män: 'male', men: 'male', males: 'male',
  female: 'female', naiset: 'female', kvinnor: 'female', women: 'female', females: 'female',
};

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

function normalizeHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s._-]+/g, '');
}

/** Splits one line on `sep`, honouring double quotes. */
export function splitCsvLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/** A number with a decimal comma or point and optional space thousands separators; null when not one. */
export function parseFinnishNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return null;
  const n = Number(compact.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

export function parseSotkanetCsv(text: string): SotkanetCsvResult {
  const problems: IndicatorCsvProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) {
    return { columns: [], rows: [], skippedEmpty: 0, problems: [{ line: 1, code: 'empty', message: 'The file is empty' }] };
  }
  const headerLine = lines[headerIndex];
  const sep = headerLine.includes(';') ? ';' : headerLine.includes('\t') ? '\t' : ',';
  const header = splitCsvLine(headerLine, sep).map(normalizeHeader);
  const at: Partial<Record<Column, number>> = {};
  for (const [column, aliases] of Object.entries(COLUMN_ALIASES) as [Column, string[]][]) {
    const index = header.findIndex((h) => aliases.includes(h));
    if (index >= 0) at[column] = index;
  }
  const missing = REQUIRED.filter((c) => at[c] === undefined);
  if (missing.length > 0) {
    problems.push({
      line: headerIndex + 1,
      code: 'missing_column',
      message: `Line ${headerIndex + 1}: the header lacks ${missing.join(', ')} (accepted names: ${missing.map((c) => COLUMN_ALIASES[c].join('/')).join('; ')})`,
    });
    return { columns: [], rows: [], skippedEmpty: 0, problems };
  }
  const columns = (Object.entries(at) as [Column, number][]).sort((a, b) => a[1] - b[1]).map(([c]) => c);

  const rows: SotkanetCsvRow[] = [];
  const seen = new Map<string, number>();
  let skippedEmpty = 0;
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '') continue;
    const line = i + 1;
    const cells = splitCsvLine(raw, sep);
    const cell = (c: Column) => (at[c] === undefined ? '' : cells[at[c] as number] ?? '');
    const problem = (code: string, message: string, column?: Column, value?: string) =>
      problems.push({ line, code, message: `Line ${line}: ${message}`, ...(column ? { column, value: value ?? cell(column) } : {}) });

    const valueText = cell('value');
    if (valueText === '' || valueText === '..' || valueText === '-') {
      skippedEmpty++;
      continue;
    }
    const indicatorMatch = /^(\d+)\b/.exec(cell('indicator'));
    const indicator = indicatorMatch ? Number(indicatorMatch[1]) : NaN;
    if (!Number.isInteger(indicator) || indicator <= 0) {
      problem('not_a_number', `indicator "${cell('indicator')}" is not a Sotkanet indicator id`, 'indicator');
      continue;
    }
    const region = cell('region');
    if (region === '') {
      problem('required', 'region is empty', 'region');
      continue;
    }
    const yearText = cell('year');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!Number.isInteger(year)) {
      problem('not_a_number', `year "${yearText}" is not a year`, 'year');
      continue;
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      problem('out_of_range', `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`, 'year');
      continue;
    }
    const genderText = cell('gender').toLowerCase();
    const gender = GENDERS[genderText];
    if (!gender) {
      problem('not_one_of', `gender "${cell('gender')}" is not total, male or female`, 'gender');
      continue;
    }
    const value = parseFinnishNumber(valueText);
    if (value === null) {
      problem('not_a_number', `value "${valueText}" is not a number`, 'value');
      continue;
    }
    const absText = cell('absValue');
    const absValue = absText === '' || absText === '..' ? null : parseFinnishNumber(absText);
    if (absText !== '' && absText !== '..' && absValue === null) {
      problem('not_a_number', `absolute value "${absText}" is not a number`, 'absValue');
      continue;
    }
    const key = `${indicator}|${region.toLowerCase()}|${year}|${gender}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem('duplicate', `indicator ${indicator}, region ${region}, ${year}, ${gender} is already on line ${earlier}`);
      continue;
    }
    seen.set(key, line);
    rows.push({ line, indicator, region, year, gender, value, absValue });
  }
  return { columns, rows, skippedEmpty, problems };
}
