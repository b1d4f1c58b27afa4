/**
 * Who owns each table, and what each domain offers the others to read in SQL — the one map the
 * boundary check (`table-owners.spec.ts`) reads. A lib may name in its SQL only its own tables,
 * the reference tables every domain may read, and the read objects (views, functions) other
 * domains export. Anything else it must get through the owner lib's exported services, so that
 * `nx graph` shows the dependency.
 */

/** The API libs that own tables (by Nx project name). */
export type TableOwner = 'api-organization' | 'api-accounts' | 'api-strategy' | 'api-plans' | 'api-surveys' | 'api-reports' | 'api-governance' | 'api-funding' | 'api-reminders' | 'api-indicators' | 'api-digest';

export const TABLE_OWNERS: Record<string, TableOwner> = {
  organization: 'api-organization',
  // each organization's data revision, moved forward by a trigger on every write to its data (migration 1766760000000)
  organization_data_revision: 'api-organization',
  region: 'api-organization',

  user_account: 'api-accounts',
  user_region: 'api-accounts',
  user_session: 'api-accounts',
  login_attempt: 'api-accounts',
  password_reset_request: 'api-accounts',
  sso_provider: 'api-accounts',
  sso_domain: 'api-accounts',
  sso_login: 'api-accounts',
  // written by the global audit module (AuditService) and read by the audit page, both in api-accounts
  audit_log: 'api-accounts',

  strategy: 'api-strategy',
  focus_area: 'api-strategy',
  critical_success_factor: 'api-strategy',
  evaluation_criterion: 'api-strategy',
  evaluation_criterion_role: 'api-strategy',
  strategy_action: 'api-strategy',
  strategy_action_role: 'api-strategy',
  responsible_role: 'api-strategy',
  person: 'api-strategy',
  person_role: 'api-strategy',
  person_region: 'api-strategy',
  focus_area_mapping: 'api-strategy',

  action_plan: 'api-plans',
  action_plan_theme: 'api-plans',
  plan_action: 'api-plans',
  plan_action_region: 'api-plans',
  plan_action_role: 'api-plans',
  plan_action_person: 'api-plans',
  plan_action_criterion: 'api-plans',
  progress_entry: 'api-plans',
  progress_entry_revision: 'api-plans',
  // derived: the progress log pre-aggregated for the roll-ups, kept in step by trigger (migration 1765000000000)
  progress_summary: 'api-plans',
  // one row per status a yearly action has had, with its effective day (written by a trigger on plan_action)
  plan_action_status_change: 'api-plans',

  survey: 'api-surveys',
  survey_theme: 'api-surveys',
  survey_question: 'api-surveys',
  survey_scale_point: 'api-surveys',
  survey_likert_count: 'api-surveys',
  survey_open_answer: 'api-surveys',

  annual_report: 'api-reports',
  annual_report_section: 'api-reports',
  annual_report_reopen_request: 'api-reports',

  steering_group: 'api-governance',
  steering_group_member: 'api-governance',
  meeting: 'api-governance',
  meeting_item: 'api-governance',
  meeting_item_focus_area: 'api-governance',
  network: 'api-governance',
  network_focus_area: 'api-governance',
  meeting_item_action: 'api-governance',
  meeting_follow_up: 'api-governance',
  comment: 'api-governance',

  funding_entry: 'api-funding',
  funding_earmark: 'api-funding',
  funding_document: 'api-funding',

  reminder_duty: 'api-reminders',
  reminder_setting: 'api-reminders',
  reminder_digest: 'api-reminders',
  reminder_sent: 'api-reminders',
  reminder_subscription: 'api-reminders',
  indicator_region: 'api-indicators',
  indicator_choice: 'api-indicators',
  indicator_value: 'api-indicators',

  // the digest made for a meeting (content and PDF), derived from the other domains' exports
  meeting_digest: 'api-digest',
};

/**
 * Tenancy reference data every domain may read (ids, codes and names of the organization and its
 * regions); only api-organization and the seeders write them.
 */
export const REFERENCE_TABLES: readonly string[] = ['organization', 'region'];

/** Views and SQL functions a domain's migrations create for the others (documented in its README). */
export const READ_OBJECTS: Record<string, TableOwner> = {
  focus_area_lineage: 'api-strategy',
  criterion_focus_area: 'api-strategy',
  strategy_outline: 'api-strategy',
  focus_area_outline: 'api-strategy',
  criterion_outline: 'api-strategy',
  responsible_role_outline: 'api-strategy',
  person_outline: 'api-strategy',
  action_plan_in_force: 'api-plans',
  progress_entry_focus_area: 'api-plans',
  advance_organization_data_stamps: 'api-organization',
  organization_data_stamp: 'api-organization',
};
