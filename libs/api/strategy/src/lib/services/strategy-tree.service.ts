import { Injectable } from '@nestjs/common';
import { notFound, type PreparedJson } from '@suunta/api-core';
import { DataRevisionService, StampedAnswers, type StampReader } from '@suunta/api-organization';
import type {
  CriticalSuccessFactorNode,
  EvaluationCriterionNode,
  FocusAreaNode,
  ResponsibleRoleDto,
  StrategyActionNode,
  StrategyTreeDto,
} from '@suunta/shared-domain';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  CriticalSuccessFactorEntity,
  EvaluationCriterionEntity,
  FocusAreaEntity,
  ResponsibleRoleEntity,
  StrategyActionEntity,
  StrategyEntity,
} from '../entities';
import { groupBy, toActionDto, toCriterionDto, toCsfDto, toFocusAreaDto, toRoleDto, toStrategyDto } from './strategy.mappers';

/** Trees kept per process: every organization's strategies, a few versions each (some 100 kB a tree). */
const TREE_CACHE_ENTRIES = 32;

/** The tree's rows, level by level, before they are nested. */
export interface StrategyTreeRows {
  strategy: StrategyEntity;
  focusAreas: FocusAreaEntity[];
  csfs: CriticalSuccessFactorEntity[];
  criteria: EvaluationCriterionEntity[];
  criterionRoles: { criterionId: string; roleId: string }[];
  actions: StrategyActionEntity[];
  actionRoles: { actionId: string; roleId: string }[];
  roles: ResponsibleRoleEntity[];
}

/** Siblings in display order; `id` breaks ties so the order is stable. */
function inDisplayOrder<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return qb.orderBy(`${alias}.sortOrder`, 'ASC').addOrderBy(`${alias}.createdAt`, 'ASC').addOrderBy(`${alias}.id`, 'ASC');
}

/** A level under the critical success factors (criteria or actions) of one strategy, in display order. */
function underCsfs<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, alias: string, strategyId: string): Promise<T[]> {
  return inDisplayOrder(
    manager
      .createQueryBuilder(entity, alias)
      .innerJoin(CriticalSuccessFactorEntity, 'c', `c.id = ${alias}.csf_id`)
      .innerJoin(FocusAreaEntity, 'fa', 'fa.id = c.focus_area_id')
      .where('fa.strategy_id = :strategyId', { strategyId }),
    alias,
  ).getMany();
}

/** The role links of a level under the critical success factors, by the link table and the level's own table. */
const ROLE_LINK_TABLES = {
  criterion: { links: 'evaluation_criterion_role', level: 'evaluation_criterion' },
  action: { links: 'strategy_action_role', level: 'strategy_action' },
} as const;

/** The criterion or action → role links of one strategy, in their order (`{ criterionId, roleId }` or `{ actionId, roleId }`). */
function roleLinks<L extends keyof typeof ROLE_LINK_TABLES>(
  manager: EntityManager,
  level: L,
  strategyId: string,
): Promise<(Record<`${L}Id`, string> & { roleId: string })[]> {
  const { links, level: table } = ROLE_LINK_TABLES[level];
  return manager.query(
    `SELECT r.${level}_id AS "${level}Id", r.role_id AS "roleId"
       FROM ${links} r
       JOIN ${table} x ON x.id = r.${level}_id
       JOIN critical_success_factor c ON c.id = x.csf_id
       JOIN focus_area fa ON fa.id = c.focus_area_id
      WHERE fa.strategy_id = $1
      ORDER BY r.sort_order, r.role_id`,
    [strategyId],
  );
}

/**
 * Reads a whole strategy in a fixed number of queries (one per level plus the role links and
 * the roles), however many focus areas, criteria and actions it has. No lazy relations: every
 * level is one `WHERE strategy_id = …` query, nested in memory.
 */
@Injectable()
export class StrategyTreeService {
  /** Trees read over HTTP since the organization's data last changed (`treeForReading`). */
  private readonly answers: StampedAnswers<StrategyTreeDto>;

  constructor(
    private readonly dataSource: DataSource,
    dataRevision: DataRevisionService,
  ) {
    this.answers = new StampedAnswers<StrategyTreeDto>(dataRevision, TREE_CACHE_ENTRIES);
  }

  /**
   * The tree for a reader (the strategy pages): computed once per data stamp of the organization
   * and reused until the next write to its data, by any API process. A write path reads
   * `tree(…, manager)` inside its own transaction instead.
   */
  treeForReading(reader: StampReader, strategyId: string): Promise<PreparedJson<StrategyTreeDto>> {
    return this.answers.answer(reader, { strategyId }, () => this.tree(reader.organizationId, strategyId));
  }

  async rows(organizationId: string, strategyId: string, manager: EntityManager = this.dataSource.manager): Promise<StrategyTreeRows> {
    const strategy = await manager.findOneBy(StrategyEntity, { id: strategyId, organizationId });
    if (!strategy) {
      throw notFound('strategy_not_found', `Strategy ${strategyId} not found`, { id: strategyId });
    }
    const focusAreas = await inDisplayOrder(
      manager
      .createQueryBuilder(FocusAreaEntity, 'fa')
      .where('fa.strategy_id = :strategyId', { strategyId }),
      'fa',
    ).getMany();
    const csfs = await inDisplayOrder(
      manager
      .createQueryBuilder(CriticalSuccessFactorEntity, 'c')
      .innerJoin(FocusAreaEntity, 'fa', 'fa.id = c.focus_area_id')
      .where('fa.strategy_id = :strategyId', { strategyId }),
      'c',
    ).getMany();
    const criteria = await underCsfs(manager, EvaluationCriterionEntity, 'ec', strategyId);
    const criterionRoles = await roleLinks(manager, 'criterion', strategyId);
    const actions = await underCsfs(manager, StrategyActionEntity, 'a', strategyId);
    const actionRoles = await roleLinks(manager, 'action', strategyId);
    const roles = await manager.find(ResponsibleRoleEntity, { where: { organizationId }, order: { sortOrder: 'ASC', code: 'ASC' } });
    return { strategy, focusAreas, csfs, criteria, criterionRoles, actions, actionRoles, roles };
  }

  async tree(organizationId: string, strategyId: string, manager?: EntityManager): Promise<StrategyTreeDto> {
    return nestTree(await this.rows(organizationId, strategyId, manager));
  }
}

/** Nests the level-by-level rows into the tree the client reads. Pure: unit-tested on its own. */
export function nestTree(rows: StrategyTreeRows): StrategyTreeDto {
  const roleById = new Map<string, ResponsibleRoleDto>(rows.roles.map((r) => [r.id, toRoleDto(r)]));
  const rolesOf = (ids: string[] = []) => ids.map((id) => roleById.get(id)).filter((r): r is ResponsibleRoleDto => !!r);
  const criterionRoleIds = groupBy(rows.criterionRoles, (r) => r.criterionId, (r) => r.roleId);
  const actionRoleIds = groupBy(rows.actionRoles, (r) => r.actionId, (r) => r.roleId);

  const actionNodes: StrategyActionNode[] = rows.actions.map((a) => {
    const ids = actionRoleIds.get(a.id) ?? [];
    return { ...toActionDto(a, ids), roles: rolesOf(ids) };
  });
  const actionsByCriterion = groupBy(actionNodes.filter((a) => a.criterionId), (a) => a.criterionId as string, (a) => a);
  const csfLevelActions = groupBy(actionNodes.filter((a) => !a.criterionId), (a) => a.csfId, (a) => a);

  const criterionNodes: EvaluationCriterionNode[] = rows.criteria.map((c) => {
    const ids = criterionRoleIds.get(c.id) ?? [];
    return { ...toCriterionDto(c, ids), roles: rolesOf(ids), actions: actionsByCriterion.get(c.id) ?? [] };
  });
  const criteriaByCsf = groupBy(criterionNodes, (c) => c.csfId, (c) => c);

  const csfNodes: CriticalSuccessFactorNode[] = rows.csfs.map((c) => ({
    ...toCsfDto(c),
    criteria: criteriaByCsf.get(c.id) ?? [],
    actions: csfLevelActions.get(c.id) ?? [],
  }));
  const csfsByFocusArea = groupBy(csfNodes, (c) => c.focusAreaId, (c) => c);

  const focusAreas: FocusAreaNode[] = rows.focusAreas.map((fa) => ({ ...toFocusAreaDto(fa), csfs: csfsByFocusArea.get(fa.id) ?? [] }));
  const approvedBy = rows.strategy.approvedByRoleId ? roleById.get(rows.strategy.approvedByRoleId) ?? null : null;
  return { strategy: toStrategyDto(rows.strategy), approvedByRole: approvedBy, focusAreas };
}
