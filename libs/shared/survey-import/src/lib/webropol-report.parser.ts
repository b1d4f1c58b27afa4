import { computeLikertStats } from './likert-stats.util';
import { errorProblem, warningProblem } from './problems.util';
import { findValueByLabel, resolveScaleLabels } from './scale.util';
import type {
  ParsedQuestion,
  ParseProblem,
  ScaleCount,
  ScalePoint,
  SurveyParseResult,
  WebropolReportOptions,
} from './survey-import.types';
import { groupAdjacentThemes } from './themes.util';
import { parseDecimal, parseWholeNumber, preview } from './text.util';
import { Preamble, RawQuestion, RawScaleRow, readWebropolReport, splitAnswers } from './webropol-report.reader';

// A scale read from the report is filled from its lowest to highest value only up to this many
// points (0–10); beyond that a stray "99 = …" would invent dozens of missing rows.
const MAX_FILLED_SCALE_POINTS = 11;

interface PlacedCount extends ScaleCount {
  line: number;
  percentDecimals?: number;
}

interface PlacedRows {
  counts: Map<number, PlacedCount>;
  /** Values that had a row, even one whose count could not be read. */
  valuesWithRow: Set<number>;
  /** A row could not be read, so the counts cannot be checked against the respondents. */
  incomplete: boolean;
}

/**
 * Parses a Webropol report pasted as text (typically extracted from its PDF): title, respondent
 * totals, numbered questions with their scale rows (`n` and `%`) or open answers.
 * Never throws; everything doubtful is reported in `problems`.
 */
export function parseWebropolReport(text: string, options: WebropolReportOptions = {}): SurveyParseResult {
  const problems: ParseProblem[] = [];
  const reading = readWebropolReport(text, problems);
  if (!reading.firstContent) {
    return emptyResult([
      errorProblem('EMPTY_INPUT', 'The report is empty: paste the text of a Webropol report.', { line: 1 }),
    ]);
  }
  if (reading.questions.length === 0) {
    const { number, text: content } = reading.firstContent;
    return emptyResult([
      errorProblem(
        'NO_QUESTIONS',
        `No numbered questions found; line ${number} ("${preview(content)}") does not start a Webropol report.`,
        { line: number },
      ),
    ]);
  }

  const { preamble, questions: rawQuestions } = reading;
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
  const placed = placeRows(raw, scale, problems);
  const respondentCount = checkRowsAddUp(raw, placed, scale, problems);
  for (const count of placed.counts.values()) {
    checkPercent(count, respondentCount, raw.number, problems);
  }
  const counts: ScaleCount[] = scale.map(({ value }) => {
    const found = placed.counts.get(value);
    return found ? { value, n: found.n, ...definedOnly({ reportedPercent: found.reportedPercent }) } : { value, n: 0 };
  });
  checkReportedAverage(raw, counts, scale, problems);

  return {
    number: raw.number,
    text: raw.text,
    kind: 'likert',
    respondentCount,
    counts,
    line: raw.line,
    ...definedOnly({
      answers: raw.hasAnswersMarker ? splitAnswers(raw.answerLines, undefined) : undefined,
      reportedAverage: raw.reportedAverage?.value,
    }),
  };
}

function placeRows(raw: RawQuestion, scale: readonly ScalePoint[], problems: ParseProblem[]): PlacedRows {
  const placed: PlacedRows = { counts: new Map(), valuesWithRow: new Set(), incomplete: false };
  for (const row of raw.rows) {
    const count = placeRow(row, raw.number, scale, placed.valuesWithRow, problems);
    if (count) {
      placed.counts.set(count.value, count);
    } else {
      placed.incomplete = true;
    }
  }
  return placed;
}

/** Validates one row; returns its count, or nothing when the row cannot be used. */
function placeRow(
  row: RawScaleRow,
  questionNumber: number,
  scale: readonly ScalePoint[],
  valuesWithRow: Set<number>,
  problems: ParseProblem[],
): PlacedCount | undefined {
  const at = { line: row.line, questionNumber };
  const where = `Line ${row.line}, question ${questionNumber}`;
  const value = row.value ?? findValueByLabel(scale, row.label);
  if (value === undefined) {
    problems.push(
      errorProblem(
        'UNKNOWN_SCALE_LABEL',
        `${where}: "${row.label}" is not a label on the scale, so the row cannot be placed. Prefix it with its value ("4 = …") or pass the scale labels.`,
        at,
      ),
    );
    return undefined;
  }
  if (!scale.some((point) => point.value === value)) {
    problems.push(errorProblem('VALUE_OUT_OF_SCALE', `${where}: value ${value} is not on the scale ${scaleRange(scale)}.`, at));
    return undefined;
  }
  if (valuesWithRow.has(value)) {
    problems.push(errorProblem('DUPLICATE_SCALE_ROW', `${where}: value ${value} appears twice in this question.`, at));
    return undefined;
  }
  valuesWithRow.add(value);
  checkRowLabel(row, value, scale, where, at, problems);

  const n = parseWholeNumber(row.nToken);
  if (n === undefined) {
    problems.push(
      errorProblem(
        'NON_NUMERIC_COUNT',
        `${where}: expected the count n of value ${value} to be a whole number, found "${row.nToken}".`,
        { ...at, cell: row.nToken },
      ),
    );
    return undefined;
  }
  const percent = row.percentToken === undefined ? undefined : parseDecimal(row.percentToken);
  if (row.percentToken !== undefined && !percent) {
    problems.push(
      warningProblem(
        'MALFORMED_PERCENT',
        `${where}: the percentage "${row.percentToken}%" is not a number; it was ignored.`,
        { ...at, cell: row.percentToken },
      ),
    );
  }
  return { value, n, line: row.line, ...definedOnly({ reportedPercent: percent?.value, percentDecimals: percent?.decimals }) };
}

/**
 * Checks the rows against the stated respondent count and returns the count to use. A missing
 * row is harmless when the others still add up (nobody chose it), otherwise it blocks saving.
 */
function checkRowsAddUp(raw: RawQuestion, placed: PlacedRows, scale: readonly ScalePoint[], problems: ParseProblem[]): number {
  const at = { line: raw.line, questionNumber: raw.number };
  const where = `Question ${raw.number} (line ${raw.line})`;
  const sum = [...placed.counts.values()].reduce((total, count) => total + count.n, 0);
  const stated = raw.statedRespondents;
  if (stated === undefined) {
    problems.push(
      warningProblem(
        'MISSING_RESPONDENT_COUNT',
        `${where} has no "Vastaajien määrä" line; its respondent count is taken as the sum of its rows, ${sum}.`,
        at,
      ),
    );
  }
  const addsUp = !placed.incomplete && stated !== undefined && sum === stated;
  const missing = scale.filter((point) => !placed.valuesWithRow.has(point.value)).map((point) => point.value);

  if (missing.length > 0) {
    const consequence = addsUp
      ? `the other rows add up to the ${stated} respondents, so ${missing.length > 1 ? 'they are' : 'it is'} taken as 0`
      : 'the rows present do not account for every respondent';
    const message = `${where} has no row for value ${missing.join(', ')}; ${consequence}.`;
    problems.push((addsUp ? warningProblem : errorProblem)('MISSING_SCALE_ROW', message, at));
  } else if (!placed.incomplete && stated !== undefined && sum !== stated) {
    problems.push(
      errorProblem('COUNT_SUM_MISMATCH', `${where}: the counts add up to ${sum} but ${stated} respondents are stated.`, at),
    );
  }
  return stated ?? sum;
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
  count: PlacedCount,
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

function resolveInvitedCount(
  preamble: Preamble,
  options: WebropolReportOptions,
  problems: ParseProblem[],
): number | undefined {
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

function scaleRange(scale: readonly ScalePoint[]): string {
  return scale.length > 0 ? `${scale[0]?.value}–${scale.at(-1)?.value}` : '(empty)';
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
