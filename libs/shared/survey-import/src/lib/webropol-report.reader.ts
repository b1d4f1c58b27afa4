import { errorProblem, warningProblem } from './problems.util';
import { splitValuePrefix } from './scale.util';
import type { ParseProblem } from './survey-import.types';
import {
  cleanLine,
  collapseWhitespace,
  foldForMatch,
  joinWrappedLines,
  parseDecimal,
  ParsedDecimal,
  preview,
  splitLines,
} from './text.util';

// Keywords are matched on folded text (lowercase, no accents): Finnish as Webropol prints it,
// with Swedish and English equivalents for centres that run their surveys in those languages.
const keywordLine = (keywords: readonly string[]) => new RegExp(`^(?:${keywords.join('|')})\\s*:?\\s*(.*)$`);
const TOTAL_RESPONDENTS = keywordLine([
  'vastaajien kokonaismaara', 'vastanneiden kokonaismaara', 'vastaajia yhteensa', 'total number of respondents',
  'total respondents', 'respondents', 'antal svarande totalt', 'totalt antal svarande', 'antal svarande',
]);
const QUESTION_RESPONDENTS = keywordLine([
  'vastaajien maara', 'vastanneiden maara', 'number of respondents', 'respondents', 'antal svarande',
  'antal respondenter',
]);
const INVITED = keywordLine([
  'kutsuttujen maara', 'kutsuttuja', 'kutsutut', 'vastaanottajien maara', 'vastaanottajia', 'number of invitees',
  'invited', 'antal inbjudna', 'inbjudna',
]);
const TABLE_HEADER = /^n (prosentti|prosenttia|%|percent|percentage|procent|prosent)$/;
const ANSWERS_MARKER = /^(vastaukset|avoimet vastaukset|answers|responses|svar|svaren)\s*:?$/;
const REPORTED_AVERAGE = /^(keskiarvo|average|mean|medelvarde|medeltal)\s*:?\s*(\S+)$/;
const TOTAL_ROW = /^(yhteensa|total|totalt|summa)\b/;
const QUESTION_HEADER = /^(\d{1,3})[.)](?:\s+(.*))?$/;
const VALUE_PREFIX = /^\d{1,2}\s*=/;
const UNPREFIXED_ROW = /\S\s+\d+\s+\d+(?:[.,]\d+)?\s*%$/;
const LONE_PERCENT = /^(\d+(?:[.,]\d+)?)\s*%$/;
const COUNT_WITH_INVITED = /^(\d+)(?:\s*(?:\/|of|\(|kpl\s*\/)\s*(\d+))?/;

const HEADER_LOOKAHEAD_LINES = 6;
const MAX_LABEL_CONTINUATION_LINES = 2;

export interface SourceLine {
  number: number;
  text: string;
  /** The raw line began with whitespace: PDF extraction's mark of a new text block. */
  indented: boolean;
}

export interface RawScaleRow {
  line: number;
  value?: number;
  label: string;
  nToken: string;
  percentToken?: string;
}

export interface RawQuestion {
  number: number;
  text: string;
  line: number;
  statedRespondents?: number;
  rows: RawScaleRow[];
  hasAnswersMarker: boolean;
  answerLines: SourceLine[];
  reportedAverage?: ParsedDecimal & { line: number };
}

export interface Preamble {
  title?: string;
  year?: number;
  ranAt?: string;
  respondentCount?: number;
  invitedCount?: number;
}

export interface ReportReading {
  /** The first line with any text; absent when the input is blank. */
  firstContent?: SourceLine;
  preamble: Preamble;
  /** Empty when no numbered question was recognised. */
  questions: RawQuestion[];
}

/**
 * First pass over a pasted report: finds the header block and the numbered questions and reads
 * their lines as printed. Judging the figures is left to the parser.
 */
export function readWebropolReport(text: string, problems: ParseProblem[]): ReportReading {
  const lines = toSourceLines(text);
  const firstContent = lines.find((line) => line.text !== '');
  const headerIndexes = findQuestionHeaders(lines);
  if (headerIndexes.length === 0) {
    return { firstContent, preamble: {}, questions: [] };
  }
  return {
    firstContent,
    preamble: readPreamble(lines.slice(0, headerIndexes[0]), problems),
    questions: headerIndexes.map((start, position) =>
      readQuestion(lines.slice(start, headerIndexes[position + 1] ?? lines.length), problems),
    ),
  };
}

function toSourceLines(text: string): SourceLine[] {
  return splitLines(text).map((raw, index) => {
    const cleaned = cleanLine(raw);
    const collapsed = collapseWhitespace(cleaned);
    return { number: index + 1, text: collapsed, indented: collapsed !== '' && /^\s/.test(cleaned) };
  });
}

function findQuestionHeaders(lines: readonly SourceLine[]): number[] {
  const headers: number[] = [];
  let lastNumber = 0;
  lines.forEach((line, index) => {
    const match = QUESTION_HEADER.exec(line.text);
    if (match && Number(match[1]) > lastNumber && questionMarkerFollows(lines, index)) {
      headers.push(index);
      lastNumber = Number(match[1]);
    }
  });
  return headers;
}

/** Guards against an open answer that happens to start with "3." being taken for question 3. */
function questionMarkerFollows(lines: readonly SourceLine[], headerIndex: number): boolean {
  const following = lines
    .slice(headerIndex + 1)
    .filter((line) => line.text !== '')
    .slice(0, HEADER_LOOKAHEAD_LINES);
  for (const line of following) {
    if (QUESTION_HEADER.test(line.text)) {
      return false;
    }
    if (isQuestionMarker(line.text)) {
      return true;
    }
  }
  return false;
}

function isQuestionMarker(text: string): boolean {
  const folded = foldForMatch(text);
  return (
    QUESTION_RESPONDENTS.test(folded) ||
    TABLE_HEADER.test(folded) ||
    ANSWERS_MARKER.test(folded) ||
    REPORTED_AVERAGE.test(folded) ||
    VALUE_PREFIX.test(text)
  );
}

function readPreamble(lines: readonly SourceLine[], problems: ParseProblem[]): Preamble {
  const preamble: Preamble = {};
  for (const line of lines.filter((l) => l.text !== '')) {
    const folded = foldForMatch(line.text);
    const total = TOTAL_RESPONDENTS.exec(folded);
    const invited = INVITED.exec(folded);
    if (total) {
      const count = readCount(total[1] ?? '');
      if (count.value === undefined) {
        problems.push(nonNumericCount(line, total[1] ?? '', 'the total number of respondents'));
      }
      preamble.respondentCount = count.value;
      preamble.invitedCount ??= count.invited;
    } else if (invited) {
      const count = readCount(invited[1] ?? '');
      if (count.value === undefined) {
        problems.push(nonNumericCount(line, invited[1] ?? '', 'the number invited'));
      }
      preamble.invitedCount = count.value;
    } else if (preamble.title === undefined) {
      preamble.title = line.text;
      preamble.year = lastYearIn(line.text);
    }
    preamble.ranAt ??= isoDateIn(line.text);
  }
  return preamble;
}

function readCount(valueText: string): { value?: number; invited?: number } {
  const match = COUNT_WITH_INVITED.exec(foldForMatch(valueText));
  if (!match) {
    return {};
  }
  return { value: Number(match[1]), invited: match[2] === undefined ? undefined : Number(match[2]) };
}

function readQuestion(block: readonly SourceLine[], problems: ParseProblem[]): RawQuestion {
  const [header, ...rest] = block;
  const match = QUESTION_HEADER.exec(header?.text ?? '');
  const markerIndex = rest.findIndex((line) => isQuestionMarker(line.text));
  const firstMarker = markerIndex === -1 ? 0 : markerIndex;
  const titleLines = rest.slice(0, firstMarker).map((line) => line.text);
  const question: RawQuestion = {
    number: Number(match?.[1]),
    text: joinWrappedLines([match?.[2] ?? '', ...titleLines]),
    line: header?.number ?? 0,
    rows: [],
    hasAnswersMarker: false,
    answerLines: [],
  };

  const body = rest.slice(firstMarker);
  for (let index = 0; index < body.length; index++) {
    const line = body[index] as SourceLine;
    if (question.hasAnswersMarker) {
      question.answerLines.push(line);
      continue;
    }
    if (line.text === '') {
      continue;
    }
    const folded = foldForMatch(line.text);
    const respondents = QUESTION_RESPONDENTS.exec(folded);
    const average = parseDecimal(REPORTED_AVERAGE.exec(folded)?.[2] ?? '');
    const lonePercent = LONE_PERCENT.exec(line.text);
    const lastRow = question.rows.at(-1);

    if (respondents) {
      const count = readCount(respondents[1] ?? '');
      if (count.value === undefined) {
        const what = `the respondent count of question ${question.number}`;
        problems.push(nonNumericCount(line, respondents[1] ?? '', what, question.number));
      }
      question.statedRespondents = count.value;
    } else if (ANSWERS_MARKER.test(folded)) {
      question.hasAnswersMarker = true;
    } else if (average) {
      question.reportedAverage = { ...average, line: line.number };
    } else if (TABLE_HEADER.test(folded) || TOTAL_ROW.test(folded)) {
      continue;
    } else if (VALUE_PREFIX.test(line.text) || UNPREFIXED_ROW.test(line.text)) {
      index = readScaleRow(body, index, question, problems);
    } else if (lonePercent && lastRow && lastRow.percentToken === undefined) {
      // The PDF put the percentage column on a line of its own.
      lastRow.percentToken = lonePercent[1];
    } else {
      problems.push(
        warningProblem(
          'UNRECOGNIZED_LINE',
          `Line ${line.number} in question ${question.number} was ignored: "${preview(line.text)}" is neither a respondent count, a scale row nor "Vastaukset".`,
          { line: line.number, questionNumber: question.number },
        ),
      );
    }
  }
  return question;
}

/** Reads the row starting at `start`, joining lines where the PDF wrapped its label; returns the last index used. */
function readScaleRow(body: readonly SourceLine[], start: number, question: RawQuestion, problems: ParseProblem[]): number {
  const first = body[start] as SourceLine;
  const parts = [first.text];
  let end = start;
  let cells = splitRowCells(first.text);
  while (!cells && parts.length <= MAX_LABEL_CONTINUATION_LINES) {
    const next = nextNonBlank(body, end + 1);
    const nextLine = next === undefined ? undefined : body[next];
    if (next === undefined || !nextLine || isQuestionMarker(nextLine.text)) {
      break;
    }
    parts.push(nextLine.text);
    end = next;
    cells = splitRowCells(joinWrappedLines(parts));
  }
  if (!cells) {
    problems.push(
      errorProblem(
        'MALFORMED_SCALE_ROW',
        `Line ${first.number} in question ${question.number} looks like a scale row but has no count n: "${preview(first.text)}".`,
        { line: first.number, questionNumber: question.number },
      ),
    );
    return start;
  }
  const { value, label } = splitValuePrefix(cells.labelText);
  question.rows.push({ line: first.number, value, label, nToken: cells.nToken, percentToken: cells.percentToken });
  return end;
}

/**
 * Splits "4 = toteutui hyvin 9 69,23%" into label text, n and percent. With a percentage the
 * token before it is the count whatever it looks like, so a garbled count is reported rather
 * than silently read as part of the label.
 */
function splitRowCells(text: string): { labelText: string; nToken: string; percentToken?: string } | undefined {
  const withPercent = /^(.*?)\s*(\S+)\s*%$/.exec(text);
  if (withPercent) {
    const beforePercent = withPercent[1] ?? '';
    const countMatch = /^(.*?)\s*(\S+)$/.exec(beforePercent);
    return countMatch
      ? { labelText: countMatch[1] ?? '', nToken: countMatch[2] ?? '', percentToken: withPercent[2] }
      : { labelText: '', nToken: '', percentToken: withPercent[2] };
  }
  const countOnly = /^(.*?)\s+(\d+)$/.exec(text);
  return countOnly ? { labelText: countOnly[1] ?? '', nToken: countOnly[2] ?? '' } : undefined;
}

function nextNonBlank(lines: readonly SourceLine[], from: number): number | undefined {
  for (let index = from; index < lines.length; index++) {
    if (lines[index]?.text) {
      return index;
    }
  }
  return undefined;
}

/**
 * Answers are separated by blank lines. PDF extraction sometimes drops the blank line between two
 * answers but starts the second one indented; that split is used only when it brings the count
 * closer to the stated number of respondents.
 */
export function splitAnswers(lines: readonly SourceLine[], expected: number | undefined): string[] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) {
        blocks.push(current);
      }
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) {
    blocks.push(current);
  }

  let answers = blocks;
  if (expected !== undefined && blocks.length < expected) {
    const refined = blocks.flatMap(splitAtIndentedParagraphs);
    if (Math.abs(refined.length - expected) < Math.abs(blocks.length - expected)) {
      answers = refined;
    }
  }
  return answers.map((block) => joinWrappedLines(block.map((line) => line.text)));
}

function splitAtIndentedParagraphs(block: readonly SourceLine[]): SourceLine[][] {
  const paragraphs: SourceLine[][] = [];
  block.forEach((line, position) => {
    const previous = block[position - 1];
    const startsParagraph = !previous || (line.indented && /[.!?…)"]$/.test(previous.text));
    if (startsParagraph) {
      paragraphs.push([line]);
    } else {
      paragraphs.at(-1)?.push(line);
    }
  });
  return paragraphs;
}

function nonNumericCount(line: SourceLine, found: string, what: string, questionNumber?: number): ParseProblem {
  return errorProblem('NON_NUMERIC_COUNT', `Line ${line.number}: expected ${what} to be a whole number, found "${found}".`, {
    line: line.number,
    questionNumber,
    cell: found,
  });
}

function lastYearIn(text: string): number | undefined {
  const years = text.match(/\b(?:19|20)\d{2}\b/g);
  return years ? Number(years.at(-1)) : undefined;
}

function isoDateIn(text: string): string | undefined {
  const finnish = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const [year, month, day] = finnish
    ? [Number(finnish[3]), Number(finnish[2]), Number(finnish[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [];
  if (year === undefined || month === undefined || day === undefined) {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date.toISOString().slice(0, 10) : undefined;
}
