/** One invalid field of a request: `field` is the dotted path into the body, e.g. `focusAreas.0.title`. */
export interface FieldError {
  field: string;
  message: string;
}

/** The body of every 4xx/5xx answer of the API. Never carries a stack trace or SQL. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
  /** On 409 for a stale `version`, where the domain provides it: the record as it is now (e.g. the other person's text). */
  current?: unknown;
}
