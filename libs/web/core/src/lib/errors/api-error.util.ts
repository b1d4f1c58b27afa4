import { HttpErrorResponse } from '@angular/common/http';
import { API_ERROR_CODES, type ApiErrorBody, type ApiErrorCode, type FieldError } from '@suunta/shared-domain';

/** A text still to be translated: a Transloco key and its parameters. */
export interface TranslatableText {
  key: string;
  params?: Record<string, string | number>;
}

/** One invalid field, ready to word: where it is, how to name it, what is wrong. */
export interface FieldProblem {
  /** The API's dotted path, e.g. `focusAreas.0.title.sv`; forms match it to their controls. */
  field: string;
  /** The field's translated name (`fieldNames.*`), or null when the client has no name for it. */
  name: TranslatableText | null;
  /** The field's language, when the path ends in one (`title.sv`). */
  language: string | null;
  reason: TranslatableText;
}

export interface ApiErrorDescription {
  status: number;
  /** The code the text comes from: the API's own when the client knows it, else one derived from the status. */
  code: ApiErrorCode | 'network';
  message: TranslatableText;
  fields: FieldProblem[];
}

/**
 * Field reasons the client words (`fieldErrors.<code>`). An unknown reason is worded as
 * `invalid`: calm and still true, never the server's English.
 */
export const FIELD_ERROR_CODES = [
  'required', 'too_long', 'too_short', 'too_small', 'too_large', 'too_many', 'too_few',
  'not_an_integer', 'not_a_number', 'not_a_string', 'not_a_boolean', 'not_an_array', 'not_an_object',
  'not_a_uuid', 'not_a_date', 'not_an_email', 'not_a_url', 'not_allowed', 'unknown_field', 'invalid_format', 'invalid',
] as const;

/** Field names the client translates (`fieldNames.<name>`); the last non-numeric segment of the path. */
export const KNOWN_FIELD_NAMES = [
  'title', 'name', 'description', 'text', 'body', 'note', 'email', 'displayName', 'password', 'currentPassword', 'newPassword',
  'roles', 'regionIds', 'regionId', 'year', 'startYear', 'years', 'value', 'values', 'target', 'yearlyTarget', 'unit', 'status',
  'narrative', 'evidenceUrl', 'entryDate', 'reportDate', 'deadline', 'milestoneDate', 'validFrom', 'validTo', 'approvedOn',
  'from', 'to', 'vision', 'mission', 'slogan', 'version', 'focusAreaId', 'focusAreas', 'criterionId', 'criterionIds', 'actionId',
  'themeId', 'themes', 'strategyId', 'measurementKind', 'frequency', 'method', 'content', 'introduction', 'summary',
  'correctionReason', 'reason', 'invitedCount', 'scaleLabels', 'token', 'roleIds', 'personIds', 'sortOrder', 'code',
  'entityType', 'entityId', 'actorId', 'limit', 'offset', 'id',
] as const;

const FIELD_LANGUAGES = ['fi', 'sv', 'en'];

/** When the API sent no code the client knows, the HTTP status decides the wording. */
export function codeForStatus(status: number): ApiErrorCode | 'network' {
  if (status === 0) return 'network';
  if (status === 400) return 'bad_request';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'body_too_large';
  if (status === 422) return 'unprocessable';
  if (status === 423) return 'locked';
  if (status === 429) return 'too_many_requests';
  if (status === 503 || status === 502 || status === 504) return 'service_unavailable';
  if (status >= 400 && status < 500) return 'bad_request';
  return 'internal_error';
}

function isKnownCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code);
}

/** One field error as translation keys (see `FieldProblem`). */
export function describeFieldError(error: Partial<FieldError>): FieldProblem {
  const field = typeof error.field === 'string' ? error.field : '';
  const segments = field.split('.').filter((s) => s !== '' && !/^\d+$/.test(s));
  let language: string | null = null;
  if (segments.length > 1 && FIELD_LANGUAGES.includes(segments[segments.length - 1])) {
    language = segments.pop() ?? null;
  }
  const last = segments[segments.length - 1];
  const name = last && (KNOWN_FIELD_NAMES as readonly string[]).includes(last) ? { key: `fieldNames.${last}` } : null;
  const code = (FIELD_ERROR_CODES as readonly string[]).includes(error.code ?? '') ? (error.code as string) : 'invalid';
  return { field, name, language, reason: { key: `fieldErrors.${code}` } };
}

/** Only primitive params reach the translation, so a body cannot smuggle objects into the text. */
function primitiveParams(params: unknown): Record<string, string | number> | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  }
  return out;
}

/**
 * What went wrong, as translation keys: `errors.<code>` for the API's stable code (or one
 * derived from the HTTP status when the code is missing or unknown to this client), and the
 * invalid fields. The API's English `message` is deliberately never used.
 */
export function describeApiError(error: unknown): ApiErrorDescription {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, code: 'internal_error', message: { key: 'errors.internal_error' }, fields: [] };
  }
  const body = (error.error && typeof error.error === 'object' ? error.error : {}) as Partial<ApiErrorBody>;
  const code = isKnownCode(body.code) ? body.code : codeForStatus(error.status);
  const fields = Array.isArray(body.errors) ? body.errors.map(describeFieldError) : [];
  return { status: error.status, code, message: { key: `errors.${code}`, params: primitiveParams(body.params) }, fields };
}
