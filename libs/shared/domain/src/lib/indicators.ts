/**
 * THL Sotkanet context indicators: the official welfare indicators an organization chose, each
 * linked to a focus area, with their values per region as fetched from Sotkanet (or uploaded from
 * a Sotkanet CSV export). Values are never typed in.
 */

/** Sotkanet's genders (`genders=` of its data API). */
export const INDICATOR_GENDERS = ['total', 'male', 'female'] as const;
export type IndicatorGender = (typeof INDICATOR_GENDERS)[number];

/** `not_fetched` until a sync or an upload stored values; `failed` keeps the values of the last success. */
export const INDICATOR_FETCH_STATUSES = ['not_fetched', 'ok', 'failed'] as const;
export type IndicatorFetchStatus = (typeof INDICATOR_FETCH_STATUSES)[number];

export const INDICATOR_VALUE_SOURCES = ['sotkanet_api', 'csv_upload'] as const;
export type IndicatorValueSource = (typeof INDICATOR_VALUE_SOURCES)[number];

/** Text in Finnish, Swedish and English as THL gives it (any may be missing). */
export interface ThlText {
  fi: string | null;
  sv: string | null;
  en: string | null;
}

/** What THL's Sotkanet says about an indicator: its texts, unit, decimals and range. */
export interface IndicatorMetadata {
  title: ThlText;
  description: ThlText | null;
  interpretation: ThlText | null;
  /** The organization that produces the figures (THL's `source`). */
  source: ThlText | null;
  unit: string | null;
  decimals: number | null;
  rangeStart: number | null;
  rangeEnd: number | null;
}

/** One chosen indicator with THL's metadata as last fetched and the state of its values. */
export interface IndicatorChoiceDto extends IndicatorMetadata {
  id: string;
  /** Sotkanet's indicator id. */
  sotkanetId: number;
  focusAreaId: string | null;
  focusAreaCode: string | null;
  focusAreaTitle: string | null;
  fetchStatus: IndicatorFetchStatus;
  /** Why the last fetch failed (English, for the admin; the status is what the UI words). */
  fetchError: string | null;
  lastAttemptAt: string | null;
  valuesFetchedAt: string | null;
  valuesSource: IndicatorValueSource | null;
  valueCount: number;
  version: number;
}

export interface CreateIndicatorChoiceDto {
  sotkanetId: number;
  focusAreaId?: string | null;
  /** A provisional Finnish title until THL's metadata is fetched. */
  title?: string | null;
}

export interface UpdateIndicatorChoiceDto {
  focusAreaId: string | null;
  version: number;
}

/** How an organization's region is found in Sotkanet. */
export interface IndicatorRegionDto {
  regionId: string;
  regionCode: string;
  regionName: string;
  sotkanetCategory: string;
  sotkanetCode: string | null;
  /** Resolved from Sotkanet's region list at the first sync, or set by hand. */
  sotkanetRegionId: number | null;
  sotkanetTitle: string | null;
  version: number;
}

export interface UpdateIndicatorRegionDto {
  sotkanetCategory: string;
  sotkanetCode: string | null;
  sotkanetRegionId: number | null;
  version: number;
}

export interface IndicatorPointDto {
  year: number;
  value: number;
  absValue: number | null;
}

/** One region's series of an indicator (gender `total`), oldest year first. */
export interface IndicatorSeriesDto {
  regionId: string;
  regionCode: string;
  regionName: string;
  points: IndicatorPointDto[];
}

/** A chosen indicator with its values per region, for the focus area's page. */
export interface IndicatorTrendDto {
  indicator: IndicatorChoiceDto;
  series: IndicatorSeriesDto[];
}

export interface IndicatorSyncStartedDto {
  jobId: string;
  indicatorCount: number;
}

/** One problem of an uploaded CSV, named by its line (1 = the header). */
export interface IndicatorCsvProblem {
  line: number;
  /** A stable reason: missing_column, not_a_number, unknown_indicator, unknown_region, out_of_range, not_one_of, duplicate, empty. */
  code: string;
  /** English, for logs and API users; the UI words `code` with `column` and `value`. */
  message: string;
  /** The column concerned (canonical name: indicator, region, year, gender, value, absValue). */
  column?: string;
  /** The cell as written. */
  value?: string;
}

export interface IndicatorCsvUploadDto {
  csv: string;
  /** true: only check and preview; false: store (refused while any problem remains). */
  dryRun: boolean;
}

export interface IndicatorCsvPreviewDto {
  /** Columns recognised, in file order (canonical names). */
  columns: string[];
  rowCount: number;
  /** Rows with an empty value (Sotkanet leaves hidden or missing figures empty): not stored. */
  skippedEmpty: number;
  perIndicator: { sotkanetId: number; title: string | null; valueCount: number; years: number[]; regionCodes: string[] }[];
  problems: IndicatorCsvProblem[];
  stored: boolean;
}

/** A focus area offered for linking. */
export interface IndicatorFocusAreaOptionDto {
  id: string;
  code: string | null;
  title: string;
  strategyTitle: string;
  validThisYear: boolean;
}
