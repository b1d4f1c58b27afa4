/** One invalid field of a request: `field` is the dotted path into the body, e.g. `focusAreas.0.title`. */
export interface FieldError {
  field: string;
  message: string;
  /** Stable, translatable reason, e.g. `required`, `too_long`, `not_a_date`; the client words it. */
  code?: string;
}

/**
 * Stable error codes of the API. The client translates each (`errors.<code>` in the web's i18n
 * files); `message` is English for logs and API users only and is never shown as UI text.
 * Adding a code here means adding its fi/sv/en translation (a unit test checks).
 */
export const API_ERROR_CODES = [
  // generic, by kind
  'bad_request',
  'validation_failed',
  'body_too_large',
  'body_too_deep',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_invalid',
  'not_found',
  'version_conflict',
  'conflict',
  'duplicate',
  'still_referenced',
  'locked',
  'unprocessable',
  'too_many_requests',
  'service_unavailable',
  'internal_error',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The body of every 4xx/5xx answer of the API. Never carries a stack trace or SQL. */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable machine-readable reason; see API_ERROR_CODES. */
  code?: ApiErrorCode | string;
  error: string;
  message: string;
  errors?: FieldError[];
  /** Values the translated message may interpolate, e.g. `{ planTitle: '…' }`. */
  params?: Record<string, string | number>;
  /** On 409 for a stale `version`, where the domain provides it: the record as it is now (e.g. the other person's text). */
  current?: unknown;
}
