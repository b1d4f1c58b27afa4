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
  // field errors (FieldError.code)
  'required',
  'too_long',
  'too_short',
  'out_of_range',
  'not_a_number',
  'not_a_date',
  'not_a_uuid',
  'not_an_email',
  'not_one_of',
  'not_allowed',
  'wrong_type',
  'invalid_characters',
  'before_start',
  'invalid',
  // accounts and access
  'last_admin',
  'account_disabled',
  'user_not_found',
  'email_taken',
  'unknown_region',
  'wrong_current_password',
  'weak_password',
  'invite_invalid',
  'too_many_sign_in_attempts',
  'too_many_password_attempts',
  'role_forbidden',
  'region_forbidden',
  // plans and progress
  'plan_not_found',
  'plan_theme_not_found',
  'plan_action_not_found',
  'plan_locked',
  'plan_closed',
  'plan_not_draft',
  'plan_already_draft',
  'plan_not_approved',
  'plan_successor_exists',
  'plan_year_out_of_range',
  'plan_theme_has_actions',
  'plan_theme_duplicate',
  'plan_action_has_progress',
  'plan_action_carried_forward',
  'plan_next_from_draft',
  'status_effective_in_future',
  'status_effective_before_period',
  'status_effective_before_last_change',
  'progress_entry_not_found',
  'entry_retracted',
  // strategy
  'strategy_not_found',
  'no_strategy',
  'strategy_not_draft',
  'strategy_read_only',
  'strategy_status_transition',
  'strategy_without_focus_areas',
  'strategy_key_taken',
  'focus_area_keys_taken',
  'focus_area_not_found',
  'criterion_not_found',
  'action_not_found',
  'role_not_found',
  'person_not_found',
  'role_in_use',
  'role_approved_strategy',
  'role_retired',
  'already_retired',
  'not_retired',
  'unknown_role',
  'approver_not_a_body',
  'unknown_strategy',
  'mapping_not_found',
  'mapping_same_strategy',
  'mapping_reverse_exists',
  // surveys
  'survey_not_found',
  'survey_already_imported',
  'survey_import_incomplete',
  'survey_file_invalid',
  // reports and governance
  'report_not_found',
  'report_section_not_found',
  'report_exists',
  'report_no_themes',
  'report_locked',
  'report_not_draft',
  'report_not_in_review',
  'report_already_draft',
  'report_reopen_self',
  'report_not_approved',
  'report_reopen_already_requested',
  'report_section_conflict',
  'report_organization_forbidden',
  'meeting_not_found',
  'comment_not_found',
  'comment_not_author',
  'region_not_found',
  'meeting_item_not_found',
  'meeting_item_number_taken',
  'meeting_locked',
  'meeting_wrong_status',
  'meeting_not_approved',
  'plan_not_in_force',
  'follow_up_not_found',
  'network_not_found',
  // funding
  'funding_entry_not_found',
  // reminders
  'reminder_duty_not_found',
  'reminder_link_invalid',
  // context indicators
  'indicator_not_found',
  'indicator_already_chosen',
  'indicator_csv_invalid',
  // the archive format
  'archive_conflict',
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
