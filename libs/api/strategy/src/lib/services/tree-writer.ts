import type { Measure, MeasureInput } from '@suunta/shared-domain';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  CriticalSuccessFactorEntity,
  EvaluationCriterionEntity,
  EvaluationCriterionRoleEntity,
  FocusAreaEntity,
  StrategyActionEntity,
  StrategyActionRoleEntity,
  StrategyEntity,
} from '../entities';

type Row<T> = Partial<T> & { id: string };

/** A whole tree with its ids chosen in advance, ready to insert level by level. */
export interface PlannedTree {
  strategy: Row<StrategyEntity>;
  focusAreas: Row<FocusAreaEntity>[];
  csfs: Row<CriticalSuccessFactorEntity>[];
  criteria: Row<EvaluationCriterionEntity>[];
  criterionRoles: Partial<EvaluationCriterionRoleEntity>[];
  actions: Row<StrategyActionEntity>[];
  actionRoles: Partial<StrategyActionRoleEntity>[];
}

/** Rows per INSERT: keeps the bind parameters far below PostgreSQL's 65 535. */
const CHUNK = 500;

/**
 * Inserts a planned tree with one multi-row INSERT per level (per 500 rows), parents first, so
 * copying or importing a strategy costs a handful of statements whatever its size.
 */
export async function insertTree(manager: EntityManager, plan: PlannedTree): Promise<void> {
  await insertRows(manager, StrategyEntity, [plan.strategy]);
  await insertRows(manager, FocusAreaEntity, plan.focusAreas);
  await insertRows(manager, CriticalSuccessFactorEntity, plan.csfs);
  await insertRows(manager, EvaluationCriterionEntity, plan.criteria);
  await insertRows(manager, EvaluationCriterionRoleEntity, plan.criterionRoles);
  await insertRows(manager, StrategyActionEntity, plan.actions);
  await insertRows(manager, StrategyActionRoleEntity, plan.actionRoles);
}

async function insertRows<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + CHUNK) as never)
      .updateEntity(false)
      .execute();
  }
}

/** Stored measures always carry every field, so clients never meet `undefined`. */
export function normalizeMeasures(measures: MeasureInput[] | undefined): Measure[] {
  return (measures ?? []).map((m) => ({
    text: m.text,
    measurementKind: m.measurementKind,
    unit: m.unit ?? null,
    target: m.target ?? null,
    frequency: m.frequency ?? null,
  }));
}
