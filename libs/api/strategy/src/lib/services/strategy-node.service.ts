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
  ReorderInput,
  SessionUser,
  StrategyActionDto,
  UpdateCriticalSuccessFactorInput,
  UpdateEvaluationCriterionInput,
  UpdateFocusAreaInput,
  UpdateStrategyActionInput,
} from '@suunta/shared-domain';
import { NUMERIC_TARGET_KINDS } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
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
  LEVEL_LABEL,
  lockEditableStrategyOf,
  nextSortOrder,
  reorderSiblings,
  TreeLevel,
  uniqueOrExplain,
} from './tree-access.util';
import { actionContentOf, criterionContentOf } from './strategy-content';
import { normalizeMeasures } from './tree-writer';

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
      const saved = await uniqueOrExplain(FOCUS_AREA_KEY_TAKEN(input.code), () =>
        m.save(
          m.create(FocusAreaEntity, {
            organizationId: user.organizationId,
            strategyId,
            code: input.code ?? null,
            title: input.title,
            description: input.description ?? null,
            sortOrder,
            predecessorId: null,
          }),
        ),
      );
      await this.audit.record(m, user, { entityType: 'focus_area', entityId: saved.id, action: 'create', after: saved });
      return toFocusAreaDto(saved);
    });
  }

  async updateFocusArea(user: SessionUser, id: string, input: UpdateFocusAreaInput): Promise<FocusAreaDto> {
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'focus_area', user.organizationId, id);
      const before = await this.require(m, FocusAreaEntity, 'focus_area', user.organizationId, id);
      const { version, ...fields } = input;
      const after = await uniqueOrExplain(FOCUS_AREA_KEY_TAKEN(input.code), () =>
        updateWithVersion<FocusAreaEntity>(m, FocusAreaEntity, { id, organizationId: user.organizationId }, version, stripUndefined(fields)),
      );
      await this.audit.record(m, user, { entityType: 'focus_area', entityId: id, action: 'update', before, after });
      return toFocusAreaDto(after);
    });
  }

  async deleteFocusArea(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.deleteNode(user, FocusAreaEntity, 'focus_area', id, version);
  }

  async reorderCsfs(user: SessionUser, focusAreaId: string, input: ReorderInput): Promise<void> {
    await this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'focus_area', user.organizationId, focusAreaId);
      await reorderSiblings(m, 'critical_success_factor', 'focus_area_id = $1', [focusAreaId], input.ids, 'critical success factors');
      await this.audit.record(m, user, { entityType: 'focus_area', entityId: focusAreaId, action: 'reorder_csfs', after: { ids: input.ids } });
    });
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
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'critical_success_factor', user.organizationId, id);
      const before = await this.require(m, CriticalSuccessFactorEntity, 'critical_success_factor', user.organizationId, id);
      const { version, ...fields } = input;
      const after = await updateWithVersion<CriticalSuccessFactorEntity>(m, CriticalSuccessFactorEntity, { id, organizationId: user.organizationId }, version, stripUndefined(fields));
      await this.audit.record(m, user, { entityType: 'critical_success_factor', entityId: id, action: 'update', before, after });
      return toCsfDto(after);
    });
  }

  async deleteCsf(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.deleteNode(user, CriticalSuccessFactorEntity, 'critical_success_factor', id, version);
  }

  async reorderCriteria(user: SessionUser, csfId: string, input: ReorderInput): Promise<void> {
    await this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'critical_success_factor', user.organizationId, csfId);
      await reorderSiblings(m, 'evaluation_criterion', 'csf_id = $1', [csfId], input.ids, 'criteria');
      await this.audit.record(m, user, { entityType: 'critical_success_factor', entityId: csfId, action: 'reorder_criteria', after: { ids: input.ids } });
    });
  }

  /** Actions that belong to the CSF itself (not to one of its criteria). */
  async reorderCsfActions(user: SessionUser, csfId: string, input: ReorderInput): Promise<void> {
    await this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'critical_success_factor', user.organizationId, csfId);
      await reorderSiblings(m, 'strategy_action', 'csf_id = $1 AND criterion_id IS NULL', [csfId], input.ids, 'actions');
      await this.audit.record(m, user, { entityType: 'critical_success_factor', entityId: csfId, action: 'reorder_actions', after: { ids: input.ids } });
    });
  }

  // ------------------------------------------------------------------ criteria

  async getCriterion(organizationId: string, id: string): Promise<EvaluationCriterionDto> {
    const m = this.dataSource.manager;
    const criterion = await this.require(m, EvaluationCriterionEntity, 'evaluation_criterion', organizationId, id);
    return toCriterionDto(criterion, await this.criterionRoleIds(m, id));
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
      await this.replaceCriterionRoles(m, user.organizationId, saved.id, roleIds);
      const dto = toCriterionDto(saved, roleIds);
      await this.audit.record(m, user, { entityType: 'evaluation_criterion', entityId: saved.id, action: 'create', after: dto });
      return dto;
    });
  }

  async updateCriterion(user: SessionUser, id: string, input: UpdateEvaluationCriterionInput): Promise<EvaluationCriterionDto> {
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'evaluation_criterion', user.organizationId, id);
      const current = await this.require(m, EvaluationCriterionEntity, 'evaluation_criterion', user.organizationId, id);
      const before = toCriterionDto(current, await this.criterionRoleIds(m, id));
      const { version, roleIds, measures, ...fields } = input;
      await assertRolesExist(m, user.organizationId, roleIds, 'roleIds', before.roleIds);
      // the kind and the target are checked together, as they will be stored; switching to a
      // kind without a numeric target drops the old target instead of failing on it
      const kind = fields.measurementKind ?? current.measurementKind;
      if (fields.yearlyTarget === undefined && fields.measurementKind && !NUMERIC_TARGET_KINDS.includes(kind)) {
        fields.yearlyTarget = null;
      }
      const target = fields.yearlyTarget !== undefined ? fields.yearlyTarget : current.yearlyTarget;
      assertTargetFits(kind, target ?? null);
      const changes: Partial<EvaluationCriterionEntity> = stripUndefined({ ...fields, measures: measures ? normalizeMeasures(measures) : undefined });
      const after = await updateWithVersion<EvaluationCriterionEntity>(m, EvaluationCriterionEntity, { id, organizationId: user.organizationId }, version, changes);
      if (roleIds) await this.replaceCriterionRoles(m, user.organizationId, id, roleIds);
      const dto = toCriterionDto(after, roleIds ?? before.roleIds);
      await this.audit.record(m, user, { entityType: 'evaluation_criterion', entityId: id, action: 'update', before, after: dto });
      return dto;
    });
  }

  async deleteCriterion(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.deleteNode(user, EvaluationCriterionEntity, 'evaluation_criterion', id, version);
  }

  async reorderCriterionActions(user: SessionUser, criterionId: string, input: ReorderInput): Promise<void> {
    await this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'evaluation_criterion', user.organizationId, criterionId);
      await reorderSiblings(m, 'strategy_action', 'criterion_id = $1', [criterionId], input.ids, 'actions');
      await this.audit.record(m, user, { entityType: 'evaluation_criterion', entityId: criterionId, action: 'reorder_actions', after: { ids: input.ids } });
    });
  }

  // ------------------------------------------------------------------ actions

  async getAction(organizationId: string, id: string): Promise<StrategyActionDto> {
    const m = this.dataSource.manager;
    const action = await this.require(m, StrategyActionEntity, 'strategy_action', organizationId, id);
    return toActionDto(action, await this.actionRoleIds(m, id));
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
      await this.replaceActionRoles(m, user.organizationId, saved.id, roleIds);
      const dto = toActionDto(saved, roleIds);
      await this.audit.record(m, user, { entityType: 'strategy_action', entityId: saved.id, action: 'create', after: dto });
      return dto;
    });
  }

  async updateAction(user: SessionUser, id: string, input: UpdateStrategyActionInput): Promise<StrategyActionDto> {
    return this.write(user, async (m) => {
      await lockEditableStrategyOf(m, 'strategy_action', user.organizationId, id);
      const current = await this.require(m, StrategyActionEntity, 'strategy_action', user.organizationId, id);
      const before = toActionDto(current, await this.actionRoleIds(m, id));
      const { version, roleIds, measures, ...fields } = input;
      await assertRolesExist(m, user.organizationId, roleIds, 'roleIds', before.roleIds);
      const changes: Partial<StrategyActionEntity> = stripUndefined({ ...fields, measures: measures ? normalizeMeasures(measures) : undefined });
      const after = await updateWithVersion<StrategyActionEntity>(m, StrategyActionEntity, { id, organizationId: user.organizationId }, version, changes);
      if (roleIds) await this.replaceActionRoles(m, user.organizationId, id, roleIds);
      const dto = toActionDto(after, roleIds ?? before.roleIds);
      await this.audit.record(m, user, { entityType: 'strategy_action', entityId: id, action: 'update', before, after: dto });
      return dto;
    });
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

  private async criterionRoleIds(m: EntityManager, criterionId: string): Promise<string[]> {
    const rows = await m.find(EvaluationCriterionRoleEntity, { where: { criterionId }, order: { sortOrder: 'ASC' } });
    return rows.map((r) => r.roleId);
  }

  private async actionRoleIds(m: EntityManager, actionId: string): Promise<string[]> {
    const rows = await m.find(StrategyActionRoleEntity, { where: { actionId }, order: { sortOrder: 'ASC' } });
    return rows.map((r) => r.roleId);
  }

  private async replaceCriterionRoles(m: EntityManager, organizationId: string, criterionId: string, roleIds: string[]): Promise<void> {
    await m.delete(EvaluationCriterionRoleEntity, { criterionId });
    if (roleIds.length) {
      await m.insert(EvaluationCriterionRoleEntity, roleIds.map((roleId, i) => ({ criterionId, roleId, organizationId, sortOrder: i + 1 })));
    }
  }

  private async replaceActionRoles(m: EntityManager, organizationId: string, actionId: string, roleIds: string[]): Promise<void> {
    await m.delete(StrategyActionRoleEntity, { actionId });
    if (roleIds.length) {
      await m.insert(StrategyActionRoleEntity, roleIds.map((roleId, i) => ({ actionId, roleId, organizationId, sortOrder: i + 1 })));
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
