import { Injectable } from '@nestjs/common';
import { notFound } from '@suunta/api-core';
import type { ApiErrorCode } from '@suunta/shared-domain';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import {
  EvaluationCriterionEntity,
  FocusAreaEntity,
  PersonEntity,
  ResponsibleRoleEntity,
  StrategyActionEntity,
  StrategyEntity,
} from '../entities';

/**
 * How other domains (action plans, progress, surveys, reports, governance) find strategy rows:
 * by the stable keys of the seed files, or by an id a client sent, checked against the
 * organization. Pass the seeder's or the write transaction's `manager` to see its own rows.
 *
 * The `find…` methods answer `null`; the `require…` ones throw 404 (for ids from requests).
 */
@Injectable()
export class StrategyLookupService {
  constructor(private readonly dataSource: DataSource) {}

  strategyByKey(organizationId: string, key: string, manager: EntityManager = this.dataSource.manager): Promise<StrategyEntity | null> {
    return manager.findOneBy(StrategyEntity, { organizationId, code: key });
  }

  /** A focus area by its key, e.g. `2020-3` (unique in the organization). */
  focusAreaByKey(organizationId: string, key: string, manager: EntityManager = this.dataSource.manager): Promise<FocusAreaEntity | null> {
    return manager.findOneBy(FocusAreaEntity, { organizationId, code: key });
  }

  /** A responsible role by its code, e.g. `development_planner`. */
  roleByCode(organizationId: string, code: string, manager: EntityManager = this.dataSource.manager): Promise<ResponsibleRoleEntity | null> {
    return manager.findOneBy(ResponsibleRoleEntity, { organizationId, code });
  }

  /** Every role of the organization by code, for seeders that resolve many codes. */
  async rolesByCode(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, ResponsibleRoleEntity>> {
    const roles = await manager.findBy(ResponsibleRoleEntity, { organizationId });
    return new Map(roles.map((r) => [r.code, r]));
  }

  personByKey(organizationId: string, key: string, manager: EntityManager = this.dataSource.manager): Promise<PersonEntity | null> {
    return manager.findOneBy(PersonEntity, { organizationId, code: key });
  }

  /** The focus areas of a strategy in display order. */
  focusAreasOf(organizationId: string, strategyId: string, manager: EntityManager = this.dataSource.manager): Promise<FocusAreaEntity[]> {
    return manager.find(FocusAreaEntity, { where: { organizationId, strategyId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  /** Focus areas by id (unknown and other organizations' ids are left out), for other domains' links. */
  focusAreasByIds(organizationId: string, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<FocusAreaEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(FocusAreaEntity, { where: { organizationId, id: In([...new Set(ids)]) } });
  }

  /** Focus areas by their keys (e.g. `2015-3`), for seed files that name them. */
  focusAreasByKeys(organizationId: string, keys: string[], manager: EntityManager = this.dataSource.manager): Promise<FocusAreaEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return manager.find(FocusAreaEntity, { where: { organizationId, code: In([...new Set(keys)]) } });
  }

  requireFocusArea(organizationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<FocusAreaEntity> {
    return requireRow(manager, FocusAreaEntity, organizationId, id, 'focus_area_not_found', 'Focus area');
  }

  requireCriterion(organizationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<EvaluationCriterionEntity> {
    return requireRow(manager, EvaluationCriterionEntity, organizationId, id, 'criterion_not_found', 'Evaluation criterion');
  }

  requireStrategyAction(organizationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<StrategyActionEntity> {
    return requireRow(manager, StrategyActionEntity, organizationId, id, 'action_not_found', 'Action');
  }

  requireRole(organizationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<ResponsibleRoleEntity> {
    return requireRow(manager, ResponsibleRoleEntity, organizationId, id, 'role_not_found', 'Responsible role');
  }

  /** The focus area a criterion belongs to (for roll-ups that start from a criterion). */
  async focusAreaOfCriterion(organizationId: string, criterionId: string, manager: EntityManager = this.dataSource.manager): Promise<FocusAreaEntity> {
    const row = await manager
      .createQueryBuilder(FocusAreaEntity, 'fa')
      .innerJoin('critical_success_factor', 'c', 'c.focus_area_id = fa.id')
      .innerJoin('evaluation_criterion', 'ec', 'ec.csf_id = c.id')
      .where('ec.id = :criterionId AND ec.organization_id = :organizationId', { criterionId, organizationId })
      .getOne();
    if (!row) throw notFound('criterion_not_found', `Evaluation criterion ${criterionId} not found`, { id: criterionId });
    return row;
  }
}

/** A row of the organization by id, or 404 with `code` and "<label> <id> not found". */
async function requireRow<T extends { organizationId: string; id: string }>(
  manager: EntityManager,
  entity: new () => T,
  organizationId: string,
  id: string,
  code: ApiErrorCode,
  label: string,
): Promise<T> {
  const row = await manager.findOneBy(entity, { organizationId, id } as FindOptionsWhere<T>);
  if (!row) throw notFound(code, `${label} ${id} not found`, { id });
  return row;
}
