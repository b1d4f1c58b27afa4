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
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}
