import { Injectable } from '@nestjs/common';
import { canWriteRegion, domainError, notFound, RequestValidationException, updateWithVersion } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type {
  ApiErrorCode,
  PlanActionTargetInput,
  PlanDto,
  PlanOptionsDto,
  PlanSummaryDto,
  SessionUser,
} from '@suunta/shared-domain';
import { helsinkiDay, UNFINISHED_ACTION_STATUSES } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import {
  ApprovePlanDto,
  ChangeActionStatusDto,
  ClosePlanDto,
  CopyPlanDto,
  CreatePlanActionDto,
  CreatePlanDto,
  CreatePlanThemeDto,
  ReopenPlanDto,
  UpdatePlanActionDto,
  UpdatePlanDto,
  UpdatePlanThemeDto,
} from '../dto/plan.dto';
import { ActionPlanEntity, PlanActionEntity, PlanThemeEntity } from '../entities/plan.entities';
import { conflict, fieldError, PlanLockedException } from './plan-errors';
import { selectPlan, selectPlanSummaries } from './plan.queries';
import { nextTitle } from './plan-title.util';

type LinkTable = 'plan_action_region' | 'plan_action_role' | 'plan_action_person' | 'plan_action_criterion';
const LINK_COLUMN: Record<LinkTable, string> = {
  plan_action_region: 'region_id',
  plan_action_role: 'role_id',
  plan_action_person: 'person_id',
  plan_action_criterion: 'criterion_id',
};

/** What a plan may link to, read through the strategy domain's views (its README, "For other domains"). */
const OUTLINE_OF = { strategy: 'strategy_outline', responsible_role: 'responsible_role_outline', person: 'person_outline' } as const;

/**
 * Action plans, their themes and yearly actions. What a plan says (themes, actions, targets,
 * years, regions, roles, criteria) changes only while it is a draft; an approved plan answers
 * 423 until the management group reopens it. Every change is audited in the same transaction.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(user: SessionUser): Promise<PlanSummaryDto[]> {
    return selectPlanSummaries(this.dataSource.manager, user.organizationId);
  }

  async get(user: SessionUser, id: string): Promise<PlanDto> {
    const plan = await selectPlan(this.dataSource.manager, user.organizationId, id);
    if (!plan) throw notFound('plan_not_found', `Action plan ${id} not found`, { id });
    return plan;
  }

  async options(user: SessionUser, strategyId?: string): Promise<PlanOptionsDto> {
    const m = this.dataSource.manager;
    const org = user.organizationId;
    const [roles, people, focusAreas, criteria, strategies] = await Promise.all([
      // retired roles and people come marked: the form offers them only where an action already names them
      m.query(`SELECT id, code, name->>'fi' AS name, name AS "localizedName", retired FROM responsible_role_outline WHERE organization_id = $1 ORDER BY sort_order, code`, [org]),
      m.query(`SELECT id, code, name, retired FROM person_outline WHERE organization_id = $1 ORDER BY sort_order, name`, [org]),
      m.query(
        `SELECT fa.id, fa.code, fa.title, fa.strategy_id AS "strategyId" FROM focus_area_outline fa
         WHERE fa.organization_id = $1 AND ($2::uuid IS NULL OR fa.strategy_id = $2::uuid) ORDER BY fa.strategy_id, fa.sort_order`,
        [org, strategyId ?? null],
      ),
      m.query(
        `SELECT c.id, c.title, c.focus_area_id AS "focusAreaId", c.measurement_kind AS "measurementKind", c.unit, c.yearly_target AS "yearlyTarget"
         FROM criterion_outline c
         WHERE c.organization_id = $1 AND ($2::uuid IS NULL OR c.strategy_id = $2::uuid) ORDER BY c.focus_area_sort_order, c.csf_sort_order, c.sort_order`,
        [org, strategyId ?? null],
      ),
      m.query(`SELECT id, code, title, status FROM strategy_outline WHERE organization_id = $1 ORDER BY valid_from DESC NULLS LAST, code`, [org]),
    ]);
    return {
      roles,
      people,
      focusAreas,
      criteria: (criteria as PlanOptionsDto['criteria']).map((c) => ({ ...c, yearlyTarget: c.yearlyTarget === null ? null : Number(c.yearlyTarget) })),
      strategies,
    };
  }

  // ------------------------------------------------------------------ plans

  async create(user: SessionUser, dto: CreatePlanDto): Promise<PlanDto> {
    const id = await this.dataSource.transaction(async (m) => {
      await this.requireIds(m, user, 'strategy', [dto.strategyId], 'strategyId');
      if (dto.regionId) await this.requireRegions(m, user, [dto.regionId], 'regionId', null);
      const themes = dto.themes ?? [];
      const focusAreas = await this.requireFocusAreas(m, user, dto.strategyId, themes.map((t) => t.focusAreaId), 'themes');
      const plan = await m.getRepository(ActionPlanEntity).save(
        m.getRepository(ActionPlanEntity).create({
          organizationId: user.organizationId,
          strategyId: dto.strategyId,
          code: null,
          title: dto.title,
          regionId: dto.regionId ?? null,
          startYear: dto.startYear,
          status: 'draft',
        }),
      );
      for (const [index, theme] of themes.entries()) {
        await this.insertTheme(m, user, plan.id, theme, focusAreas.get(theme.focusAreaId) ?? '', index + 1);
      }
      await this.audit.record(m, user, { entityType: 'action_plan', entityId: plan.id, action: 'create', after: { ...plan, themes } });
      return plan.id;
    });
    return this.get(user, id);
  }

  async update(user: SessionUser, id: string, dto: UpdatePlanDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.lockPlan(m, user, id, 'update');
      this.assertDraft(before);
      const changes: Partial<ActionPlanEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.regionId !== undefined) {
        if (dto.regionId) {
          await this.requireRegions(m, user, [dto.regionId], 'regionId', null);
          // A regional plan may only hold actions of its region.
          const [outside] = await m.query(
            `SELECT 1 FROM plan_action_region x JOIN plan_action a ON a.id = x.action_id WHERE a.plan_id = $1 AND x.region_id <> $2 LIMIT 1`,
            [id, dto.regionId],
          );
          if (outside) throw fieldError('regionId', 'the plan has actions in other regions; change them first');
        }
        changes.regionId = dto.regionId ?? null;
      }
      const after = await updateWithVersion(m, ActionPlanEntity, { id, organizationId: user.organizationId }, dto.version, changes);
      await this.audit.record(m, user, { entityType: 'action_plan', entityId: id, action: 'update', before, after });
    });
    return this.get(user, id);
  }

  async approve(user: SessionUser, id: string, dto: ApprovePlanDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.lockPlan(m, user, id, 'update');
      if (before.status !== 'draft') throw conflict('plan_not_draft', `Only a draft can be approved; this plan is ${before.status}`, { status: before.status });
      const after = await updateWithVersion(m, ActionPlanEntity, { id, organizationId: user.organizationId }, dto.version, {
        status: 'approved',
        approvedOn: dto.approvedOn,
        approvedById: user.id,
      });
      await this.audit.record(m, user, { entityType: 'action_plan', entityId: id, action: 'approve', before, after });
    });
    return this.get(user, id);
  }

  async reopen(user: SessionUser, id: string, dto: ReopenPlanDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.lockPlan(m, user, id, 'update');
      if (before.status !== 'approved') {
        throw before.status === 'closed' ? conflict('plan_closed', 'A closed plan cannot be reopened') : conflict('plan_already_draft', 'The plan is already a draft');
      }
      const after = await updateWithVersion(m, ActionPlanEntity, { id, organizationId: user.organizationId }, dto.version, {
        status: 'draft',
        approvedOn: null,
        approvedById: null,
      });
      // The earlier approval (date, approver) stays in `before`; the reason is kept with it.
      await this.audit.record(m, user, { entityType: 'action_plan', entityId: id, action: 'reopen', before, after: { ...after, reason: dto.reason } });
    });
    return this.get(user, id);
  }

  async close(user: SessionUser, id: string, dto: ClosePlanDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.lockPlan(m, user, id, 'update');
      if (before.status !== 'approved') throw conflict('plan_not_approved', `Only an approved plan can be closed; this plan is ${before.status}`, { status: before.status });
      const after = await updateWithVersion(m, ActionPlanEntity, { id, organizationId: user.organizationId }, dto.version, {
        status: 'closed',
        closedAt: new Date(),
      });
      await this.audit.record(m, user, { entityType: 'action_plan', entityId: id, action: 'close', before, after });
    });
    return this.get(user, id);
  }

  /**
   * "Start the next plan from this one": a draft for the next two years with the same strategy,
   * region and themes, and every unfinished action (planned, in progress, postponed) carried into
   * its first year with a link back (`copied_from_id`). Done and cancelled actions stay behind.
   */
  async copyForward(user: SessionUser, id: string, dto: CopyPlanDto): Promise<PlanDto> {
    const newId = await this.dataSource.transaction(async (m) => {
      const source = await this.lockPlan(m, user, id, 'update');
      // a draft is no one's plan yet: the next plan is started from one that was approved (or closed)
      if (source.status === 'draft') throw conflict('plan_next_from_draft', 'The next plan is started from an approved or closed plan, not from a draft', { status: source.status });
      const [successor] = await m.query(`SELECT id FROM action_plan WHERE predecessor_id = $1`, [id]);
      if (successor) throw conflict('plan_successor_exists', `The next plan has already been started from this one (${successor.id})`, { id: successor.id });
      const startYear = source.startYear + 2;
      if (startYear > 2099) throw conflict('plan_year_out_of_range', 'The next plan would start after 2099', { year: 2099 });
      await statusContext(m, user);
      const plans = m.getRepository(ActionPlanEntity);
      const next = await plans.save(
        plans.create({
          organizationId: user.organizationId,
          strategyId: source.strategyId,
          code: null,
          title: dto.title ?? nextTitle(source.title, source.startYear),
          regionId: source.regionId,
          startYear,
          status: 'draft',
          predecessorId: source.id,
        }),
      );
      const themeMap: { old_id: string; new_id: string }[] = await m.query(
        `WITH src AS (SELECT id, focus_area_id, title, sort_order FROM action_plan_theme WHERE plan_id = $1),
              ins AS (INSERT INTO action_plan_theme (organization_id, plan_id, focus_area_id, title, sort_order)
                      SELECT $2, $3, focus_area_id, title, sort_order FROM src RETURNING id, focus_area_id)
         SELECT src.id AS old_id, ins.id AS new_id FROM src JOIN ins USING (focus_area_id)`,
        [id, user.organizationId, next.id],
      );
      // One INSERT … SELECT for the actions and one per link table: a fixed number of statements.
      const copied: { id: string; copied_from_id: string }[] = await m.query(
        `INSERT INTO plan_action (organization_id, plan_id, plan_start_year, theme_id, code, year, title, description, status,
                                  target_value, target_unit, target_date, copied_from_id, sort_order)
         SELECT a.organization_id, $2, $3, tm.new_id, a.code, $3, a.title, a.description,
                CASE WHEN a.status = 'in_progress' THEN 'in_progress' ELSE 'planned' END,
                a.target_value, a.target_unit,
                CASE WHEN a.target_date >= make_date($3, 1, 1) THEN a.target_date END,
                a.id, a.sort_order
         FROM plan_action a JOIN jsonb_to_recordset($4::jsonb) AS tm(old_id uuid, new_id uuid) ON tm.old_id = a.theme_id
         WHERE a.plan_id = $1 AND a.status = ANY($5::text[])
         ORDER BY a.year, a.sort_order
         RETURNING id, copied_from_id`,
        [id, next.id, startYear, JSON.stringify(themeMap), [...UNFINISHED_ACTION_STATUSES]],
      );
      for (const table of Object.keys(LINK_COLUMN) as LinkTable[]) {
        const col = LINK_COLUMN[table];
        await m.query(
          `INSERT INTO ${table} (action_id, ${col}, organization_id, sort_order)
           SELECT a.id, x.${col}, x.organization_id, x.sort_order FROM ${table} x JOIN plan_action a ON a.copied_from_id = x.action_id
           WHERE a.plan_id = $1`,
          [next.id],
        );
      }
      await this.audit.record(m, user, {
        entityType: 'action_plan',
        entityId: next.id,
        action: 'copy_forward',
        after: { ...next, copiedFromPlanId: id, copiedActions: copied.map((c) => ({ id: c.id, copiedFromId: c.copied_from_id })) },
      });
      return next.id;
    });
    return this.get(user, newId);
  }

  // ------------------------------------------------------------------ themes

  async addTheme(user: SessionUser, planId: string, dto: CreatePlanThemeDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const plan = await this.lockPlan(m, user, planId, 'share');
      this.assertDraft(plan);
      const focusAreas = await this.requireFocusAreas(m, user, plan.strategyId, [dto.focusAreaId], '');
      const [{ next }] = await m.query(`SELECT coalesce(max(sort_order), 0) + 1 AS next FROM action_plan_theme WHERE plan_id = $1`, [planId]);
      const theme = await this.insertTheme(m, user, planId, dto, focusAreas.get(dto.focusAreaId) ?? '', Number(next));
      await this.audit.record(m, user, { entityType: 'action_plan_theme', entityId: theme.id, action: 'create', after: theme });
    });
    return this.get(user, planId);
  }

  async updateTheme(user: SessionUser, planId: string, themeId: string, dto: UpdatePlanThemeDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const plan = await this.lockPlan(m, user, planId, 'share');
      const before = await this.requireTheme(m, user, planId, themeId);
      this.assertDraft(plan);
      const changes: Partial<PlanThemeEntity> = {};
      if (dto.focusAreaId !== undefined) {
        await this.requireFocusAreas(m, user, plan.strategyId, [dto.focusAreaId], '');
        changes.focusAreaId = dto.focusAreaId;
      }
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.sortOrder !== undefined) changes.sortOrder = dto.sortOrder;
      const after = await updateWithVersion(m, PlanThemeEntity, { id: themeId, planId }, dto.version, changes);
      await this.audit.record(m, user, { entityType: 'action_plan_theme', entityId: themeId, action: 'update', before, after });
    });
    return this.get(user, planId);
  }

  async deleteTheme(user: SessionUser, planId: string, themeId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const plan = await this.lockPlan(m, user, planId, 'share');
      const before = await this.requireTheme(m, user, planId, themeId);
      this.assertDraft(plan);
      const [used] = await m.query(`SELECT 1 FROM plan_action WHERE theme_id = $1 LIMIT 1`, [themeId]);
      if (used) throw conflict('plan_theme_has_actions', 'The theme still has actions: move or delete them first');
      await m.getRepository(PlanThemeEntity).delete({ id: themeId, planId });
      await this.audit.record(m, user, { entityType: 'action_plan_theme', entityId: themeId, action: 'delete', before });
    });
  }

  // ------------------------------------------------------------------ actions

  async createAction(user: SessionUser, planId: string, dto: CreatePlanActionDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const plan = await this.lockPlan(m, user, planId, 'share');
      this.assertDraft(plan);
      await this.insertAction(m, user, plan, dto);
    });
    return this.get(user, planId);
  }

  /**
   * For other domains (a steering group's decision in api-governance): a yearly action in the
   * plan **in force** for `regionId` and `year` — approved (not closed), covering the year, the
   * region's own plan before the organization-wide one — under the theme of `focusAreaId`.
   * The approved plan is not reopened: the body's decision is the authority for the addition,
   * and the audit row names it (`source`). Runs in the caller's transaction `m`, so the caller's
   * link to the action commits or rolls back with it. The caller decides who may ask.
   * 422 `plan_not_in_force` when no such plan has a theme for the focus area.
   */
  async createActionInForce(
    m: EntityManager,
    user: SessionUser,
    input: { regionId: string | null; year: number; focusAreaId: string; title: string; description?: string | null; source: Record<string, unknown> },
  ): Promise<{ actionId: string; planId: string }> {
    const [found]: { plan_id: string; theme_id: string }[] = await m.query(
      `SELECT p.id AS plan_id, t.id AS theme_id
         FROM action_plan p JOIN action_plan_theme t ON t.plan_id = p.id AND t.focus_area_id = $4
        WHERE p.organization_id = $1 AND p.status = 'approved' AND $3::int IN (p.start_year, p.start_year + 1)
          AND (p.region_id IS NULL OR p.region_id = $2)
        ORDER BY (p.region_id IS NULL), p.start_year DESC, p.id
        LIMIT 1`,
      [user.organizationId, input.regionId, input.year, input.focusAreaId],
    );
    if (!found) throw domainError('plan_not_in_force', 422, `No approved action plan for ${input.year} has a theme for this focus area`, { year: input.year });
    const plan = await this.lockPlan(m, user, found.plan_id, 'share');
    const actionId = await this.insertAction(
      m,
      user,
      plan,
      { themeId: found.theme_id, year: input.year, title: input.title, description: input.description ?? null, regionIds: input.regionId ? [input.regionId] : [], roleIds: [] },
      input.source,
    );
    return { actionId, planId: plan.id };
  }

  /** The title, year and plan of actions of the organization (unknown ids are left out). */
  async actionRefs(organizationId: string, ids: string[], m: EntityManager = this.dataSource.manager): Promise<{ id: string; planId: string; title: string; year: number }[]> {
    if (ids.length === 0) return [];
    return m.query(
      `SELECT id, plan_id AS "planId", title, year FROM plan_action WHERE organization_id = $1 AND id = ANY($2::uuid[]) ORDER BY year, sort_order, id`,
      [organizationId, ids],
    );
  }

  private async insertAction(m: EntityManager, user: SessionUser, plan: ActionPlanEntity, dto: CreatePlanActionDto, source?: Record<string, unknown>): Promise<string> {
    await this.validateAction(m, user, plan, dto);
    const target = normalizeTarget(dto.target);
    const [{ next }] = await m.query(`SELECT coalesce(max(sort_order), 0) + 1 AS next FROM plan_action WHERE plan_id = $1`, [plan.id]);
    await statusContext(m, user);
    const repo = m.getRepository(PlanActionEntity);
    const action = await repo.save(
      repo.create({
        organizationId: user.organizationId,
        planId: plan.id,
        planStartYear: plan.startYear,
        themeId: dto.themeId,
        code: null,
        year: dto.year,
        title: dto.title,
        description: dto.description ?? null,
        status: dto.status ?? 'planned',
        targetValue: target.value,
        targetUnit: target.unit,
        targetDate: target.milestoneDate,
        copiedFromId: null,
        sortOrder: dto.sortOrder ?? Number(next),
      }),
    );
    const links = await this.writeLinks(m, user, action.id, dto);
    await this.audit.record(m, user, { entityType: 'plan_action', entityId: action.id, action: 'create', after: { ...action, ...links, ...(source ? { source } : {}) } });
    return action.id;
  }

  async updateAction(user: SessionUser, planId: string, actionId: string, dto: UpdatePlanActionDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const plan = await this.lockPlan(m, user, planId, 'share');
      const before = await this.requireAction(m, user, planId, actionId);
      this.assertDraft(plan);
      await this.validateAction(m, user, plan, dto);
      if (dto.year !== undefined && dto.year !== before.year) {
        const [logged] = await m.query(`SELECT 1 FROM progress_entry WHERE action_id = $1 LIMIT 1`, [actionId]);
        if (logged) throw conflict('plan_action_has_progress', 'Progress has been logged for this action in its year; it cannot move to another year');
      }
      if (dto.regionIds !== undefined) {
        const [orphan] = await m.query(
          `SELECT 1 FROM progress_entry WHERE action_id = $1 AND retracted_at IS NULL AND NOT (region_id = ANY($2::uuid[])) LIMIT 1`,
          [actionId, dto.regionIds],
        );
        if (orphan) throw fieldError('regionIds', 'progress has been logged in a region you are removing');
      }
      const changes: Partial<PlanActionEntity> = {};
      if (dto.themeId !== undefined) changes.themeId = dto.themeId;
      if (dto.year !== undefined) changes.year = dto.year;
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.description !== undefined) changes.description = dto.description ?? null;
      if (dto.status !== undefined) changes.status = dto.status;
      if (dto.statusEffectiveOn !== undefined && (dto.status === undefined || dto.status === before.status)) {
        throw statusDateError('statusEffectiveOn', 'not_allowed', 'statusEffectiveOn is given only with a new status');
      }
      if (dto.status !== undefined && dto.status !== before.status) {
        await statusContext(m, user, await this.checkEffectiveOn(m, plan, actionId, dto.statusEffectiveOn, 'statusEffectiveOn'));
      }
      if (dto.sortOrder !== undefined) changes.sortOrder = dto.sortOrder;
      if (dto.target !== undefined) {
        const target = normalizeTarget(dto.target);
        Object.assign(changes, { targetValue: target.value, targetUnit: target.unit, targetDate: target.milestoneDate });
      }
      const beforeLinks = await this.readLinks(m, actionId);
      const after = await updateWithVersion(m, PlanActionEntity, { id: actionId, planId }, dto.version, changes);
      const links = await this.writeLinks(m, user, actionId, dto);
      await this.audit.record(m, user, {
        entityType: 'plan_action',
        entityId: actionId,
        action: 'update',
        before: { ...before, ...beforeLinks },
        after: { ...after, ...beforeLinks, ...links },
      });
    });
    return this.get(user, planId);
  }

  /** Execution status may change in an approved plan (it is progress, not what the plan promised). */
  async changeActionStatus(user: SessionUser, planId: string, actionId: string, dto: ChangeActionStatusDto): Promise<PlanDto> {
    await this.dataSource.transaction(async (m) => {
      const plan = await this.lockPlan(m, user, planId, 'share');
      const before = await this.requireAction(m, user, planId, actionId);
      if (plan.status === 'closed') throw new PlanLockedException('closed');
      const { region_ids: regionIds } = (await m.query(`SELECT coalesce(array_agg(region_id::text), '{}'::text[]) AS region_ids FROM plan_action_region WHERE action_id = $1`, [actionId]))[0];
      // A planner changes the status only of actions done entirely in their regions.
      if (!(regionIds as string[]).every((r) => canWriteRegion(user, r))) {
        throw domainError('region_forbidden', 403, 'You may not change actions of other regions');
      }
      const effectiveOn = dto.status !== before.status ? await this.checkEffectiveOn(m, plan, actionId, dto.effectiveOn, 'effectiveOn') : null;
      // the trigger on plan_action records the change (plan_action_status_change) in this transaction
      await statusContext(m, user, effectiveOn);
      const after = await updateWithVersion(m, PlanActionEntity, { id: actionId, planId }, dto.version, { status: dto.status });
      await this.audit.record(m, user, {
        entityType: 'plan_action',
        entityId: actionId,
        action: 'status_change',
        before,
        after: effectiveOn ? { ...after, statusEffectiveOn: effectiveOn } : after,
      });
    });
    return this.get(user, planId);
  }

  async deleteAction(user: SessionUser, planId: string, actionId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const plan = await this.lockPlan(m, user, planId, 'share');
      const before = await this.requireAction(m, user, planId, actionId);
      this.assertDraft(plan);
      const [logged] = await m.query(`SELECT 1 FROM progress_entry WHERE action_id = $1 LIMIT 1`, [actionId]);
      if (logged) throw conflict('plan_action_has_progress', 'Progress has been logged for this action; it cannot be deleted (cancel it instead)');
      const [successor] = await m.query(`SELECT 1 FROM plan_action WHERE copied_from_id = $1 LIMIT 1`, [actionId]);
      if (successor) throw conflict('plan_action_carried_forward', 'The action has been carried into the next plan; it cannot be deleted');
      const links = await this.readLinks(m, actionId);
      await m.getRepository(PlanActionEntity).delete({ id: actionId, planId });
      await this.audit.record(m, user, { entityType: 'plan_action', entityId: actionId, action: 'delete', before: { ...before, ...links } });
    });
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The day a status change takes effect, checked: not in the future, not before the plan's period
   * starts, not before the action's previous status change (so today's status stays the latest).
   * Without a day: null (the trigger takes today, or the period start if later).
   */
  private async checkEffectiveOn(m: EntityManager, plan: ActionPlanEntity, actionId: string, effectiveOn: string | undefined, field: string): Promise<string | null> {
    if (effectiveOn === undefined) return null;
    const today = helsinkiDay();
    const periodStart = `${plan.startYear}-01-01`;
    if (effectiveOn > today) throw statusDateError(field, 'status_effective_in_future', `${field} must not be in the future (today is ${today})`);
    if (effectiveOn < periodStart) throw statusDateError(field, 'status_effective_before_period', `${field} must not be before the plan period starts (${periodStart})`);
    const [{ last }] = await m.query(`SELECT max(effective_on)::text AS last FROM plan_action_status_change WHERE action_id = $1`, [actionId]);
    if (last && effectiveOn < last) throw statusDateError(field, 'status_effective_before_last_change', `${field} must not be before the previous status change (${last})`);
    return effectiveOn;
  }

  /** Loads the plan of the user's organization and locks its row (404 for unknown or foreign ids). */
  private async lockPlan(m: EntityManager, user: SessionUser, id: string, mode: 'update' | 'share'): Promise<ActionPlanEntity> {
    const plan = await m
      .getRepository(ActionPlanEntity)
      .createQueryBuilder('p')
      .where('p.id = :id AND p.organization_id = :org', { id, org: user.organizationId })
      .setLock(mode === 'update' ? 'pessimistic_write' : 'pessimistic_read')
      .getOne();
    if (!plan) throw notFound('plan_not_found', `Action plan ${id} not found`, { id });
    return plan;
  }

  private assertDraft(plan: ActionPlanEntity): void {
    if (plan.status !== 'draft') throw new PlanLockedException(plan.status);
  }

  private async requireTheme(m: EntityManager, user: SessionUser, planId: string, themeId: string): Promise<PlanThemeEntity> {
    const theme = await m.getRepository(PlanThemeEntity).findOneBy({ id: themeId, planId, organizationId: user.organizationId });
    if (!theme) throw notFound('plan_theme_not_found', `Theme ${themeId} not found in plan ${planId}`, { id: themeId });
    return theme;
  }

  private async requireAction(m: EntityManager, user: SessionUser, planId: string, actionId: string): Promise<PlanActionEntity> {
    const action = await m.getRepository(PlanActionEntity).findOneBy({ id: actionId, planId, organizationId: user.organizationId });
    if (!action) throw notFound('plan_action_not_found', `Action ${actionId} not found in plan ${planId}`, { id: actionId });
    return action;
  }

  private async insertTheme(m: EntityManager, user: SessionUser, planId: string, dto: CreatePlanThemeDto, focusAreaTitle: string, sortOrder: number) {
    const [duplicate] = await m.query(`SELECT 1 FROM action_plan_theme WHERE plan_id = $1 AND focus_area_id = $2`, [planId, dto.focusAreaId]);
    if (duplicate) throw conflict('plan_theme_duplicate', 'The plan already has a theme for this focus area');
    const repo = m.getRepository(PlanThemeEntity);
    return repo.save(
      repo.create({ organizationId: user.organizationId, planId, focusAreaId: dto.focusAreaId, title: dto.title || focusAreaTitle, sortOrder }),
    );
  }

  /** Every id must exist in the user's organization (a 400 naming the field otherwise). */
  private async requireIds(m: EntityManager, user: SessionUser, kind: keyof typeof OUTLINE_OF, ids: string[], field: string): Promise<void> {
    if (ids.length === 0) return;
    const rows: { id: string }[] = await m.query(`SELECT id FROM ${OUTLINE_OF[kind]} WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [user.organizationId, ids]);
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.findIndex((i) => !found.has(i));
    if (missing >= 0) throw fieldError(ids.length === 1 && !field.endsWith('s') ? field : `${field}.${missing}`, `unknown ${kind.replace('_', ' ')}`);
  }

  private async requireRegions(m: EntityManager, user: SessionUser, ids: string[], field: string, planRegionId: string | null): Promise<void> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM region WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [user.organizationId, ids]);
    const found = new Set(rows.map((r) => r.id));
    ids.forEach((id, i) => {
      const path = field === 'regionId' ? field : `${field}.${i}`;
      if (!found.has(id)) throw fieldError(path, 'unknown region');
      if (planRegionId && id !== planRegionId) throw fieldError(path, "a regional plan's actions are done in the plan's region only");
    });
  }

  /** Focus areas must belong to the plan's strategy; returns their titles. */
  private async requireFocusAreas(m: EntityManager, user: SessionUser, strategyId: string, ids: string[], field: string): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; title: string }[] = await m.query(
      `SELECT id, title FROM focus_area_outline WHERE organization_id = $1 AND strategy_id = $2 AND id = ANY($3::uuid[])`,
      [user.organizationId, strategyId, ids],
    );
    const titles = new Map(rows.map((r) => [r.id, r.title]));
    ids.forEach((id, i) => {
      if (!titles.has(id)) throw fieldError(field ? `${field}.${i}.focusAreaId` : 'focusAreaId', "not a focus area of the plan's strategy");
      if (ids.indexOf(id) !== i) throw fieldError(`${field}.${i}.focusAreaId`, 'each focus area may be a theme only once');
    });
    return titles;
  }

  private async validateAction(m: EntityManager, user: SessionUser, plan: ActionPlanEntity, dto: Partial<CreatePlanActionDto>): Promise<void> {
    if (dto.themeId !== undefined) {
      const [theme] = await m.query(`SELECT 1 FROM action_plan_theme WHERE id = $1 AND plan_id = $2`, [dto.themeId, plan.id]);
      if (!theme) throw fieldError('themeId', 'not a theme of this plan');
    }
    if (dto.year !== undefined && dto.year !== plan.startYear && dto.year !== plan.startYear + 1) {
      throw fieldError('year', `must be ${plan.startYear} or ${plan.startYear + 1}, the years of the plan`);
    }
    if (dto.regionIds !== undefined) await this.requireRegions(m, user, dto.regionIds, 'regionIds', plan.regionId);
    if (dto.roleIds !== undefined) await this.requireIds(m, user, 'responsible_role', dto.roleIds, 'roleIds');
    if (dto.personIds !== undefined) await this.requireIds(m, user, 'person', dto.personIds, 'personIds');
    if (dto.criterionIds !== undefined && dto.criterionIds.length > 0) {
      const rows: { id: string }[] = await m.query(
        `SELECT c.id FROM criterion_outline c WHERE c.organization_id = $1 AND c.strategy_id = $2 AND c.id = ANY($3::uuid[])`,
        [user.organizationId, plan.strategyId, dto.criterionIds],
      );
      const found = new Set(rows.map((r) => r.id));
      const missing = dto.criterionIds.findIndex((c) => !found.has(c));
      if (missing >= 0) throw fieldError(`criterionIds.${missing}`, "not a criterion of the plan's strategy");
    }
    if (dto.target) normalizeTarget(dto.target);
  }

  private async writeLinks(m: EntityManager, user: SessionUser, actionId: string, dto: Partial<CreatePlanActionDto>) {
    const sets: [LinkTable, string[] | undefined][] = [
      ['plan_action_region', dto.regionIds],
      ['plan_action_role', dto.roleIds],
      ['plan_action_person', dto.personIds],
      ['plan_action_criterion', dto.criterionIds],
    ];
    for (const [table, ids] of sets) {
      if (ids === undefined) continue;
      const col = LINK_COLUMN[table];
      await m.query(`DELETE FROM ${table} WHERE action_id = $1`, [actionId]);
      if (ids.length > 0) {
        await m.query(
          `INSERT INTO ${table} (action_id, ${col}, organization_id, sort_order)
           SELECT $1, x.id, $2, x.ord FROM unnest($3::uuid[]) WITH ORDINALITY AS x(id, ord)`,
          [actionId, user.organizationId, ids],
        );
      }
    }
    return Object.fromEntries(sets.filter(([, ids]) => ids !== undefined).map(([t, ids]) => [LINK_COLUMN[t].replace('_id', 'Ids'), ids]));
  }

  private async readLinks(m: EntityManager, actionId: string): Promise<Record<string, string[]>> {
    const [row] = await m.query(
      `SELECT
         coalesce((SELECT array_agg(region_id::text ORDER BY sort_order) FROM plan_action_region WHERE action_id = $1), '{}'::text[]) AS "regionIds",
         coalesce((SELECT array_agg(role_id::text ORDER BY sort_order) FROM plan_action_role WHERE action_id = $1), '{}'::text[]) AS "roleIds",
         coalesce((SELECT array_agg(person_id::text ORDER BY sort_order) FROM plan_action_person WHERE action_id = $1), '{}'::text[]) AS "personIds",
         coalesce((SELECT array_agg(criterion_id::text ORDER BY sort_order) FROM plan_action_criterion WHERE action_id = $1), '{}'::text[]) AS "criterionIds"`,
      [actionId],
    );
    return row;
  }
}

/** A target is a number with its unit, a milestone date, both, or nothing. */
function normalizeTarget(target: PlanActionTargetInput | null | undefined): { value: number | null; unit: string | null; milestoneDate: string | null } {
  const value = target?.value ?? null;
  const unit = target?.unit ?? null;
  if (value === null && unit !== null) throw fieldError('target.unit', 'a unit needs a target value');
  return { value, unit: value === null ? null : unit, milestoneDate: target?.milestoneDate ?? null };
}

/**
 * Who changes statuses in this transaction, and from which day a status change takes effect
 * (null: the trigger's default, today) — read by the trigger that writes the status history
 * (`plan_action_status_change`, migration 1766200000000). Transaction-local settings.
 */
async function statusContext(m: EntityManager, user: SessionUser, effectiveOn: string | null = null): Promise<void> {
  await m.query(`SELECT set_config('suunta.actor_id', $1, true), set_config('suunta.status_effective_on', $2, true)`, [user.id ?? '', effectiveOn ?? '']);
}

function statusDateError(field: string, code: ApiErrorCode, message: string): RequestValidationException {
  return new RequestValidationException([{ field, message, code }]);
}
