import type { SurveyImportProblemDto } from '@suunta/shared-domain';
import type { ProblemCode } from '@suunta/shared-survey-import';

/**
 * The parser's problems (`@suunta/shared-survey-import`) come with an English message; the wizard
 * shows them in the user's language by their stable `code`, with the problem's own fields as
 * parameters (`line`, `questionNumber`, `column`, `cell`). An unknown code (a newer API) falls
 * back to the English message.
 *
 * Codes whose meaning differs by severity (see the parser's README) have one text per severity,
 * under `surveys.problem.<CODE>.error` / `.warning`; the others are `surveys.problem.<CODE>`.
 */
const PROBLEM_TEXTS = {
  EMPTY_INPUT: 'single',
  NO_QUESTIONS: 'single',
  UNRECOGNIZED_LINE: 'single',
  MALFORMED_SCALE_ROW: 'single',
  NON_NUMERIC_COUNT: 'single',
  MALFORMED_PERCENT: 'single',
  PERCENT_MISMATCH: 'single',
  COUNT_SUM_MISMATCH: 'single',
  MISSING_SCALE_ROW: 'bySeverity',
  DUPLICATE_SCALE_ROW: 'single',
  UNKNOWN_SCALE_LABEL: 'bySeverity',
  SCALE_LABEL_CONFLICT: 'single',
  VALUE_OUT_OF_SCALE: 'single',
  MISSING_RESPONDENT_COUNT: 'single',
  MISSING_TOTAL_RESPONDENTS: 'single',
  QUESTION_RESPONDENTS_EXCEED_TOTAL: 'single',
  RESPONDENTS_EXCEED_INVITED: 'single',
  INVITED_COUNT_CONFLICT: 'single',
  OPEN_ANSWER_COUNT_MISMATCH: 'single',
  REPORTED_AVERAGE_MISMATCH: 'single',
  QUESTION_WITHOUT_DATA: 'bySeverity',
  QUESTION_NUMBER_GAP: 'single',
  INVALID_SCALE: 'single',
  UNTERMINATED_QUOTE: 'single',
  NO_RESPONSES: 'single',
  EXTRA_CELLS: 'single',
  INVALID_LIKERT_CELL: 'single',
  UNKNOWN_MAPPED_COLUMN: 'single',
} as const satisfies Record<ProblemCode, 'single' | 'bySeverity'>;

/** Every translation key a problem may use (the i18n files must have each one, in every language). */
export const PROBLEM_TEXT_KEYS: readonly string[] = Object.entries(PROBLEM_TEXTS).flatMap(([code, kind]) =>
  kind === 'bySeverity' ? [`surveys.problem.${code}.error`, `surveys.problem.${code}.warning`] : [`surveys.problem.${code}`],
);

export interface ProblemTranslation {
  key: string;
  params: { line: number | string; questionNumber: number | string; column: string; cell: string };
}

/** The translation key and parameters for a problem, or null for a code this client does not know. */
export function problemTranslation(problem: SurveyImportProblemDto): ProblemTranslation | null {
  if (!Object.prototype.hasOwnProperty.call(PROBLEM_TEXTS, problem.code)) return null;
  const kind = PROBLEM_TEXTS[problem.code as ProblemCode];
  return {
    key: kind === 'bySeverity' ? `surveys.problem.${problem.code}.${problem.severity}` : `surveys.problem.${problem.code}`,
    params: {
      line: problem.line ?? '–',
      questionNumber: problem.questionNumber ?? '–',
      column: problem.column ?? '–',
      cell: problem.cell ?? '–',
    },
  };
}

/** The problem in the user's language; the parser's English message when the code is unknown. */
export function problemText(problem: SurveyImportProblemDto, translate: (key: string, params: Record<string, unknown>) => string): string {
  const translation = problemTranslation(problem);
  return translation ? translate(translation.key, translation.params) : problem.message;
}
