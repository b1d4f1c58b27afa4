import { CsvRecord, detectDelimiter, readCsvRecords } from './csv-records.util';
import { errorProblem, warningProblem } from './problems.util';
import { readScaleCell, resolveScaleLabels } from './scale.util';
import type {
  ColumnAssignment,
  ColumnKind,
  CsvColumn,
  ParsedQuestion,
  ParseProblem,
  ScalePoint,
  SurveyParseResult,
  WebropolCsvOptions,
} from './survey-import.types';
import { groupAdjacentThemes, groupByThemeKeys, ThemedQuestions } from './themes.util';
import { cleanLine, collapseWhitespace, columnLetter, foldForMatch } from './text.util';

// Headers of the bookkeeping columns Webropol and Excel add around the answers.
const METADATA_WORDS = new Set([
  'id', 'nro', 'vastaaja', 'vastaajan', 'vastaajanumero', 'vastaajatunnus', 'respondent', 'respondentti',
  'tunnus', 'tunniste', 'aika', 'aikaleima', 'pvm', 'paivamaara', 'paivays', 'date', 'time', 'timestamp',
  'started', 'finished', 'submitted', 'completed', 'aloitettu', 'lopetettu', 'lahetetty', 'valmis', 'ip',
  'email', 'sahkoposti', 'kieli', 'language', 'kesto', 'duration',
]);
const MAX_METADATA_HEADER_WORDS = 3;
const TIMESTAMP = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$|^\d{1,2}:\d{2}(?::\d{2})?$/;
const SAMPLE_SIZE = 3;

interface DataRow {
  cells: string[];
  /** Spreadsheet row number: the header is row 1. */
  rowNumber: number;
  line: number;
}

/**
 * Parses a Webropol raw-answer export saved as CSV: one row per respondent, one column per
 * question. Each column is classified as Likert, open or ignored (timestamps, ids …);
 * `columnMapping` overrides that and may group columns into themes. Never throws.
 */
export function parseWebropolCsv(text: string, options: WebropolCsvOptions): SurveyParseResult {
  const content = text.replace(/^\ufeff/, '');
  if (content.trim() === '') {
    const message = 'The file is empty: export the raw answers from Webropol as CSV.';
    return emptyResult([], [errorProblem('EMPTY_INPUT', message, { line: 1 })]);
  }

  const problems: ParseProblem[] = [];
  const { scale, problems: scaleProblems } = resolveScaleLabels(options.scaleLabels ?? []);
  problems.push(...scaleProblems);

  const { records, unterminatedQuoteLine } = readCsvRecords(content, options.delimiter ?? detectDelimiter(content));
  if (unterminatedQuoteLine !== undefined) {
    problems.push(
      errorProblem(
        'UNTERMINATED_QUOTE',
        `The quoted field starting on line ${unterminatedQuoteLine} is never closed; everything after it was ignored.`,
        { line: unterminatedQuoteLine },
      ),
    );
  }
  const headerIndex = records.findIndex((record) => !isBlank(record));
  const header = records[headerIndex];
  if (!header) {
    return emptyResult(scale, [...problems, errorProblem('EMPTY_INPUT', 'The file has no header row.', { line: 1 })]);
  }
  const rows: DataRow[] = records
    .map((record, index) => ({ cells: record.cells.map(cleanCell), rowNumber: index + 1, line: record.line, record }))
    .filter(({ record }, index) => index > headerIndex && !isBlank(record))
    .map(({ cells, rowNumber, line }) => ({ cells, rowNumber, line }));
  if (rows.length === 0) {
    return emptyResult(scale, [
      ...problems,
      errorProblem('NO_RESPONSES', `The file has a header row (line ${header.line}) but no answer rows.`, { line: header.line }),
    ]);
  }
  checkExtraCells(rows, header.cells.length, problems);

  const mapping = normalizeMapping(options.columnMapping ?? {}, header.cells.length, problems);
  const columns = header.cells.map((headerCell, index) => describeColumn(headerCell, index, rows, scale, mapping));
  const questionColumns = columns.filter((column) => column.kind !== 'ignored');
  if (questionColumns.length === 0) {
    problems.push(
      errorProblem(
        'NO_QUESTIONS',
        `No column holds answers; the header row is line ${header.line}. Map at least one column to a question.`,
        { line: header.line },
      ),
    );
  }

  const questions = questionColumns.map((column, position) =>
    column.kind === 'likert'
      ? likertQuestion(column, position + 1, rows, scale, problems)
      : openQuestion(column, position + 1, rows),
  );
  const themed = groupThemes(questions, mapping);
  const respondentCount = rows.length;
  if (options.invitedCount !== undefined && respondentCount > options.invitedCount) {
    problems.push(
      errorProblem('RESPONDENTS_EXCEED_INVITED', `${respondentCount} answer rows is more than the ${options.invitedCount} invited.`),
    );
  }

  return {
    source: 'webropol-csv',
    respondentCount,
    ...(options.invitedCount === undefined ? {} : { invitedCount: options.invitedCount }),
    scale,
    questions: themed.questions,
    themes: themed.themes,
    columns: columns.map((column) => withQuestion(column, themed.questions)),
    problems,
  };
}

function describeColumn(
  headerCell: string,
  index: number,
  rows: readonly DataRow[],
  scale: readonly ScalePoint[],
  mapping: ReadonlyMap<string, ColumnAssignment>,
): CsvColumn {
  const letter = columnLetter(index);
  const header = collapseWhitespace(cleanLine(headerCell)) || `Column ${letter}`;
  const values = rows.map((row) => row.cells[index] ?? '').filter((cell) => cell !== '');
  const detected = detectKind(header, values, scale);
  return {
    letter,
    index,
    header,
    detectedKind: detected.kind,
    detectionReason: detected.reason,
    kind: mapping.get(letter)?.kind ?? detected.kind,
    nonEmptyCount: values.length,
    samples: values.slice(0, SAMPLE_SIZE),
  };
}

function detectKind(
  header: string,
  values: readonly string[],
  scale: readonly ScalePoint[],
): { kind: ColumnKind; reason: string } {
  if (values.length === 0) {
    return { kind: 'ignored', reason: 'no answers in this column' };
  }
  if (isMetadataHeader(header)) {
    return { kind: 'ignored', reason: 'the header names respondent metadata' };
  }
  const onScale = values.filter((value) => readScaleCell(value, scale) !== undefined).length;
  if (onScale * 2 >= values.length) {
    return { kind: 'likert', reason: `${onScale} of ${values.length} answers are values on the scale` };
  }
  if (values.every((value) => TIMESTAMP.test(value))) {
    return { kind: 'ignored', reason: 'every answer is a date or time' };
  }
  if (values.every((value) => /^\d+$/.test(value))) {
    return { kind: 'ignored', reason: 'whole numbers outside the scale, probably an id' };
  }
  return { kind: 'open', reason: 'free text' };
}

function isMetadataHeader(header: string): boolean {
  const words = foldForMatch(header).split(/[^a-z0-9#]+/).filter((word) => word.length > 0);
  return (
    words.length > 0 &&
    words.length <= MAX_METADATA_HEADER_WORDS &&
    words.some((word) => word === '#' || METADATA_WORDS.has(word) || word.endsWith('aika'))
  );
}

function likertQuestion(
  column: CsvColumn,
  number: number,
  rows: readonly DataRow[],
  scale: readonly ScalePoint[],
  problems: ParseProblem[],
): ParsedQuestion {
  const tally = new Map<number, number>(scale.map((point) => [point.value, 0]));
  let respondentCount = 0;
  for (const row of rows) {
    const cellText = row.cells[column.index] ?? '';
    if (cellText === '') {
      continue;
    }
    respondentCount++;
    const value = readScaleCell(cellText, scale);
    if (value === undefined) {
      const cell = `${column.letter}${row.rowNumber}`;
      problems.push(
        errorProblem(
          'INVALID_LIKERT_CELL',
          `Cell ${cell} (line ${row.line}, "${column.header}"): "${cellText}" is not a value on the scale ${describeScale(scale)}.`,
          { line: row.line, column: column.letter, cell },
        ),
      );
    } else {
      tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }
  return {
    number,
    text: questionText(column.header),
    kind: 'likert',
    respondentCount,
    counts: [...tally].map(([value, n]) => ({ value, n })),
    column: column.letter,
  };
}

function openQuestion(column: CsvColumn, number: number, rows: readonly DataRow[]): ParsedQuestion {
  const answers = rows.map((row) => row.cells[column.index] ?? '').filter((cell) => cell !== '');
  return {
    number,
    text: questionText(column.header),
    kind: 'open',
    respondentCount: answers.length,
    counts: [],
    answers,
    column: column.letter,
  };
}

function groupThemes(questions: readonly ParsedQuestion[], mapping: ReadonlyMap<string, ColumnAssignment>): ThemedQuestions {
  const explicit = [...mapping.values()].some((assignment) => assignment.themeKey);
  return explicit
    ? groupByThemeKeys(questions, (question) => mapping.get(question.column ?? ''))
    : groupAdjacentThemes(questions);
}

function normalizeMapping(
  mapping: Readonly<Record<string, ColumnAssignment>>,
  columnCount: number,
  problems: ParseProblem[],
): Map<string, ColumnAssignment> {
  const known = new Set(Array.from({ length: columnCount }, (_, index) => columnLetter(index)));
  const normalized = new Map<string, ColumnAssignment>();
  for (const [key, assignment] of Object.entries(mapping)) {
    const letter = key.trim().toUpperCase();
    if (known.has(letter)) {
      normalized.set(letter, assignment);
    } else {
      problems.push(
        errorProblem(
          'UNKNOWN_MAPPED_COLUMN',
          `The column mapping names column "${key}", but the file's columns run from A to ${columnLetter(columnCount - 1)}.`,
          { column: key },
        ),
      );
    }
  }
  return normalized;
}

function checkExtraCells(rows: readonly DataRow[], headerWidth: number, problems: ParseProblem[]): void {
  for (const row of rows) {
    const extra = row.cells.findIndex((cell, index) => index >= headerWidth && cell !== '');
    if (extra !== -1) {
      const cell = `${columnLetter(extra)}${row.rowNumber}`;
      problems.push(
        warningProblem(
          'EXTRA_CELLS',
          `Row ${row.rowNumber} (line ${row.line}) has a value in ${cell}, beyond the last header; it was ignored.`,
          { line: row.line, column: columnLetter(extra), cell },
        ),
      );
    }
  }
}

function withQuestion(column: CsvColumn, questions: readonly ParsedQuestion[]): CsvColumn {
  const question = questions.find((q) => q.column === column.letter);
  if (!question) {
    return column;
  }
  return { ...column, questionNumber: question.number, ...(question.themeKey ? { themeKey: question.themeKey } : {}) };
}

/** Trimmed, with line breaks kept but the spaces around them dropped. */
function cleanCell(cell: string): string {
  return cleanLine(cell)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();
}

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

function questionText(header: string): string {
  return header.replace(/^\d{1,3}[.)]\s+/, '');
}

function describeScale(scale: readonly ScalePoint[]): string {
  return scale.length > 0
    ? `(${scale.map((point) => point.value).join(', ')} or their labels)`
    : '(no valid scale was given)';
}

function emptyResult(scale: ScalePoint[], problems: ParseProblem[]): SurveyParseResult {
  return { source: 'webropol-csv', scale, questions: [], themes: [], columns: [], problems };
}
