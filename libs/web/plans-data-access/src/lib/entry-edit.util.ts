import type { CorrectProgressEntryInput, FieldError, PlanOptionsDto, PlanSummaryDto, PlanThemeDto, ProgressEntryDto } from '@suunta/shared-domain';

/** A number ≥ 0 with at most two decimals, comma or point: what the API's numeric(14,2) takes (never "N/A"). */
export const DECIMAL_PATTERN = /^\d+([.,]\d{1,2})?$/;
/** An http(s) address with a host, like the API's `IsUrl({ protocols: ['http','https'], require_protocol: true })`. */
export const WEB_ADDRESS_PATTERN = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

/** "2,5" → 2.5; blank → null. Call only with text that matches DECIMAL_PATTERN. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
}

/**
 * The closed plan that closes `year` for `regionId` (a closed plan, regional for it or
 * organization-wide, that covers the year), or null — mirrors the API's closed-year rule, so the
 * form can ask for a reason before the API refuses.
 */
export function closingPlan(plans: readonly PlanSummaryDto[], year: number, regionId: string): PlanSummaryDto | null {
  return plans.find((p) => p.status === 'closed' && (year === p.startYear || year === p.startYear + 1) && (p.regionId === null || p.regionId === regionId)) ?? null;
}

/** What the correction form edits, as text (the way the inputs hold it). */
export interface EntryCorrectionForm {
  value: string;
  narrative: string;
  evidenceUrl: string;
  closedYearReason: string;
  correctionReason: string;
}

/** The form's starting values for an entry. */
export function correctionFormOf(entry: ProgressEntryDto): EntryCorrectionForm {
  return {
    value: entry.value === null ? '' : String(entry.value),
    narrative: entry.narrative,
    evidenceUrl: entry.evidenceUrl ?? '',
    closedYearReason: entry.closedYearReason ?? '',
    correctionReason: '',
  };
}

/**
 * The PATCH body of a correction: only the fields that changed (so an unchanged value keeps its
 * unit), with the version read; null when nothing changed. A value is sent only where the entry
 * takes one (`valueEditable`).
 */
export function correctionInput(entry: ProgressEntryDto, form: EntryCorrectionForm, valueEditable: boolean): CorrectProgressEntryInput | null {
  const body: CorrectProgressEntryInput = { version: entry.version };
  let changed = false;
  if (valueEditable) {
    const value = parseDecimal(form.value);
    if (value !== entry.value) {
      body.value = value;
      changed = true;
    }
  }
  const narrative = form.narrative.trim();
  if (narrative !== entry.narrative) {
    body.narrative = narrative;
    changed = true;
  }
  const evidenceUrl = form.evidenceUrl.trim() || null;
  if (evidenceUrl !== entry.evidenceUrl) {
    body.evidenceUrl = evidenceUrl;
    changed = true;
  }
  if (!changed) return null;
  const closedYearReason = form.closedYearReason.trim() || null;
  if (closedYearReason !== entry.closedYearReason) body.closedYearReason = closedYearReason;
  body.correctionReason = form.correctionReason.trim() || null;
  return body;
}

/** The field errors of an API answer (400), if any. */
export function apiFieldErrors(error: unknown): FieldError[] {
  const errors = (error as { error?: { errors?: unknown } } | null)?.error?.errors;
  return Array.isArray(errors) ? (errors as FieldError[]) : [];
}

/** The HTTP status of a failed request (0 when unknown). */
export function httpStatus(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : 0;
}

/**
 * The focus areas a theme may be mapped to: those of the plan's strategy that no other theme of the
 * plan uses (one theme per focus area), keeping the theme's own.
 */
export function themeFocusAreaChoices(options: PlanOptionsDto, strategyId: string, themes: readonly PlanThemeDto[], ownThemeId?: string): PlanOptionsDto['focusAreas'] {
  const taken = new Set(themes.filter((t) => t.id !== ownThemeId).map((t) => t.focusAreaId));
  return options.focusAreas.filter((f) => f.strategyId === strategyId && !taken.has(f.id));
}
