import { AUDIT_ACTIONS, type AuditQuery } from '@suunta/shared-domain';

/** The audit page's filter form, as the user set it (days as `yyyy-mm-dd`, or null from the datepicker). */
export interface AuditFilterForm {
  actorId: string;
  q: string;
  entityType: string;
  action: string;
  fromDay: string | null;
  toDay: string | null;
}

/**
 * Form → API query. Days are the user's local days: `from` is the start of the first day,
 * `to` the start of the day after the last one (the API's `to` is exclusive).
 */
export function toAuditQuery(form: AuditFilterForm, page: { limit: number; offset: number }): AuditQuery {
  const query: AuditQuery = { limit: page.limit, offset: page.offset };
  if (form.actorId) query.actorId = form.actorId;
  if (form.q.trim()) query.q = form.q.trim();
  if (form.entityType) query.entityType = form.entityType;
  if (form.action) query.action = form.action;
  if (form.fromDay) query.from = startOfLocalDay(form.fromDay, 0);
  if (form.toDay) query.to = startOfLocalDay(form.toDay, 1);
  return query;
}

function startOfLocalDay(day: string, plusDays: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** Audit actions the UI names in its own words (all the API writes); others are shown as the API writes them. */
export const KNOWN_AUDIT_ACTIONS = AUDIT_ACTIONS;
