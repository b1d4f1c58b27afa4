import type {
  CriticalSuccessFactorDto,
  EvaluationCriterionDto,
  FocusAreaDto,
  FocusAreaMappingDto,
  PersonDto,
  ResponsibleRoleDto,
  StrategyActionDto,
  StrategyDto,
  StrategySummaryDto,
} from '@suunta/shared-domain';
import { pickCamel } from '@suunta/api-core';
import {
  CriticalSuccessFactorEntity,
  EvaluationCriterionEntity,
  FocusAreaEntity,
  FocusAreaMappingEntity,
  PersonEntity,
  ResponsibleRoleEntity,
  StrategyActionEntity,
  StrategyEntity,
} from '../entities';
import { STRATEGY_CONTENT_KEYS } from './strategy-content';

/** Entities to the shapes of the shared contract: one place, so every endpoint answers alike. */

export function toRoleDto(e: ResponsibleRoleEntity): ResponsibleRoleDto {
  return { id: e.id, code: e.code, kind: e.kind, scope: e.scope, name: e.name, sortOrder: e.sortOrder, retiredAt: e.retiredAt ? e.retiredAt.toISOString() : null, version: e.version };
}

export function toPersonDto(e: PersonEntity, roleIds: string[], regionIds: string[]): PersonDto {
  return { id: e.id, code: e.code, name: e.name, title: e.title, organization: e.employer, roleIds, regionIds, retiredAt: e.retiredAt ? e.retiredAt.toISOString() : null, version: e.version };
}

/** What a strategy's summary and its full record both begin with. */
const STRATEGY_HEAD = ['id', 'code', 'title', 'validFrom', 'validTo', 'status', 'approvedByRoleId', 'approvedOn', 'predecessorId'] as const;

export function toStrategySummaryDto(e: StrategyEntity, focusAreaCount: number): StrategySummaryDto {
  return {
    ...pickCamel(e, STRATEGY_HEAD),
    focusAreaCount,
    hasVision: !!(e.vision || e.mission),
    version: e.version,
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function toStrategyDto(e: StrategyEntity): StrategyDto {
  return {
    ...pickCamel(e, STRATEGY_HEAD),
    version: e.version,
    updatedAt: e.updatedAt.toISOString(),
    ...pickCamel(e, STRATEGY_CONTENT_KEYS),
    createdAt: e.createdAt.toISOString(),
  };
}

export function toFocusAreaDto(e: FocusAreaEntity): FocusAreaDto {
  return {
    id: e.id,
    strategyId: e.strategyId,
    code: e.code,
    title: e.title,
    description: e.description,
    sortOrder: e.sortOrder,
    predecessorId: e.predecessorId,
    version: e.version,
  };
}

export function toCsfDto(e: CriticalSuccessFactorEntity): CriticalSuccessFactorDto {
  return {
    id: e.id,
    focusAreaId: e.focusAreaId,
    title: e.title,
    description: e.description,
    sortOrder: e.sortOrder,
    predecessorId: e.predecessorId,
    version: e.version,
  };
}

export function toCriterionDto(e: EvaluationCriterionEntity, roleIds: string[]): EvaluationCriterionDto {
  return {
    id: e.id,
    csfId: e.csfId,
    title: e.title,
    description: e.description,
    measurementKind: e.measurementKind,
    unit: e.unit,
    yearlyTarget: e.yearlyTarget,
    deadline: e.deadline,
    frequency: e.frequency,
    method: e.method,
    measures: e.measures,
    roleIds,
    sortOrder: e.sortOrder,
    predecessorId: e.predecessorId,
    version: e.version,
  };
}

export function toActionDto(e: StrategyActionEntity, roleIds: string[]): StrategyActionDto {
  return {
    id: e.id,
    csfId: e.csfId,
    criterionId: e.criterionId,
    text: e.text,
    goal: e.goal,
    roleIds,
    roleNote: e.roleNote,
    note: e.note,
    measures: e.measures,
    sortOrder: e.sortOrder,
    predecessorId: e.predecessorId,
    version: e.version,
  };
}

export function toMappingDto(e: FocusAreaMappingEntity, fromStrategyId: string, toStrategyId: string): FocusAreaMappingDto {
  return {
    id: e.id,
    fromFocusAreaId: e.fromFocusAreaId,
    toFocusAreaId: e.toFocusAreaId,
    fromStrategyId,
    toStrategyId,
    strength: e.strength,
    note: e.note,
    version: e.version,
  };
}

/** Groups `(key, value)` rows into lists by key, keeping row order. */
export function groupBy<T, K, V>(rows: T[], key: (row: T) => K, value: (row: T) => V): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(value(row));
    else map.set(k, [value(row)]);
  }
  return map;
}
