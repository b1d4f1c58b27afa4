export type ProblemSeverity = 'error' | 'warning';

/** Every code a parser can report; the README explains each one. */
export type ProblemCode =
  | 'EMPTY_INPUT'
  | 'NO_QUESTIONS'
  | 'UNRECOGNIZED_LINE'
  | 'MALFORMED_SCALE_ROW'
  | 'NON_NUMERIC_COUNT'
  | 'MALFORMED_PERCENT'
  | 'PERCENT_MISMATCH'
  | 'COUNT_SUM_MISMATCH'
  | 'MISSING_SCALE_ROW'
  | 'DUPLICATE_SCALE_ROW'
  | 'UNKNOWN_SCALE_LABEL'
  | 'SCALE_LABEL_CONFLICT'
  | 'VALUE_OUT_OF_SCALE'
  | 'MISSING_RESPONDENT_COUNT'
  | 'MISSING_TOTAL_RESPONDENTS'
  | 'QUESTION_RESPONDENTS_EXCEED_TOTAL'
  | 'RESPONDENTS_EXCEED_INVITED'
  | 'INVITED_COUNT_CONFLICT'
  | 'OPEN_ANSWER_COUNT_MISMATCH'
  | 'REPORTED_AVERAGE_MISMATCH'
  | 'QUESTION_WITHOUT_DATA'
  | 'QUESTION_NUMBER_GAP'
  | 'INVALID_SCALE'
  | 'UNTERMINATED_QUOTE'
  | 'NO_RESPONSES'
  | 'EXTRA_CELLS'
  | 'INVALID_LIKERT_CELL'
  | 'UNKNOWN_MAPPED_COLUMN';

export interface ParseProblem {
  /** `error` blocks saving the import; `warning` is shown but does not. */
  severity: ProblemSeverity;
  code: ProblemCode;
  /** English, self-contained (names the line, question or cell). */
  message: string;
  /** 1-based line in the pasted text or CSV file. */
  line?: number;
  questionNumber?: number;
  /** CSV column letter, e.g. `C`. */
  column?: string;
  /** CSV cell reference, e.g. `C4` (row 1 is the header row). */
  cell?: string;
}

export interface ScalePoint {
  value: number;
  label: string;
}

export interface ScaleCount {
  value: number;
  n: number;
  /** The percentage printed in the report, if any; never used for computation. */
  reportedPercent?: number;
}

export type QuestionKind = 'likert' | 'open';

export interface ParsedQuestion {
  /** The report's own number; for CSV, the 1-based position among question columns. */
  number: number;
  text: string;
  kind: QuestionKind;
  /** Opaque key shared by the questions of one theme (a Likert question and its open question). */
  themeKey?: string;
  themeTitle?: string;
  /** Those who answered this question (not all respondents of the survey). */
  respondentCount: number;
  /** Likert only: one entry per scale value, in scale order (empty for open questions). */
  counts: ScaleCount[];
  /** Open answers, one string per respondent. */
  answers?: string[];
  /** An average printed in the report (e.g. "Keskiarvo: 4,15"); shown for comparison only. */
  reportedAverage?: number;
  /** Line of the question header in the text report. */
  line?: number;
  /** Column letter in the CSV export. */
  column?: string;
}

/** A group of questions that the API links to one focus area. */
export interface SurveyTheme {
  key: string;
  /** 1-based order of the theme in the survey. */
  index: number;
  title: string;
  questionNumbers: number[];
}

export type ColumnKind = QuestionKind | 'ignored';

export interface CsvColumn {
  letter: string;
  /** 0-based position in the file. */
  index: number;
  header: string;
  /** What the parser guessed from the header and the cells. */
  detectedKind: ColumnKind;
  /** Short English reason for the guess, for the mapping UI. */
  detectionReason: string;
  /** `detectedKind`, unless a column mapping overrode it. */
  kind: ColumnKind;
  nonEmptyCount: number;
  /** Up to three non-empty cell values, for the mapping UI. */
  samples: string[];
  questionNumber?: number;
  themeKey?: string;
}

export interface SurveyParseResult {
  source: 'webropol-report' | 'webropol-csv';
  title?: string;
  /** Year named in the report title: for an evaluation survey, the operating year evaluated. */
  year?: number;
  /** ISO date (yyyy-mm-dd) printed in the report header, if any. */
  ranAt?: string;
  invitedCount?: number;
  /** Everyone who responded to the survey. */
  respondentCount?: number;
  scale: ScalePoint[];
  questions: ParsedQuestion[];
  themes: SurveyTheme[];
  /** CSV only: every column with its detected and applied kind, for the mapping step. */
  columns?: CsvColumn[];
  problems: ParseProblem[];
}

export interface WebropolReportOptions {
  /**
   * The scale, lowest value first (`"ei toteutunut"` or `"1 = ei toteutunut"`).
   * Without it the scale is read from the report's first rows for each value.
   */
  scaleLabels?: readonly string[];
  /** Used when the report itself does not say how many were invited. */
  invitedCount?: number;
}

export interface ColumnAssignment {
  kind?: ColumnKind;
  /**
   * Questions with the same key form one theme. Any opaque string will do; the API may use the
   * focus area id. As soon as one assignment has a theme key, automatic grouping is off.
   */
  themeKey?: string;
  themeTitle?: string;
}

export interface WebropolCsvOptions {
  /** The scale, lowest value first (`"ei toteutunut"` or `"1 = ei toteutunut"`). */
  scaleLabels: readonly string[];
  /** Keyed by column letter (`"C"`); overrides detection for the columns it names. */
  columnMapping?: Readonly<Record<string, ColumnAssignment>>;
  invitedCount?: number;
  /** Detected from the header row when omitted. */
  delimiter?: ';' | ',' | '\t';
}
