/**
 * Evaluation surveys: the contract between the API and the web client.
 *
 * Only counts are stored; every average, percentage and distribution here is computed from
 * them, dividing by those who answered that question (not by everyone who took the survey).
 */

export type SurveySourceFormat = 'webropol-report' | 'webropol-csv';
export const SURVEY_SOURCE_FORMATS: readonly SurveySourceFormat[] = ['webropol-report', 'webropol-csv'];
export type SurveyQuestionKind = 'likert' | 'open';
export type SurveyColumnKind = SurveyQuestionKind | 'ignored';

/** Limits the API enforces and the import wizard checks before sending. */
export const SURVEY_YEAR_MIN = 1990;
export const SURVEY_YEAR_MAX = 2100;
export const SURVEY_TITLE_MAX_LENGTH = 300;
export const SURVEY_CONTENT_MAX_LENGTH = 1_000_000;

export interface SurveyScalePointDto {
  value: number;
  label: string;
}

export interface SurveyDistributionBucketDto {
  value: number;
  label: string;
  n: number;
  /** Share of this question's respondents, one decimal. */
  percent: number;
}

/** A reference to a focus area of a strategy (for labels and links). */
export interface SurveyFocusAreaRefDto {
  id: string;
  code: string | null;
  title: string;
  strategyId: string;
  strategyTitle: string;
}

export interface SurveyLikertStatsDto {
  /** Those who chose a value on the scale: the sum of the counts. */
  respondentCount: number;
  /** Σ value × n. */
  totalScore: number;
  /** totalScore / respondentCount, two decimals; null when nobody answered. */
  average: number | null;
  distribution: SurveyDistributionBucketDto[];
}

export interface SurveyQuestionDto {
  id: string;
  number: number;
  text: string;
  kind: SurveyQuestionKind;
  /** As the report states it ("Vastaajien määrä"). For a Likert question it equals `stats.respondentCount`. */
  respondentCount: number;
  /** Likert only. */
  stats: SurveyLikertStatsDto | null;
  /** Open only (empty for Likert). */
  answers: string[];
  /** Where it came from in the imported text / file. */
  sourceLine: number | null;
  sourceColumn: string | null;
}

/**
 * Another document's own claim about a theme's average (e.g. the annual report's summary table),
 * shown beside the computed figure. `differs` compares the computed average rounded to the
 * claim's own precision.
 */
export interface SurveyClaimDto {
  average: number;
  /** Decimals the claim was given with (4.2 → 1). */
  decimals: number;
  source: string | null;
  /** Computed average rounded to `decimals`. */
  computedRounded: number | null;
  differs: boolean;
  /**
   * True when the claim equals Σ value × n divided by ALL survey respondents (rounded the same
   * way): the usual cause of a wrong claim when someone skipped the question.
   */
  matchesAllRespondentsDivision: boolean;
}

export interface SurveyThemeDto {
  id: string;
  index: number;
  title: string;
  focusArea: SurveyFocusAreaRefDto | null;
  /** The theme's Likert question (the score), if any. */
  likert: SurveyQuestionDto | null;
  /** Open questions of the theme, with their answers. */
  open: SurveyQuestionDto[];
  claim: SurveyClaimDto | null;
}

export interface SurveySummaryDto {
  id: string;
  title: string;
  year: number;
  regionId: string;
  regionCode: string;
  strategyId: string | null;
  ranFrom: string | null;
  ranTo: string | null;
  ranNote: string | null;
  invitedCount: number | null;
  respondentCount: number | null;
  /** respondentCount / invitedCount in percent, one decimal. */
  responseRate: number | null;
  themeCount: number;
  sourceFormat: SurveySourceFormat;
  version: number;
  createdAt: string;
}

export interface SurveyDetailDto extends SurveySummaryDto {
  contentHash: string;
  scale: SurveyScalePointDto[];
  themes: SurveyThemeDto[];
  /** Questions that belong to no theme (e.g. a closing "anything else?"). */
  otherQuestions: SurveyQuestionDto[];
  /** True when the signed-in user may edit or delete it. */
  canEdit: boolean;
}

export interface SurveyListQuery {
  regionId?: string;
  year?: number;
  focusAreaId?: string;
}

// ---- import ----------------------------------------------------------------------------

export type SurveyProblemSeverity = 'error' | 'warning';

export interface SurveyImportProblemDto {
  severity: SurveyProblemSeverity;
  code: string;
  message: string;
  line?: number;
  questionNumber?: number;
  column?: string;
  cell?: string;
}

/** One CSV column's mapping: what it holds and, for questions, the focus area it evaluates. */
export interface SurveyColumnMappingDto {
  /** Column letter as the preview names it (`C`). */
  letter: string;
  kind?: SurveyColumnKind;
  focusAreaId?: string | null;
}

/** Links the n-th theme of a text report (1-based, as the preview numbers them) to a focus area. */
export interface SurveyThemeLinkDto {
  themeIndex: number;
  focusAreaId: string | null;
}

export interface SurveyImportRequest {
  /** `preview` parses and reports, saving nothing; `commit` saves all or nothing. */
  mode: 'preview' | 'commit';
  format: SurveySourceFormat;
  /** The pasted report or the CSV file's text. */
  content: string;
  regionId: string;
  /** Defaults to the year in the report's title. */
  year?: number;
  /** Defaults to the report's title. */
  title?: string;
  strategyId?: string | null;
  invitedCount?: number;
  ranFrom?: string;
  ranTo?: string;
  ranNote?: string;
  /** The scale, lowest value first (`"1 = ei toteutunut"`); required for CSV, optional for reports. */
  scaleLabels?: string[];
  themeLinks?: SurveyThemeLinkDto[];
  columns?: SurveyColumnMappingDto[];
}

export interface SurveyImportColumnDto {
  letter: string;
  header: string;
  detectedKind: SurveyColumnKind;
  detectionReason: string;
  kind: SurveyColumnKind;
  nonEmptyCount: number;
  samples: string[];
  questionNumber: number | null;
  focusAreaId: string | null;
}

export interface SurveyImportQuestionDto {
  number: number;
  text: string;
  kind: SurveyQuestionKind;
  respondentCount: number;
  /** Likert only: counts as read, with the percentages the report printed (never used). */
  counts: { value: number; n: number; reportedPercent: number | null }[];
  stats: SurveyLikertStatsDto | null;
  answers: string[];
  reportedAverage: number | null;
  line: number | null;
  column: string | null;
}

export interface SurveyImportThemeDto {
  index: number;
  title: string;
  questionNumbers: number[];
  /** The focus area the commit would link: the request's link (null when it names none). */
  focusAreaId: string | null;
  /** Best match among the focus areas of strategies valid in the survey's year. */
  suggestedFocusAreaId: string | null;
}

export interface SurveyImportPreviewDto {
  mode: 'preview';
  format: SurveySourceFormat;
  contentHash: string;
  /** An already imported survey with the same content (a commit would be refused). */
  duplicateOfSurveyId: string | null;
  title: string | null;
  year: number | null;
  invitedCount: number | null;
  respondentCount: number | null;
  scale: SurveyScalePointDto[];
  themes: SurveyImportThemeDto[];
  questions: SurveyImportQuestionDto[];
  columns: SurveyImportColumnDto[] | null;
  problems: SurveyImportProblemDto[];
  /** Focus areas the themes may be linked to (strategies valid in that year first). */
  focusAreaOptions: SurveyFocusAreaRefDto[];
  /** No error-level problem, no duplicate, and year, title and region known. */
  canCommit: boolean;
}

export interface SurveyImportCommitDto {
  mode: 'commit';
  survey: SurveyDetailDto;
}

export interface SurveyThemeUpdateDto {
  id: string;
  title?: string;
  focusAreaId?: string | null;
  claimedAverage?: number | null;
  claimedSource?: string | null;
}

export interface UpdateSurveyRequest {
  version: number;
  title?: string;
  year?: number;
  regionId?: string;
  strategyId?: string | null;
  invitedCount?: number | null;
  ranFrom?: string | null;
  ranTo?: string | null;
  ranNote?: string | null;
  themes?: SurveyThemeUpdateDto[];
}

// ---- series ----------------------------------------------------------------------------

/** One region in one year: the pooled counts of every Likert question linked to the lineage. */
export interface SurveySeriesPointDto {
  year: number;
  regionId: string;
  regionCode: string;
  respondentCount: number;
  totalScore: number;
  /** totalScore / respondentCount, two decimals. */
  average: number | null;
  /** Counts per scale value (pooled). */
  counts: { value: number; n: number }[];
  surveyIds: string[];
  /** The focus areas actually measured (the requested one or its predecessors/successors). */
  focusAreaIds: string[];
}

export interface SurveySeriesDto {
  focusArea: SurveyFocusAreaRefDto;
  /** The requested focus area and every one linked to it through mappings, across strategies. */
  lineage: SurveyFocusAreaRefDto[];
  points: SurveySeriesPointDto[];
  years: number[];
  regions: { id: string; code: string }[];
  scale: SurveyScalePointDto[];
}
