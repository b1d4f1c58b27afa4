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

/** Entities to the shapes of the shared contract: one place, so every endpoint answers alike. */

export function toRoleDto(e: ResponsibleRoleEntity): ResponsibleRoleDto {
  return { id: e.id, code: e.code, kind: e.kind, scope: e.scope, name: e.name, sortOrder: e.sortOrder, retiredAt: e.retiredAt ? e.retiredAt.toISOString() : null, version: e.version };
}

export function toPersonDto(e: PersonEntity, roleIds: string[], regionIds: string[]): PersonDto {
  return { id: e.id, code: e.code, name: e.name, title: e.title, organization: e.employer, roleIds, regionIds, retiredAt: e.retiredAt ? e.retiredAt.toISOString() : null, version: e.version };
}

export function toStrategySummaryDto(e: StrategyEntity, focusAreaCount: number): StrategySummaryDto {
  return {
    id: e.id,
    code: e.code,
    title: e.title,
    validFrom: e.validFrom,
    validTo: e.validTo,
    status: e.status,
    approvedByRoleId: e.approvedByRoleId,
    approvedOn: e.approvedOn,
    predecessorId: e.predecessorId,
    focusAreaCount,
    hasVision: !!(e.vision || e.mission),
    version: e.version,
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function toStrategyDto(e: StrategyEntity): StrategyDto {
  return {
    id: e.id,
    code: e.code,
    title: e.title,
    validFrom: e.validFrom,
    validTo: e.validTo,
    status: e.status,
    approvedByRoleId: e.approvedByRoleId,
    approvedOn: e.approvedOn,
    predecessorId: e.predecessorId,
    version: e.version,
    updatedAt: e.updatedAt.toISOString(),
    background: e.background,
    legalTasksIntro: e.legalTasksIntro,
    legalTasks: e.legalTasks,
    additionalLegalTask: e.additionalLegalTask,
    specialTask: e.specialTask,
    vision: e.vision,
    mission: e.mission,
    missionMeans: e.missionMeans,
    values: e.values,
    slogan: e.slogan,
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
