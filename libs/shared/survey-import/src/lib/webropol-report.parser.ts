import { computeLikertStats } from './likert-stats.util';
import { errorProblem, warningProblem } from './problems.util';
import { findValueByLabel, resolveScaleLabels, splitValuePrefix } from './scale.util';
import type {
  ParsedQuestion,
  ParseProblem,
  ScaleCount,
  ScalePoint,
  SurveyParseResult,
  WebropolReportOptions,
} from './survey-import.types';
import { groupAdjacentThemes } from './themes.util';
import {
  cleanLine,
  collapseWhitespace,
  foldForMatch,
  joinWrappedLines,
  parseDecimal,
  ParsedDecimal,
  parseWholeNumber,
  splitLines,
} from './text.util';

// Keywords are matched on folded text (lowercase, no accents): Finnish as Webropol prints it,
// with the Swedish and English wording of the same reports.
const TOTAL_RESPONDENTS =
  /^(vastaajien kokonaismaara|vastanneiden kokonaismaara|vastaajia yhteensa|total number of respondents|total respondents|respondents|antal svarande totalt|totalt antal svarande|antal svarande)\s*:?\s*(.*)$/;
const QUESTION_RESPONDENTS =
  /^(vastaajien maara|vastanneiden maara|number of respondents|respondents|antal svarande|antal respondenter)\s*:?\s*(.*)$/;
const INVITED =
  /^(kutsuttujen maara|kutsuttuja|kutsutut|vastaanottajien maara|vastaanottajia|number of invitees|invited|antal inbjudna|inbjudna)\s*:?\s*(.*)$/;
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
// A scale read from the report is filled from its lowest to highest value only up to this many
// points (0–10); beyond that a stray "99 = …" would invent dozens of missing rows.
const MAX_FILLED_SCALE_POINTS = 11;

interface SourceLine {
  number: number;
  text: string;
  /** The raw line began with whitespace: PDF extraction's mark of a new text block. */
  indented: boolean;
}

interface RawScaleRow {
  line: number;
  value?: number;
  label: string;
  nToken: string;
  percentToken?: string;
}

interface RawQuestion {
  number: number;
  text: string;
  line: number;
  statedRespondents?: number;
  rows: RawScaleRow[];
  hasAnswersMarker: boolean;
  answerLines: SourceLine[];
  reportedAverage?: ParsedDecimal & { line: number };
}

interface Preamble {
  title?: string;
  year?: number;
  ranAt?: string;
  respondentCount?: number;
  invitedCount?: number;
}

/**
 * Parses a Webropol report pasted as text (typically extracted from its PDF): title, respondent
 * totals, numbered questions with their 1–5 rows (`n` and `%`) or open answers.
 * Never throws; everything doubtful is reported in `problems`.
 */
export function parseWebropolReport(text: string, options: WebropolReportOptions = {}): SurveyParseResult {
  const lines = toSourceLines(text);
  const firstContent = lines.find((line) => line.text !== '');
  if (!firstContent) {
    return emptyResult([errorProblem('EMPTY_INPUT', 'The report is empty: paste the text of a Webropol report.', { line: 1 })]);
  }

  const headerIndexes = findQuestionHeaders(lines);
  if (headerIndexes.length === 0) {
    return emptyResult([
      errorProblem(
        'NO_QUESTIONS',
        `No numbered questions found; line ${firstContent.number} ("${preview(firstContent.text)}") does not start a Webropol report.`,
        { line: firstContent.number },
      ),
    ]);
  }

  const problems: ParseProblem[] = [];
  const preamble = readPreamble(lines.slice(0, headerIndexes[0]), problems);
  const rawQuestions = headerIndexes.map((start, position) =>
    readQuestion(lines.slice(start, headerIndexes[position + 1] ?? lines.length), problems),
  );
  const scale = resolveReportScale(rawQuestions, options, problems);
  const invitedCount = resolveInvitedCount(preamble, options, problems);

  const questions = rawQuestions.map((raw) =>
    raw.rows.length > 0 ? finishLikertQuestion(raw, scale, problems) : finishOpenQuestion(raw, problems),
  );
  checkTotals(questions, preamble.respondentCount, invitedCount, problems);
  checkNumbering(rawQuestions, problems);

  const { questions: themedQuestions, themes } = groupAdjacentThemes(questions);
  return {
    source: 'webropol-report',
    ...definedOnly({
      title: preamble.title,
      year: preamble.year,
      ranAt: preamble.ranAt,
      invitedCount,
      respondentCount: preamble.respondentCount,
    }),
    scale,
    questions: themedQuestions,
    themes,
    problems: sortByLine(problems),
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
      const count = readCount(total[2] ?? '');
      if (count.value === undefined) {
        problems.push(nonNumericCount(line, total[2] ?? '', 'the total number of respondents'));
      }
      preamble.respondentCount = count.value;
      preamble.invitedCount ??= count.invited;
    } else if (invited) {
      const count = readCount(invited[2] ?? '');
      if (count.value === undefined) {
        problems.push(nonNumericCount(line, invited[2] ?? '', 'the number invited'));
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
    const average = REPORTED_AVERAGE.exec(folded);
    const lonePercent = LONE_PERCENT.exec(line.text);
    const lastRow = question.rows.at(-1);

    if (respondents) {
      const count = readCount(respondents[2] ?? '');
      if (count.value === undefined) {
        problems.push(nonNumericCount(line, respondents[2] ?? '', `the respondent count of question ${question.number}`, question.number));
      }
      question.statedRespondents = count.value;
    } else if (ANSWERS_MARKER.test(folded)) {
      question.hasAnswersMarker = true;
    } else if (average && parseDecimal(average[2] ?? '')) {
      question.reportedAverage = { ...(parseDecimal(average[2] ?? '') as ParsedDecimal), line: line.number };
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

function resolveReportScale(
  questions: readonly RawQuestion[],
  options: WebropolReportOptions,
  problems: ParseProblem[],
): ScalePoint[] {
  if (options.scaleLabels) {
    const resolved = resolveScaleLabels(options.scaleLabels);
    problems.push(...resolved.problems);
    return resolved.scale;
  }
  // The first label printed for each value defines the scale.
  const labels = new Map<number, string>();
  for (const row of questions.flatMap((question) => question.rows)) {
    if (row.value !== undefined && !labels.get(row.value)) {
      labels.set(row.value, row.label);
    }
  }
  const values = [...labels.keys()].sort((a, b) => a - b);
  const lowest = values[0];
  const highest = values.at(-1);
  if (lowest === undefined || highest === undefined) {
    return [];
  }
  const filled =
    highest - lowest < MAX_FILLED_SCALE_POINTS ? Array.from({ length: highest - lowest + 1 }, (_, i) => lowest + i) : values;
  return filled.map((value) => ({ value, label: labels.get(value) ?? '' }));
}

function finishLikertQuestion(raw: RawQuestion, scale: readonly ScalePoint[], problems: ParseProblem[]): ParsedQuestion {
  const at = (line: number) => ({ line, questionNumber: raw.number });
  const read = new Map<number, ScaleCount & { line: number; percentDecimals?: number }>();
  const seenValues = new Set<number>();
  let incomplete = false;

  for (const row of raw.rows) {
    const value = row.value ?? findValueByLabel(scale, row.label);
    const where = `Line ${row.line}, question ${raw.number}`;
    if (value === undefined) {
      problems.push(
        errorProblem(
          'UNKNOWN_SCALE_LABEL',
          `${where}: "${row.label}" is not a label on the scale, so the row cannot be placed. Prefix it with its value ("4 = …") or pass the scale labels.`,
          at(row.line),
        ),
      );
      incomplete = true;
      continue;
    }
    if (!scale.some((point) => point.value === value)) {
      problems.push(errorProblem('VALUE_OUT_OF_SCALE', `${where}: value ${value} is not on the scale ${scaleRange(scale)}.`, at(row.line)));
      incomplete = true;
      continue;
    }
    if (seenValues.has(value)) {
      problems.push(errorProblem('DUPLICATE_SCALE_ROW', `${where}: value ${value} appears twice in this question.`, at(row.line)));
      incomplete = true;
      continue;
    }
    seenValues.add(value);
    checkRowLabel(row, value, scale, where, at(row.line), problems);

    const n = parseWholeNumber(row.nToken);
    if (n === undefined) {
      problems.push(
        errorProblem(
          'NON_NUMERIC_COUNT',
          `${where}: expected the count n of value ${value} to be a whole number, found "${row.nToken}".`,
          { ...at(row.line), cell: row.nToken },
        ),
      );
      incomplete = true;
      continue;
    }
    const percent = row.percentToken === undefined ? undefined : parseDecimal(row.percentToken);
    if (row.percentToken !== undefined && !percent) {
      problems.push(
        warningProblem('MALFORMED_PERCENT', `${where}: the percentage "${row.percentToken}%" is not a number; it was ignored.`, {
          ...at(row.line),
          cell: row.percentToken,
        }),
      );
    }
    read.set(value, { value, n, reportedPercent: percent?.value, percentDecimals: percent?.decimals, line: row.line });
  }

  const sum = [...read.values()].reduce((total, count) => total + count.n, 0);
  if (raw.statedRespondents === undefined) {
    problems.push(
      warningProblem(
        'MISSING_RESPONDENT_COUNT',
        `Question ${raw.number} (line ${raw.line}) has no "Vastaajien määrä" line; its respondent count is taken as the sum of its rows, ${sum}.`,
        at(raw.line),
      ),
    );
  }
  const respondentCount = raw.statedRespondents ?? sum;
  const missing = scale.filter((point) => !seenValues.has(point.value)).map((point) => point.value);
  const addsUp = !incomplete && raw.statedRespondents !== undefined && sum === raw.statedRespondents;

  if (missing.length > 0) {
    const consequence = addsUp
      ? `the other rows add up to the ${respondentCount} respondents, so ${missing.length > 1 ? 'they are' : 'it is'} taken as 0`
      : 'the rows present do not account for every respondent';
    const message = `Question ${raw.number} (line ${raw.line}) has no row for value ${missing.join(', ')}; ${consequence}.`;
    problems.push(
      addsUp ? warningProblem('MISSING_SCALE_ROW', message, at(raw.line)) : errorProblem('MISSING_SCALE_ROW', message, at(raw.line)),
    );
  } else if (!incomplete && raw.statedRespondents !== undefined && sum !== raw.statedRespondents) {
    problems.push(
      errorProblem(
        'COUNT_SUM_MISMATCH',
        `Question ${raw.number} (line ${raw.line}): the counts add up to ${sum} but ${raw.statedRespondents} respondents are stated.`,
        at(raw.line),
      ),
    );
  }

  for (const count of read.values()) {
    checkPercent(count, respondentCount, raw.number, problems);
  }

  const counts = scale.map(({ value }) => {
    const found = read.get(value);
    return found ? definedOnly({ value, n: found.n, reportedPercent: found.reportedPercent }) : { value, n: 0 };
  }) as ScaleCount[];
  checkReportedAverage(raw, counts, scale, problems);

  const answers = raw.hasAnswersMarker ? splitAnswers(raw.answerLines, undefined) : undefined;
  return {
    number: raw.number,
    text: raw.text,
    kind: 'likert',
    respondentCount,
    counts,
    line: raw.line,
    ...definedOnly({ answers, reportedAverage: raw.reportedAverage?.value }),
  };
}

function checkRowLabel(
  row: RawScaleRow,
  value: number,
  scale: readonly ScalePoint[],
  where: string,
  at: { line: number; questionNumber: number },
  problems: ParseProblem[],
): void {
  if (row.value === undefined || row.label === '') {
    return;
  }
  const valueOfLabel = findValueByLabel(scale, row.label);
  const expected = scale.find((point) => point.value === value)?.label ?? '';
  if (valueOfLabel === undefined) {
    problems.push(
      warningProblem(
        'UNKNOWN_SCALE_LABEL',
        `${where}: "${row.label}" is not the scale's label for ${value} ("${expected}"); the row is read as value ${value}.`,
        { ...at, cell: row.label },
      ),
    );
  } else if (valueOfLabel !== value) {
    problems.push(
      errorProblem(
        'SCALE_LABEL_CONFLICT',
        `${where}: the row is numbered ${value} but its label "${row.label}" is the scale's label for ${valueOfLabel}.`,
        { ...at, cell: row.label },
      ),
    );
  }
}

/**
 * Webropol rounds to the printed precision and then nudges a row so the column adds up to 100 %,
 * so one unit in the last printed decimal is tolerated (46,16 % for 6 of 13 is fine).
 */
function checkPercent(
  count: ScaleCount & { line: number; percentDecimals?: number },
  base: number,
  questionNumber: number,
  problems: ParseProblem[],
): void {
  if (count.reportedPercent === undefined || count.percentDecimals === undefined || base === 0) {
    return;
  }
  const computed = (count.n * 100) / base;
  const tolerance = 10 ** -count.percentDecimals + 1e-9;
  if (Math.abs(computed - count.reportedPercent) > tolerance) {
    problems.push(
      warningProblem(
        'PERCENT_MISMATCH',
        `Line ${count.line}, question ${questionNumber}: ${count.n} of ${base} is ${computed.toFixed(2)} %, but the report says ${count.reportedPercent} %. The count n is used.`,
        { line: count.line, questionNumber },
      ),
    );
  }
}

function checkReportedAverage(raw: RawQuestion, counts: readonly ScaleCount[], scale: readonly ScalePoint[], problems: ParseProblem[]): void {
  const reported = raw.reportedAverage;
  const stats = computeLikertStats(counts, scale);
  if (!reported || stats.respondentCount === 0) {
    return;
  }
  const exact = stats.totalScore / stats.respondentCount;
  if (Math.abs(exact - reported.value) > 0.5 * 10 ** -reported.decimals + 1e-9) {
    problems.push(
      warningProblem(
        'REPORTED_AVERAGE_MISMATCH',
        `Line ${reported.line}, question ${raw.number}: the report's average ${reported.value} differs from ${stats.average} computed from the rows; the computed average is used.`,
        { line: reported.line, questionNumber: raw.number },
      ),
    );
  }
}

function finishOpenQuestion(raw: RawQuestion, problems: ParseProblem[]): ParsedQuestion {
  const at = { line: raw.line, questionNumber: raw.number };
  const answers = splitAnswers(raw.answerLines, raw.statedRespondents);
  if (!raw.hasAnswersMarker) {
    const message = `Question ${raw.number} (line ${raw.line}) has neither scale rows nor "Vastaukset".`;
    problems.push(
      raw.statedRespondents === 0
        ? warningProblem('QUESTION_WITHOUT_DATA', message, at)
        : errorProblem('QUESTION_WITHOUT_DATA', message, at),
    );
  } else if (raw.statedRespondents === undefined) {
    problems.push(
      warningProblem(
        'MISSING_RESPONDENT_COUNT',
        `Question ${raw.number} (line ${raw.line}) has no "Vastaajien määrä" line; its respondent count is taken as the ${answers.length} answers found.`,
        at,
      ),
    );
  } else if (answers.length !== raw.statedRespondents) {
    problems.push(
      warningProblem(
        'OPEN_ANSWER_COUNT_MISMATCH',
        `Question ${raw.number} (line ${raw.line}) states ${raw.statedRespondents} respondents but ${answers.length} answers were found; check where the answers are split.`,
        at,
      ),
    );
  }
  return {
    number: raw.number,
    text: raw.text,
    kind: 'open',
    respondentCount: raw.statedRespondents ?? answers.length,
    counts: [],
    answers,
    line: raw.line,
  };
}

/**
 * Answers are separated by blank lines. PDF extraction sometimes drops the blank line between two
 * answers but starts the second one indented; that split is used only when it brings the count
 * closer to the stated number of respondents.
 */
function splitAnswers(lines: readonly SourceLine[], expected: number | undefined): string[] {
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
  if (false) {
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

function resolveInvitedCount(preamble: Preamble, options: WebropolReportOptions, problems: ParseProblem[]): number | undefined {
  if (
    preamble.invitedCount !== undefined &&
    options.invitedCount !== undefined &&
    preamble.invitedCount !== options.invitedCount
  ) {
    problems.push(
      warningProblem(
        'INVITED_COUNT_CONFLICT',
        `The report says ${preamble.invitedCount} were invited but ${options.invitedCount} was given; the report's number is used.`,
      ),
    );
  }
  return preamble.invitedCount ?? options.invitedCount;
}

function checkTotals(
  questions: readonly ParsedQuestion[],
  respondentCount: number | undefined,
  invitedCount: number | undefined,
  problems: ParseProblem[],
): void {
  if (respondentCount === undefined) {
    problems.push(
      warningProblem(
        'MISSING_TOTAL_RESPONDENTS',
        'The report does not state the total number of respondents ("Vastaajien kokonaismäärä").',
      ),
    );
    return;
  }
  if (invitedCount !== undefined && respondentCount > invitedCount) {
    problems.push(
      errorProblem(
        'RESPONDENTS_EXCEED_INVITED',
        `${respondentCount} respondents is more than the ${invitedCount} invited.`,
      ),
    );
  }
  for (const question of questions.filter((q) => q.respondentCount > respondentCount)) {
    problems.push(
      errorProblem(
        'QUESTION_RESPONDENTS_EXCEED_TOTAL',
        `Question ${question.number} (line ${question.line}) has ${question.respondentCount} respondents, more than the survey's ${respondentCount}.`,
        { line: question.line, questionNumber: question.number },
      ),
    );
  }
}

function checkNumbering(questions: readonly RawQuestion[], problems: ParseProblem[]): void {
  questions.forEach((question, position) => {
    const expected = (questions[position - 1]?.number ?? 0) + 1;
    if (question.number !== expected) {
      const skipped = expected === question.number - 1 ? `${expected}` : `${expected}–${question.number - 1}`;
      problems.push(
        warningProblem(
          'QUESTION_NUMBER_GAP',
          `Question ${skipped} is missing before question ${question.number} (line ${question.line}); was part of the report left out?`,
          { line: question.line, questionNumber: question.number },
        ),
      );
    }
  });
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

function scaleRange(scale: readonly ScalePoint[]): string {
  return scale.length > 0 ? `${scale[0]?.value}–${scale.at(-1)?.value}` : '(empty)';
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function sortByLine(problems: readonly ParseProblem[]): ParseProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function emptyResult(problems: ParseProblem[]): SurveyParseResult {
  return { source: 'webropol-report', scale: [], questions: [], themes: [], problems };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
