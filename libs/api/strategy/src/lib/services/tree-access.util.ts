import { NotFoundException } from '@nestjs/common';
import { conflict, RequestValidationException, versionConflict } from '@suunta/api-core';
import type { StrategyStatus } from '@suunta/shared-domain';
import { DeepPartial, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';

/** The levels of the tree, by table name (also the audit `entityType`). */
export type TreeLevel = 'strategy' | 'focus_area' | 'critical_success_factor' | 'evaluation_criterion' | 'strategy_action';

export const LEVEL_LABEL: Record<TreeLevel, string> = {
  strategy: 'Strategy',
  focus_area: 'Focus area',
  critical_success_factor: 'Critical success factor',
  evaluation_criterion: 'Evaluation criterion',
  strategy_action: 'Action',
};

/** From any node to its strategy, in one query. `$1` = node id, `$2` = organization id. */
const STRATEGY_OF: Record<TreeLevel, string> = {
  strategy: `SELECT s.id, s.status, s.title FROM strategy s WHERE s.id = $1 AND s.organization_id = $2`,
  focus_area: `SELECT s.id, s.status, s.title FROM focus_area fa JOIN strategy s ON s.id = fa.strategy_id
    WHERE fa.id = $1 AND fa.organization_id = $2`,
  critical_success_factor: `SELECT s.id, s.status, s.title FROM critical_success_factor c
    JOIN focus_area fa ON fa.id = c.focus_area_id JOIN strategy s ON s.id = fa.strategy_id
    WHERE c.id = $1 AND c.organization_id = $2`,
  evaluation_criterion: `SELECT s.id, s.status, s.title FROM evaluation_criterion ec
    JOIN critical_success_factor c ON c.id = ec.csf_id JOIN focus_area fa ON fa.id = c.focus_area_id
    JOIN strategy s ON s.id = fa.strategy_id WHERE ec.id = $1 AND ec.organization_id = $2`,
  strategy_action: `SELECT s.id, s.status, s.title FROM strategy_action a
    JOIN critical_success_factor c ON c.id = a.csf_id JOIN focus_area fa ON fa.id = c.focus_area_id
    JOIN strategy s ON s.id = fa.strategy_id WHERE a.id = $1 AND a.organization_id = $2`,
};

export interface OwningStrategy {
  id: string;
  status: StrategyStatus;
  title: string;
}

/**
 * Finds the strategy a node belongs to (404 when the node is unknown or another organization's)
 * and locks the strategy's row for the rest of the transaction, so a status change and an edit
 * of the tree never interleave.
 */
export async function lockOwningStrategy(manager: EntityManager, level: TreeLevel, organizationId: string, id: string): Promise<OwningStrategy> {
  const rows: OwningStrategy[] = await manager.query(`${STRATEGY_OF[level]} FOR UPDATE OF s`, [id, organizationId]);
  if (rows.length === 0) {
    throw new NotFoundException(`${LEVEL_LABEL[level]} ${id} not found`);
  }
  return rows[0];
}

/** Only a draft's content may change; approved and archived strategies change only their status. */
export function assertDraft(strategy: OwningStrategy): void {
  if (strategy.status !== 'draft') {
    throw conflict(
      'strategy_read_only',
      `The strategy "${strategy.title}" is ${strategy.status} and read-only; only its status can change. Copy it as a new draft version to edit it.`,
      { title: strategy.title, status: strategy.status },
    );
  }
}

export async function lockEditableStrategyOf(manager: EntityManager, level: TreeLevel, organizationId: string, id: string): Promise<OwningStrategy> {
  const strategy = await lockOwningStrategy(manager, level, organizationId, id);
  assertDraft(strategy);
  return strategy;
}

/**
 * Checks that every id names a role of the organization (unknown ones are 400 with their index)
 * and that no retired role is linked anew: `alreadyLinked` are the roles the row names today,
 * which may stay even when retired (history stays true).
 */
export async function assertRolesExist(
  manager: EntityManager,
  organizationId: string,
  roleIds: string[] | undefined,
  field = 'roleIds',
  alreadyLinked: readonly string[] = [],
): Promise<void> {
  if (!roleIds || roleIds.length === 0) return;
  const rows: { id: string; code: string; retired: boolean }[] = await manager.query(
    `SELECT id, code, retired_at IS NOT NULL AS retired FROM responsible_role WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
    [organizationId, roleIds],
  );
  const known = new Map(rows.map((r) => [r.id, r]));
  const errors = roleIds.flatMap((id, index) => {
    const role = known.get(id);
    if (!role) return [{ field: `${field}.${index}`, message: `No responsible role ${id} in this organization`, code: 'unknown_role' }];
    if (role.retired && !alreadyLinked.includes(id)) {
      return [{ field: `${field}.${index}`, message: `The responsible role "${role.code}" is retired; it stays where it is named but takes no new links`, code: 'role_retired' }];
    }
    return [];
  });
  if (errors.length > 0) {
    throw new RequestValidationException(errors);
  }
}

/** The next sort position among siblings (`WHERE` given as SQL with `$1`…). */
export async function nextSortOrder(manager: EntityManager, table: string, where: string, params: unknown[]): Promise<number> {
  const rows: { next: number }[] = await manager.query(`SELECT COALESCE(MAX(sort_order), 0) + 1 AS next FROM ${table} WHERE ${where}`, params);
  return Number(rows[0].next);
}

/**
 * Puts siblings in the given order. The ids must be exactly the current siblings: anything else
 * means the client's list is out of date (409), so nothing is half-reordered.
 */
export async function reorderSiblings(
  manager: EntityManager,
  table: string,
  siblingsWhere: string,
  params: unknown[],
  ids: string[],
  label: string,
): Promise<void> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE ${siblingsWhere}`, params);
  const current = new Set(rows.map((r) => r.id));
  if (current.size !== ids.length || ids.some((id) => !current.has(id))) {
    throw versionConflict(`The ${label} have changed since you loaded them (expected ${current.size}, got ${ids.length} matching ids); reload and try again`);
  }
  await manager.query(
    `UPDATE ${table} t SET sort_order = o.ord FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE t.id = o.id`,
    [ids],
  );
}

/**
 * Deleting runs into RESTRICT when another domain's rows (progress entries, action-plan themes…)
 * point at the node or something under it: say so instead of a bare 409.
 */
export async function deleteOrExplain(what: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    // 23001 restrict_violation (ON DELETE RESTRICT, PostgreSQL 18), 23503 foreign_key_violation (NO ACTION)
    if (error instanceof QueryFailedError && ['23001', '23503'].includes((error.driverError as { code?: string }).code ?? '')) {
      const table = (error.driverError as { table?: string }).table ?? 'other records';
      throw conflict(
        'still_referenced',
        `${what} cannot be deleted: ${table.replace(/_/g, ' ')} rows refer to it or to something under it (logged work is never deleted). Remove those first.`,
        { table: table.replace(/_/g, ' ') },
      );
    }
    throw error;
  }
}

/** Turns a unique violation on a key column into a readable 409. */
/** Inserts a row; a clash on one of its unique keys is the 409 `duplicate` that `message` words. */
export function insertUnique<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, message: string, fields: DeepPartial<T>): Promise<T> {
  return uniqueOrExplain(message, () => m.save(m.create(entity, fields)));
}

export async function uniqueOrExplain<T>(message: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw conflict('duplicate', message);
    }
    throw error;
  }
}
