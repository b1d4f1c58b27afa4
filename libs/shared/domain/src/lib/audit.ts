/** What happened to an entity. Domains may use other verbs (`approve`, `publish`…); these are the common ones. */
export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'password_change'
  | 'access_denied'
  | (string & {});

/**
 * Every action the API writes to the audit trail. The web translates each
 * (`accounts.audit.actions.<action>`; a unit test there checks), and an API unit test checks
 * that every action literal the API records is listed here: add a new one here first.
 */
export const AUDIT_ACTIONS = [
  'create', 'update', 'delete', 'submit', 'approve', 'archive', 'reopen', 'redraft', 'correct', 'retract', 'close', 'copy', 'copy_forward',
  'import', 'status_change', 'reorder', 'reorder_focus_areas', 'reorder_csfs', 'reorder_criteria', 'reorder_actions',
  'login', 'login_failed', 'logout', 'password_change', 'invite', 'invite_accepted', 'access_denied',
  'password_reset_requested', 'password_reset', 'request_reopen', 'check',
  'retire', 'reinstate',
  'archive_import',
] as const;

/** Every kind of object the API records changes of (`entityType`), translated as `accounts.audit.entities.<type>`. */
export const AUDIT_ENTITY_TYPES = [
  'strategy', 'focus_area', 'focus_area_mapping', 'critical_success_factor', 'evaluation_criterion', 'criterion', 'strategy_action',
  'responsible_role', 'person', 'action_plan', 'action_plan_theme', 'plan_action', 'progress_entry', 'annual_report',
  'annual_report_section', 'survey', 'comment', 'user', 'access', 'organization', 'region', 'sso_provider',
  'meeting', 'meeting_item', 'meeting_follow_up', 'meeting_digest', 'network',
  'funding_entry',
  'reminder_duty', 'reminder_setting', 'reminder_subscription',
  'indicator_choice', 'indicator_region',
] as const;

/** An audit trail author, for the person filter (`GET /api/audit/actors`). */
export interface AuditActorDto {
  id: string;
  name: string | null;
  email: string | null;
}

/** One row of the append-only audit trail. `at` is an ISO-8601 UTC timestamp. */
export interface AuditEntryDto {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  actorName: string | null;
  entityType: string;
  entityId: string | null;
  action: AuditAction;
  /** The object's name as recorded (its title, name or e-mail in the before/after values), if it has one. */
  entityLabel: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  total: number;
  limit: number;
  offset: number;
}

/** Query of `GET /api/audit` (and of the CSV export). Dates are ISO-8601; `to` is exclusive. */
export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Text in the object's name (title, name, e-mail as recorded), case-insensitive. */
  q?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}
