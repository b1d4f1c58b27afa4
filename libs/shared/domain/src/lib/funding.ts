/**
 * Funding of the organization per year and source (api-funding). Amounts are euros as exact
 * decimal strings with two decimals ("241551.00"): never floats. Totals and shares are computed
 * from the stored entries by the API, never typed in.
 */

/** Where money comes from. */
export const FUNDING_SOURCES = ['state_subsidy', 'municipal', 'project', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Who pays a municipal contribution: the parties to the basic agreement, or other municipalities. */
export const FUNDING_PAYERS = ['basic_agreement_parties', 'other_parties'] as const;
export type FundingPayer = (typeof FUNDING_PAYERS)[number];

/** What part of an amount is earmarked for (e.g. the Nordic special task of the state subsidy); `other` needs a label. */
export const FUNDING_EARMARK_KINDS = ['nordic_special_task', 'other'] as const;
export type FundingEarmarkKind = (typeof FUNDING_EARMARK_KINDS)[number];

/** An amount: up to 12 digits of euros and up to 2 decimals, e.g. "241551" or "241551.50". */
export const FUNDING_AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

export interface FundingEarmarkDto {
  kind: FundingEarmarkKind;
  /** Required for `other`; optional wording for a known kind. */
  label: string | null;
  amount: string;
  /** Computed: share of the entry's amount, percent with one decimal. */
  sharePercent: number | null;
}

export interface FundingDocumentDto {
  title: string;
  /** http(s) address of the document, or null. */
  url: string | null;
  /** A file reference (file name or archive reference) when there is no address, or null. */
  fileRef: string | null;
}

export interface FundingEntryDto {
  id: string;
  year: number;
  source: FundingSource;
  /** Municipal contributions only. */
  payer: FundingPayer | null;
  /** NULL: the whole organization. */
  regionId: string | null;
  regionCode: string | null;
  /** e.g. the project's name; free text. */
  description: string | null;
  amount: string;
  /** The whole allocation this amount is a share of (e.g. the state subsidy for all centres), or null. */
  poolAmount: string | null;
  poolDescription: string | null;
  /** Computed: amount / poolAmount, percent with one decimal. */
  poolSharePercent: number | null;
  earmarks: FundingEarmarkDto[];
  /** Computed: amount − earmarks. */
  unearmarked: string;
  documents: FundingDocumentDto[];
  /** Where the figure comes from (e.g. a document and its lines). */
  sourceRef: string | null;
  version: number;
  updatedAt: string;
}

export interface FundingSourceTotalDto {
  source: FundingSource;
  total: string;
  /** Share of the year's total, percent with one decimal. */
  sharePercent: number;
}

export interface FundingPayerTotalDto {
  payer: FundingPayer | null;
  total: string;
  /** Share of the year's municipal total, percent with one decimal. */
  sharePercent: number;
}

export interface FundingEarmarkTotalDto {
  kind: FundingEarmarkKind;
  label: string | null;
  source: FundingSource;
  total: string;
  /** Share of its source's total that year, percent with one decimal. */
  sharePercent: number;
}

/** One year: every entry, and the totals computed from them. */
export interface FundingYearDto {
  year: number;
  total: string;
  /** Sources present that year, in FUNDING_SOURCES order. */
  bySource: FundingSourceTotalDto[];
  /** Municipal contributions by payer (payer null: not known). */
  municipalByPayer: FundingPayerTotalDto[];
  earmarks: FundingEarmarkTotalDto[];
  entries: FundingEntryDto[];
}

export interface FundingOverviewDto {
  /** Oldest first. */
  years: FundingYearDto[];
}

export interface FundingQuery {
  fromYear?: number;
  toYear?: number;
}

export interface FundingEarmarkInput {
  kind: FundingEarmarkKind;
  label?: string | null;
  amount: string;
}

export interface FundingDocumentInput {
  title: string;
  url?: string | null;
  fileRef?: string | null;
}

export interface CreateFundingEntryDto {
  year: number;
  source: FundingSource;
  payer?: FundingPayer | null;
  regionId?: string | null;
  description?: string | null;
  amount: string;
  poolAmount?: string | null;
  poolDescription?: string | null;
  earmarks?: FundingEarmarkInput[];
  documents?: FundingDocumentInput[];
  sourceRef?: string | null;
}

export interface UpdateFundingEntryDto extends CreateFundingEntryDto {
  version: number;
}
