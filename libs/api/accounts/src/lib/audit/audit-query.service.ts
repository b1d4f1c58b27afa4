import { ForbiddenException, Injectable } from '@nestjs/common';
import { SqlFilter } from '@suunta/api-core';
import type { AuditActorDto, AuditEntryDto, AuditPageDto, SessionUser } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import { AuditQueryDto } from './audit-query.dto';

/** Roles that read the whole trail (and export it). */
export const AUDIT_READER_ROLES = ['admin', 'board'] as const;
/** Entity types whose history only audit readers see: accounts and refused access carry e-mails and addresses. */
export const PRIVATE_AUDIT_ENTITY_TYPES = ['user', 'access'];
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

/** A recorded value's name: its title or name (the Finnish one of a localized text), display name, e-mail or code. */
const labelOf = (v: string) => `coalesce(
  CASE WHEN jsonb_typeof(${v}->'title') = 'object' THEN ${v}->'title'->>'fi' ELSE ${v}->>'title' END,
  CASE WHEN jsonb_typeof(${v}->'name') = 'object' THEN ${v}->'name'->>'fi' ELSE ${v}->>'name' END,
  ${v}->>'displayName', ${v}->>'display_name', ${v}->>'email', ${v}->>'code')`;
/** The object's name as the audit row recorded it (after the change, else before). */
const ENTITY_LABEL = `nullif(coalesce(${labelOf('after')}, ${labelOf('before')}), '')`;

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_email: string | null;
  actor_name: string | null;
  entity_type: string;
  entity_id: string | null;
  entity_label: string | null;
  action: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  total: number;
}

@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  isReader(user: SessionUser): boolean {
    return user.roles.some((r) => (AUDIT_READER_ROLES as readonly string[]).includes(r));
  }

  /**
   * Admins and board members list and filter the whole trail of their organization. Everyone
   * else may read one entity's own history (`entityType` + `entityId`), except accounts and
   * access records.
   */
  async list(user: SessionUser, query: AuditQueryDto): Promise<AuditPageDto> {
    if (!this.isReader(user)) {
      if (!query.entityType || !query.entityId || PRIVATE_AUDIT_ENTITY_TYPES.includes(query.entityType)) {
        throw new ForbiddenException("Only admins and board members read the whole audit trail; others may read an entity's own history");
      }
    }
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const rows = await this.select(user, query, limit, offset);
    return { items: rows.map(toDto), total: rows[0]?.total ?? (offset > 0 ? await this.count(user, query) : 0), limit, offset };
  }

  /** The rows of the CSV export, newest first. */
  async export(user: SessionUser, query: AuditQueryDto): Promise<AuditEntryDto[]> {
    return (await this.select(user, query, AUDIT_EXPORT_MAX_ROWS, 0)).map(toDto);
  }

  /** The people who appear in the trail as authors, for the person filter (audit readers only). */
  async actors(user: SessionUser): Promise<AuditActorDto[]> {
    const rows: { id: string; name: string | null; email: string | null }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (actor_id) actor_id::text AS id, actor_name AS name, actor_email AS email
         FROM audit_log
        WHERE organization_id = $1 AND actor_id IS NOT NULL
        ORDER BY actor_id, at DESC`,
      [user.organizationId],
    );
    return rows.sort((a, b) => (a.name ?? a.email ?? '').localeCompare(b.name ?? b.email ?? '', 'fi'));
  }

  private async count(user: SessionUser, query: AuditQueryDto): Promise<number> {
    const { where, params } = this.where(user, query);
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE ${where}`, params);
    return n;
  }

  private async select(user: SessionUser, query: AuditQueryDto, limit: number, offset: number): Promise<AuditRow[]> {
    const { where, params } = this.where(user, query);
    return this.dataSource.query(
      `SELECT id::text, at, actor_id, actor_email, actor_name, entity_type, entity_id, ${ENTITY_LABEL} AS entity_label, action, before, after, ip,
              count(*) OVER ()::int AS total
         FROM audit_log
        WHERE ${where}
        ORDER BY at DESC, id DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
  }

  /** Parameterised filters only; the SQL text is fixed. */
  private where(user: SessionUser, query: AuditQueryDto): { where: string; params: unknown[] } {
    // Failed sign-ins with an unknown e-mail belong to no organization; admins see them too.
    const f = new SqlFilter(user.roles.includes('admin') ? '(organization_id = $1 OR organization_id IS NULL)' : 'organization_id = $1', [user.organizationId]);
    if (query.entityType) f.add('entity_type = ?', query.entityType);
    if (query.entityId) f.add('entity_id = ?', query.entityId);
    if (query.actorId) f.add('actor_id = ?::uuid', query.actorId);
    if (query.action) f.add('action = ?', query.action);
    // The search text is a value (ILIKE's own wildcards escaped), never SQL.
    if (query.q) f.add(`${ENTITY_LABEL} ILIKE ? ESCAPE '\\'`, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.from) f.add('at >= ?::timestamptz', query.from);
    if (query.to) f.add('at < ?::timestamptz', query.to);
    return f.build();
  }
}

function toDto(row: AuditRow): AuditEntryDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    actorName: row.actor_name,
    entityType: row.entity_type,
    entityId: row.entity_id,
    entityLabel: row.entity_label,
    action: row.action,
    before: row.before,
    after: row.after,
    ip: row.ip,
  };
}
