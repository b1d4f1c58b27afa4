import { Global, Injectable, Module } from '@nestjs/common';
import type { AuditAction, SessionUser } from '@suunta/shared-domain';
import { EntityManager } from 'typeorm';

export interface AuditChange {
  /** The entity's kind in singular snake_case, e.g. `criterion`, `action_plan`, `user`. */
  entityType: string;
  entityId: string | null;
  action: AuditAction;
  /** The entity as it was (null on create). Leave secrets out. */
  before?: unknown;
  /** The entity as it is now (null on delete). */
  after?: unknown;
}

/** Who did it: the signed-in user, or a system actor (seeders, start-up). */
export type AuditActor = Pick<SessionUser, 'id' | 'organizationId' | 'email' | 'displayName'> | { system: string; organizationId?: string | null };

export interface AuditContext {
  /** The client's address, when known. */
  ip?: string | null;
}

/**
 * Writes the append-only audit trail (table `audit_log`; a trigger refuses UPDATE and DELETE).
 *
 * Call it with the `EntityManager` of the transaction that makes the change, so the audit row
 * commits or rolls back with it:
 *
 * ```ts
 * await this.dataSource.transaction(async (manager) => {
 *   const before = await manager.findOneByOrFail(CriterionEntity, { id });
 *   const after = await updateWithVersion(manager, CriterionEntity, { id }, dto.version, changes);
 *   await this.audit.record(manager, user, { entityType: 'criterion', entityId: id, action: 'update', before, after });
 * });
 * ```
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuditActor, change: AuditChange, context: AuditContext = {}): Promise<void> {
    const isSystem = 'system' in actor;
    await manager.query(
      `INSERT INTO audit_log (organization_id, actor_id, actor_email, actor_name, entity_type, entity_id, action, before, after, ip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        actor.organizationId ?? null,
        isSystem ? null : actor.id,
        isSystem ? null : actor.email,
        isSystem ? actor.system : actor.displayName,
        change.entityType,
        change.entityId,
        change.action,
        toJson(change.before),
        toJson(change.after),
        context.ip ?? null,
      ],
    );
  }
}

/** JSON for a jsonb column; `undefined` and `null` become SQL NULL. Dates become ISO strings via JSON. */
function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Makes {@link AuditService} injectable everywhere; imported once by the accounts module. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
