import { Injectable, NotFoundException } from '@nestjs/common';
import { RequestValidationException, updateWithVersion, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type {
  CreateCriticalSuccessFactorInput,
  CreateEvaluationCriterionInput,
  CreateFocusAreaInput,
  CreateStrategyActionInput,
  CriticalSuccessFactorDto,
  EvaluationCriterionDto,
  FieldError,
  FocusAreaDto,
  MeasureInput,
  ReorderInput,
  SessionUser,
  StrategyActionDto,
  UpdateCriticalSuccessFactorInput,
  UpdateEvaluationCriterionInput,
  UpdateFocusAreaInput,
  UpdateStrategyActionInput,
} from '@suunta/shared-domain';
import { NUMERIC_TARGET_KINDS } from '@suunta/shared-domain';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import {
  CriticalSuccessFactorEntity,
  EvaluationCriterionEntity,
  EvaluationCriterionRoleEntity,
  FocusAreaEntity,
  StrategyActionEntity,
  StrategyActionRoleEntity,
} from '../entities';
import { checkTarget } from './strategy-document.service';
import { toActionDto, toCriterionDto, toCsfDto, toFocusAreaDto } from './strategy.mappers';
import { stripUndefined } from './strategy.service';
import {
  assertRolesExist,
  deleteOrExplain,
  insertUnique,
  LEVEL_LABEL,
  lockEditableStrategyOf,
  nextSortOrder,
  reorderSiblings,
  TreeLevel,
  uniqueOrExplain,
} from './tree-access.util';
import { actionContentOf, criterionContentOf } from './strategy-content';
import { normalizeMeasures } from './tree-writer';

/** The ordered children of a node: whose they are, which rows (`$1` the parent's id), and the audit action on the parent. */
const CHILD_ORDERS = {
  focusAreaCsfs: { parent: 'focus_area', table: 'critical_success_factor', where: 'focus_area_id = $1', label: 'critical success factors', action: 'reorder_csfs' },
  csfCriteria: { parent: 'critical_success_factor', table: 'evaluation_criterion', where: 'csf_id = $1', label: 'criteria', action: 'reorder_criteria' },
  csfActions: { parent: 'critical_success_factor', table: 'strategy_action', where: 'csf_id = $1 AND criterion_id IS NULL', label: 'actions', action: 'reorder_actions' },
  criterionActions: { parent: 'evaluation_criterion', table: 'strategy_action', where: 'criterion_id = $1', label: 'actions', action: 'reorder_actions' },
} satisfies Record<string, { parent: TreeLevel; table: string; where: string; label: string; action: string }>;

type NodeRow = { id: string; organizationId: string; version: number };

/** What an update of a role-linked node carries besides its own fields. */
interface RoleLinkedInput {
  version: number;
  roleIds?: string[];
  measures?: MeasureInput[];
}

/** A level whose rows name responsible roles (criteria, actions): its entity, its role links and its DTO. */
interface RoleLinkedLevel<E, D> {
  level: 'evaluation_criterion' | 'strategy_action';
  entity: new () => E;
  links: EntityTarget<{ roleId: string; sortOrder: number }>;
  /** The link's column naming the row. */
  key: 'criterionId' | 'actionId';
  toDto: (row: E, roleIds: string[]) => D;
}

const CRITERIA: RoleLinkedLevel<EvaluationCriterionEntity, EvaluationCriterionDto> = {
  level: 'evaluation_criterion',
  entity: EvaluationCriterionEntity,
  links: EvaluationCriterionRoleEntity,
  key: 'criterionId',
  toDto: toCriterionDto,
};

const ACTIONS: RoleLinkedLevel<StrategyActionEntity, StrategyActionDto> = {
  level: 'strategy_action',
  entity: StrategyActionEntity,
  links: StrategyActionRoleEntity,
  key: 'actionId',
  toDto: toActionDto,
};

const FOCUS_AREA_KEY_TAKEN = (code: string | null | undefined) => `A focus area with key "${code}" already exists in this organization`;

/**
 * Focus areas, critical success factors, criteria and actions: create under a parent, read,
 * update (optimistic locking), delete (with everything under it) and reorder among siblings.
 * Every write locks the owning strategy and requires it to be a draft.
 */
@Injectable()
export class StrategyNodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------------ focus areas

  async getFocusArea(organizationId: string, id: string): Promise<FocusAreaDto> {
    return toFocusAreaDto(await this.require(this.dataSource.manager, FocusAreaEntity, 'focus_area', organizationId, id));
  }

  async createFocusArea(user: SessionUser, strategyId: string, input: CreateFocusAreaInput): Promise<FocusAreaDto> {
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'strategy', user.organizationId, strategyId);
      const sortOrder = await nextSortOrder(m, 'focus_area', 'strategy_id = $1', [strategyId]);
      const saved = await insertUnique(m, FocusAreaEntity, FOCUS_AREA_KEY_TAKEN(input.code), {
        organizationId: user.organizationId,
        strategyId,
        code: input.code ?? null,
        title: input.title,
        description: input.description ?? null,
        sortOrder,
        predecessorId: null,
      });
      await this.audit.record(m, user, { entityType: 'focus_area', entityId: saved.id, action: 'create', after: saved });
      return toFocusAreaDto(saved);
    });
  }

  async updateFocusArea(user: SessionUser, id: string, input: UpdateFocusAreaInput): Promise<FocusAreaDto> {
    return this.updateFields(user, id, input, 'focus_area', FocusAreaEntity, toFocusAreaDto, FOCUS_AREA_KEY_TAKEN(input.code));
  }

  async deleteFocusArea(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.deleteNode(user, FocusAreaEntity, 'focus_area', id, version);
  }

  async reorderCsfs(user: SessionUser, focusAreaId: string, input: ReorderInput): Promise<void> {
    await this.reorderChildren(user, CHILD_ORDERS.focusAreaCsfs, focusAreaId, input.ids);
  }

  // ------------------------------------------------------------------ critical success factors

  async getCsf(organizationId: string, id: string): Promise<CriticalSuccessFactorDto> {
    return toCsfDto(await this.require(this.dataSource.manager, CriticalSuccessFactorEntity, 'critical_success_factor', organizationId, id));
  }

  async createCsf(user: SessionUser, focusAreaId: string, input: CreateCriticalSuccessFactorInput): Promise<CriticalSuccessFactorDto> {
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'focus_area', user.organizationId, focusAreaId);
      const sortOrder = await nextSortOrder(m, 'critical_success_factor', 'focus_area_id = $1', [focusAreaId]);
      const saved = await m.save(
        m.create(CriticalSuccessFactorEntity, {
          organizationId: user.organizationId,
          focusAreaId,
          title: input.title,
          description: input.description ?? null,
          sortOrder,
          predecessorId: null,
        }),
      );
      await this.audit.record(m, user, { entityType: 'critical_success_factor', entityId: saved.id, action: 'create', after: saved });
      return toCsfDto(saved);
    });
  }

  async updateCsf(user: SessionUser, id: string, input: UpdateCriticalSuccessFactorInput): Promise<CriticalSuccessFactorDto> {
    return this.updateFields(user, id, input, 'critical_success_factor', CriticalSuccessFactorEntity, toCsfDto);
  }

  async deleteCsf(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.deleteNode(user, CriticalSuccessFactorEntity, 'critical_success_factor', id, version);
  }

  async reorderCriteria(user: SessionUser, csfId: string, input: ReorderInput): Promise<void> {
    await this.reorderChildren(user, CHILD_ORDERS.csfCriteria, csfId, input.ids);
  }

  /** Actions that belong to the CSF itself (not to one of its criteria). */
  async reorderCsfActions(user: SessionUser, csfId: string, input: ReorderInput): Promise<void> {
    await this.reorderChildren(user, CHILD_ORDERS.csfActions, csfId, input.ids);
  }

  // ------------------------------------------------------------------ criteria

  async getCriterion(organizationId: string, id: string): Promise<EvaluationCriterionDto> {
    return this.getRoleLinked(organizationId, id, CRITERIA);
  }

  async createCriterion(user: SessionUser, csfId: string, input: CreateEvaluationCriterionInput): Promise<EvaluationCriterionDto> {
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'critical_success_factor', user.organizationId, csfId);
      assertTargetFits(input.measurementKind, input.yearlyTarget ?? null);
      await assertRolesExist(m, user.organizationId, input.roleIds);
      const sortOrder = await nextSortOrder(m, 'evaluation_criterion', 'csf_id = $1', [csfId]);
      const saved = await m.save(
        m.create(EvaluationCriterionEntity, {
          organizationId: user.organizationId,
          csfId,
          ...criterionContentOf(input),
          measures: normalizeMeasures(input.measures),
          sortOrder,
          predecessorId: null,
        }),
      );
      const roleIds = input.roleIds ?? [];
      await this.replaceRoles(m, CRITERIA, user.organizationId, saved.id, roleIds);
      const dto = toCriterionDto(saved, roleIds);
      await this.audit.record(m, user, { entityType: 'evaluation_criterion', entityId: saved.id, action: 'create', after: dto });
      return dto;
    });
  }

  async updateCriterion(user: SessionUser, id: string, input: UpdateEvaluationCriterionInput): Promise<EvaluationCriterionDto> {
    return this.updateRoleLinked(user, id, input, CRITERIA, (fields, current) => {
      // the kind and the target are checked together, as they will be stored; switching to a
      // kind without a numeric target drops the old target instead of failing on it
      const kind = fields.measurementKind ?? current.measurementKind;
      if (fields.yearlyTarget === undefined && fields.measurementKind && !NUMERIC_TARGET_KINDS.includes(kind)) {
        fields.yearlyTarget = null;
      }
      const target = fields.yearlyTarget !== undefined ? fields.yearlyTarget : current.yearlyTarget;
      assertTargetFits(kind, target ?? null);
    });
  }

  async deleteCriterion(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.deleteNode(user, EvaluationCriterionEntity, 'evaluation_criterion', id, version);
  }

  async reorderCriterionActions(user: SessionUser, criterionId: string, input: ReorderInput): Promise<void> {
    await this.reorderChildren(user, CHILD_ORDERS.criterionActions, criterionId, input.ids);
  }

  // ------------------------------------------------------------------ actions

  async getAction(organizationId: string, id: string): Promise<StrategyActionDto> {
    return this.getRoleLinked(organizationId, id, ACTIONS);
  }

  /** Under a criterion (`parent.criterionId`) or directly under a CSF (`parent.csfId`). */
  async createAction(user: SessionUser, parent: { criterionId: string } | { csfId: string }, input: CreateStrategyActionInput): Promise<StrategyActionDto> {
    return this.write(user, async (m) => {
      let csfId: string;
      let criterionId: string | null = null;
      if ('criterionId' in parent) {
        await lockEditableStrategyOf(m, 'evaluation_criterion', user.organizationId, parent.criterionId);
        const criterion = await this.require(m, EvaluationCriterionEntity, 'evaluation_criterion', user.organizationId, parent.criterionId);
        csfId = criterion.csfId;
        criterionId = criterion.id;
      } else {
        await lockEditableStrategyOf(m, 'critical_success_factor', user.organizationId, parent.csfId);
        csfId = parent.csfId;
      }
      await assertRolesExist(m, user.organizationId, input.roleIds);
      const sortOrder = criterionId
        ? await nextSortOrder(m, 'strategy_action', 'criterion_id = $1', [criterionId])
        : await nextSortOrder(m, 'strategy_action', 'csf_id = $1 AND criterion_id IS NULL', [csfId]);
      const saved = await m.save(
        m.create(StrategyActionEntity, {
          organizationId: user.organizationId,
          csfId,
          criterionId,
          ...actionContentOf(input),
          measures: normalizeMeasures(input.measures),
          sortOrder,
          predecessorId: null,
        }),
      );
      const roleIds = input.roleIds ?? [];
      await this.replaceRoles(m, ACTIONS, user.organizationId, saved.id, roleIds);
      const dto = toActionDto(saved, roleIds);
      await this.audit.record(m, user, { entityType: 'strategy_action', entityId: saved.id, action: 'create', after: dto });
      return dto;
    });
  }

  async updateAction(user: SessionUser, id: string, input: UpdateStrategyActionInput): Promise<StrategyActionDto> {
    return this.updateRoleLinked(user, id, input, ACTIONS);
  }

  async deleteAction(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.deleteNode(user, StrategyActionEntity, 'strategy_action', id, version);
  }

  // ------------------------------------------------------------------ shared

  private write<T>(_user: SessionUser, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private async require<T extends { id: string; organizationId: string }>(
    m: EntityManager,
    target: new () => T,
    level: TreeLevel,
    organizationId: string,
    id: string,
  ): Promise<T> {
    const row = await m.findOneBy(target, { id, organizationId } as never);
    if (!row) throw new NotFoundException(`${LEVEL_LABEL[level]} ${id} not found`);
    return row;
  }

  /**
   * Deletes a node and everything under it (the tree's own rows cascade). Rows of other domains
   * that refer to it (progress entries, plan themes…) are RESTRICT: then nothing is deleted.
   */
  private async deleteNode<T extends { id: string; organizationId: string; version: number }>(
    user: SessionUser,
    target: new () => T,
    level: TreeLevel,
    id: string,
    version?: number,
  ): Promise<void> {
    await this.write(user, async (m) => {
      await lockEditableStrategyOf(m, level, user.organizationId, id);
      const before = await this.require(m, target, level, user.organizationId, id);
      if (version !== undefined && version !== before.version) {
        throw versionConflict(`${LEVEL_LABEL[level]} ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
      }
      await deleteOrExplain(`${LEVEL_LABEL[level]} "${describe(before)}"`, () => m.delete(target, { id, organizationId: user.organizationId } as never));
      await this.audit.record(m, user, { entityType: level, entityId: id, action: 'delete', before });
    });
  }

  /** Updates a focus area's or a CSF's own fields; `keyTaken` explains a clash on a unique key. */
  private updateFields<E extends NodeRow, D>(
    user: SessionUser,
    id: string,
    input: { version: number } & Partial<E>,
    level: TreeLevel,
    entity: new () => E,
    toDto: (row: E) => D,
    keyTaken?: string,
  ): Promise<D> {
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, level, user.organizationId, id);
      const before = await this.require(m, entity, level, user.organizationId, id);
      const { version, ...fields } = input;
      const update = () => updateWithVersion<E>(m, entity, { id, organizationId: user.organizationId }, version, stripUndefined(fields) as Partial<E>);
      const after = keyTaken === undefined ? await update() : await uniqueOrExplain(keyTaken, update);
      await this.audit.record(m, user, { entityType: level, entityId: id, action: 'update', before, after });
      return toDto(after);
    });
  }

  /** Puts a node's children in the order of `ids` (exactly its current children) and records it on the node. */
  private async reorderChildren(user: SessionUser, children: (typeof CHILD_ORDERS)[keyof typeof CHILD_ORDERS], parentId: string, ids: string[]): Promise<void> {
    await this.write(user, async (m) => {
      await lockEditableStrategyOf(m, children.parent, user.organizationId, parentId);
      await reorderSiblings(m, children.table, children.where, [parentId], ids, children.label);
      await this.audit.record(m, user, { entityType: children.parent, entityId: parentId, action: children.action, after: { ids } });
    });
  }

  private async getRoleLinked<E extends NodeRow, D>(organizationId: string, id: string, level: RoleLinkedLevel<E, D>): Promise<D> {
    const m = this.dataSource.manager;
    const row = await this.require(m, level.entity, level.level, organizationId, id);
    return level.toDto(row, await this.roleIds(m, level, id));
  }

  /**
   * Updates a criterion or an action and, when `roleIds` is given, its roles (in that order);
   * `check` sees the changed fields and the stored row before anything is written.
   */
  private updateRoleLinked<E extends NodeRow, D extends { roleIds: string[] }, I extends RoleLinkedInput>(
    user: SessionUser,
    id: string,
    input: I,
    level: RoleLinkedLevel<E, D>,
    check?: (fields: Omit<I, keyof RoleLinkedInput>, current: E) => void,
  ): Promise<D> {
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, level.level, user.organizationId, id);
      const current = await this.require(m, level.entity, level.level, user.organizationId, id);
      const before = level.toDto(current, await this.roleIds(m, level, id));
      const { version, roleIds, measures, ...fields } = input;
      await assertRolesExist(m, user.organizationId, roleIds, 'roleIds', before.roleIds);
      check?.(fields, current);
      const changes = stripUndefined({ ...fields, measures: measures ? normalizeMeasures(measures) : undefined }) as Partial<E>;
      const after = await updateWithVersion<E>(m, level.entity, { id, organizationId: user.organizationId }, version, changes);
      if (roleIds) await this.replaceRoles(m, level, user.organizationId, id, roleIds);
      const dto = level.toDto(after, roleIds ?? before.roleIds);
      await this.audit.record(m, user, { entityType: level.level, entityId: id, action: 'update', before, after: dto });
      return dto;
    });
  }

  /** A criterion's or an action's role ids, in their order. */
  private async roleIds<E extends NodeRow, D>(m: EntityManager, level: RoleLinkedLevel<E, D>, id: string): Promise<string[]> {
    const rows: { roleId: string }[] = await m.find(level.links, { where: { [level.key]: id }, order: { sortOrder: 'ASC' } });
    return rows.map((r) => r.roleId);
  }

  private async replaceRoles<E extends NodeRow, D>(m: EntityManager, level: RoleLinkedLevel<E, D>, organizationId: string, id: string, roleIds: string[]): Promise<void> {
    await m.delete(level.links, { [level.key]: id });
    if (roleIds.length) {
      await m.insert(level.links, roleIds.map((roleId, i) => ({ [level.key]: id, roleId, organizationId, sortOrder: i + 1 })));
    }
  }
}

function assertTargetFits(kind: string, target: number | null): void {
  const errors: FieldError[] = [];
  checkTarget(kind, target, 'yearlyTarget', errors);
  if (errors.length) throw new RequestValidationException(errors);
}

function describe(row: object): string {
  const r = row as { title?: string; text?: string };
  const text = r.title ?? r.text ?? '';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
