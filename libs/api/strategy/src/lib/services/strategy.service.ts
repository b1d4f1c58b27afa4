import { BadRequestException, Injectable } from '@nestjs/common';
import { conflict, notFound, RequestValidationException, updateWithVersion, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type {
  ChangeStrategyStatusInput,
  CopyStrategyInput,
  CreateStrategyInput,
  ReorderInput,
  SessionUser,
  StrategyDto,
  StrategyStatus,
  StrategySummaryDto,
  UpdateStrategyInput,
} from '@suunta/shared-domain';
import { STRATEGY_STATUS_TRANSITIONS } from '@suunta/shared-domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { FocusAreaEntity, ResponsibleRoleEntity, StrategyEntity } from '../entities';
import { toStrategyDto, toStrategySummaryDto } from './strategy.mappers';
import { actionContentOf, criterionContentOf, newDraftOf, strategyContentOf } from './strategy-content';
import { StrategyTreeService } from './strategy-tree.service';
import { assertDraft, deleteOrExplain, lockEditableStrategyOf, lockOwningStrategy, reorderSiblings, uniqueOrExplain } from './tree-access.util';
import { insertTree, PlannedTree } from './tree-writer';

const KEY_TAKEN = (code: string | null | undefined) => `A strategy with key "${code}" already exists in this organization`;

/** Strategies themselves: list, read, create, edit (drafts), status changes, copy, delete (drafts). */
@Injectable()
export class StrategyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trees: StrategyTreeService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Oldest first: by start date (or approval date), then creation, then key. A draft without
   * dates is the newest version being prepared, so it goes last.
   */
  async list(organizationId: string, status?: StrategyStatus): Promise<StrategySummaryDto[]> {
    const strategies = await this.dataSource.manager.find(StrategyEntity, { where: { organizationId, ...(status ? { status } : {}) } });
    const counts: { strategyId: string; n: number }[] = await this.dataSource.query(
      `SELECT fa.strategy_id AS "strategyId", count(*)::int AS n FROM focus_area fa WHERE fa.organization_id = $1 GROUP BY fa.strategy_id`,
      [organizationId],
    );
    const countOf = new Map(counts.map((c) => [c.strategyId, c.n]));
    const start = (s: StrategyEntity) => s.validFrom ?? s.approvedOn ?? (s.status === 'draft' ? '9999' : '');
    return strategies
      .sort(
        (a, b) =>
          start(a).localeCompare(start(b)) || a.createdAt.getTime() - b.createdAt.getTime() || (a.code ?? a.title).localeCompare(b.code ?? b.title),
      )
      .map((s) => toStrategySummaryDto(s, countOf.get(s.id) ?? 0));
  }

  async get(organizationId: string, id: string): Promise<StrategyDto> {
    return toStrategyDto(await this.require(this.dataSource.manager, organizationId, id));
  }

  async create(user: SessionUser, input: CreateStrategyInput): Promise<StrategyDto> {
    return this.dataSource.transaction(async (m) => {
      const row = m.create(StrategyEntity, {
        organizationId: user.organizationId,
        ...newDraftOf(input),
        ...strategyContentOf(input),
        predecessorId: null,
      });
      const saved = await uniqueOrExplain(KEY_TAKEN(input.code), () => m.save(row));
      await this.audit.record(m, user, { entityType: 'strategy', entityId: saved.id, action: 'create', after: saved });
      return toStrategyDto(saved);
    });
  }

  async update(user: SessionUser, id: string, input: UpdateStrategyInput): Promise<StrategyDto> {
    return this.dataSource.transaction(async (m) => {
      await lockEditableStrategyOf(m, 'strategy', user.organizationId, id);
      const before = await this.require(m, user.organizationId, id);
      const { version, ...fields } = input;
      const changes: Partial<StrategyEntity> = stripUndefined({
        ...fields,
        values: fields.values?.map((v) => ({ name: v.name, text: v.text })),
      });
      const validFrom = changes.validFrom !== undefined ? changes.validFrom : before.validFrom;
      const validTo = changes.validTo !== undefined ? changes.validTo : before.validTo;
      if (validFrom && validTo && validTo < validFrom) {
        throw new RequestValidationException([{ field: 'validTo', message: 'validTo must not be before validFrom', code: 'before_start' }]);
      }
      const after = await uniqueOrExplain(KEY_TAKEN(input.code), () =>
        updateWithVersion<StrategyEntity>(m, StrategyEntity, { id, organizationId: user.organizationId }, version, changes),
      );
      await this.audit.record(m, user, { entityType: 'strategy', entityId: id, action: 'update', before, after });
      return toStrategyDto(after);
    });
  }

  /**
   * The one change an approved or archived strategy accepts. Approving needs the approving body
   * and the date; archiving keeps them.
   */
  async changeStatus(user: SessionUser, id: string, input: ChangeStrategyStatusInput): Promise<StrategyDto> {
    return this.dataSource.transaction(async (m) => {
      const owning = await lockOwningStrategy(m, 'strategy', user.organizationId, id);
      const allowed = STRATEGY_STATUS_TRANSITIONS[owning.status];
      if (!allowed.includes(input.status)) {
        throw conflict(
          'strategy_status_transition',
          `A ${owning.status} strategy cannot become ${input.status}` + (allowed.length ? ` (only: ${allowed.join(', ')})` : ' (archived is final)'),
          { from: owning.status, to: input.status },
        );
      }
      const before = await this.require(m, user.organizationId, id);
      const changes: Partial<StrategyEntity> = { status: input.status };
      if (input.status === 'approved') {
        const errors = [];
        if (!input.approvedByRoleId) errors.push({ field: 'approvedByRoleId', message: 'approvedByRoleId is required when approving' });
        if (!input.approvedOn) errors.push({ field: 'approvedOn', message: 'approvedOn is required when approving' });
        if (errors.length) throw new RequestValidationException(errors);
        const body = await m.findOneBy(ResponsibleRoleEntity, { id: input.approvedByRoleId as string, organizationId: user.organizationId });
        if (!body) throw new RequestValidationException([{ field: 'approvedByRoleId', message: 'No such responsible role in this organization', code: 'unknown_role' }]);
        if (body.kind !== 'body') throw new RequestValidationException([{ field: 'approvedByRoleId', message: 'A strategy is approved by a body (e.g. the management group), not a person', code: 'approver_not_a_body' }]);
        if (body.retiredAt) throw new RequestValidationException([{ field: 'approvedByRoleId', message: `The responsible role "${body.code}" is retired`, code: 'role_retired' }]);
        const focusAreas = await m.countBy(FocusAreaEntity, { strategyId: id });
        if (focusAreas === 0) throw conflict('strategy_without_focus_areas', 'A strategy without focus areas cannot be approved');
        changes.approvedByRoleId = body.id;
        changes.approvedOn = input.approvedOn as string;
      } else if (input.approvedByRoleId || input.approvedOn) {
        throw new BadRequestException('approvedByRoleId and approvedOn are set only when approving');
      }
      const after = await updateWithVersion<StrategyEntity>(m, StrategyEntity, { id, organizationId: user.organizationId }, input.version, changes);
      await this.audit.record(m, user, {
        entityType: 'strategy',
        entityId: id,
        action: input.status === 'approved' ? 'approve' : 'archive',
        before: { status: before.status },
        after: { status: after.status, approvedByRoleId: after.approvedByRoleId, approvedOn: after.approvedOn },
      });
      return toStrategyDto(after);
    });
  }

  /** Only drafts can be deleted; approved and archived strategies are the record of what was decided. */
  async delete(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const owning = await lockOwningStrategy(m, 'strategy', user.organizationId, id);
      if (owning.status !== 'draft') {
        throw conflict('strategy_not_draft', `The strategy "${owning.title}" is ${owning.status}; only drafts can be deleted`, { title: owning.title, status: owning.status });
      }
      const before = await this.require(m, user.organizationId, id);
      if (version !== undefined && version !== before.version) {
        throw versionConflict(`Strategy ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
      }
      await deleteOrExplain(`The strategy "${before.title}"`, () => m.delete(StrategyEntity, { id, organizationId: user.organizationId }));
      await this.audit.record(m, user, { entityType: 'strategy', entityId: id, action: 'delete', before });
    });
  }

  /**
   * "Copy as new draft version": the whole tree under new ids, each focus area, CSF, criterion
   * and action pointing at the one it was copied from. Focus-area keys stay with the original.
   */
  async copy(user: SessionUser, id: string, input: CopyStrategyInput): Promise<StrategyDto> {
    return this.dataSource.transaction(async (m) => {
      const rows = await this.trees.rows(user.organizationId, id, m);
      const org = user.organizationId;
      const newId = new Map<string, string>();
      const renew = (oldId: string) => {
        const fresh = randomUUID();
        newId.set(oldId, fresh);
        return fresh;
      };
      const s = rows.strategy;
      const strategyId = randomUUID();
      const plan: PlannedTree = {
        strategy: {
          ...strategyContentOf(s),
          id: strategyId,
          organizationId: org,
          ...newDraftOf(input),
          predecessorId: s.id,
        },
        focusAreas: rows.focusAreas.map((fa) => ({
          id: renew(fa.id),
          organizationId: org,
          strategyId,
          code: null,
          title: fa.title,
          description: fa.description,
          sortOrder: fa.sortOrder,
          predecessorId: fa.id,
        })),
        csfs: [],
        criteria: [],
        criterionRoles: [],
        actions: [],
        actionRoles: [],
      };
      plan.csfs = rows.csfs.map((c) => ({
        id: renew(c.id),
        organizationId: org,
        focusAreaId: newId.get(c.focusAreaId) as string,
        title: c.title,
        description: c.description,
        sortOrder: c.sortOrder,
        predecessorId: c.id,
      }));
      plan.criteria = rows.criteria.map((c) => ({
        id: renew(c.id),
        organizationId: org,
        csfId: newId.get(c.csfId) as string,
        ...criterionContentOf(c),
        measures: c.measures,
        sortOrder: c.sortOrder,
        predecessorId: c.id,
      }));
      plan.criterionRoles = rows.criterionRoles.map((r, i) => ({ criterionId: newId.get(r.criterionId), roleId: r.roleId, organizationId: org, sortOrder: i + 1 }));
      plan.actions = rows.actions.map((a) => ({
        id: renew(a.id),
        organizationId: org,
        csfId: newId.get(a.csfId) as string,
        criterionId: a.criterionId ? (newId.get(a.criterionId) as string) : null,
        ...actionContentOf(a),
        measures: a.measures,
        sortOrder: a.sortOrder,
        predecessorId: a.id,
      }));
      plan.actionRoles = rows.actionRoles.map((r, i) => ({ actionId: newId.get(r.actionId), roleId: r.roleId, organizationId: org, sortOrder: i + 1 }));
      await uniqueOrExplain(KEY_TAKEN(input.code), () => insertTree(m, plan));
      const copy = await m.findOneByOrFail(StrategyEntity, { id: strategyId });
      await this.audit.record(m, user, {
        entityType: 'strategy',
        entityId: strategyId,
        action: 'copy',
        after: { copiedFrom: s.id, title: copy.title, focusAreas: plan.focusAreas.length, criteria: plan.criteria.length, actions: plan.actions.length },
      });
      return toStrategyDto(copy);
    });
  }

  async reorderFocusAreas(user: SessionUser, strategyId: string, input: ReorderInput): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const owning = await lockOwningStrategy(m, 'strategy', user.organizationId, strategyId);
      assertDraft(owning);
      await reorderSiblings(m, 'focus_area', 'strategy_id = $1', [strategyId], input.ids, 'focus areas');
      await this.audit.record(m, user, { entityType: 'strategy', entityId: strategyId, action: 'reorder_focus_areas', after: { ids: input.ids } });
    });
  }

  private async require(m: EntityManager, organizationId: string, id: string): Promise<StrategyEntity> {
    const strategy = await m.findOneBy(StrategyEntity, { id, organizationId });
    if (!strategy) throw notFound('strategy_not_found', `Strategy ${id} not found`, { id });
    return strategy;
  }
}

/** Drops the fields a PATCH left out, so only what the client sent is written. */
export function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
