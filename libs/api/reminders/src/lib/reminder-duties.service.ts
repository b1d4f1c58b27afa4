import { ConflictException, Injectable } from '@nestjs/common';
import { AccountRosterService, AuditService } from '@suunta/api-accounts';
import { notFound, RequestValidationException, versionConflict } from '@suunta/api-core';
import { YearlyActionCatalogService } from '@suunta/api-plans';
import { CriterionCatalogService, StrategyReadService } from '@suunta/api-strategy';
import { helsinkiYear } from '@suunta/shared-domain';
import type {
  MissingOwnerItemDto,
  MissingOwnersDto,
  ReminderCadence,
  ReminderDutyDto,
  ReminderOwnerRole,
  ReminderSettingsDto,
  ReminderSubjectKind,
  SessionUser,
  SetReminderDutyInput,
  UpdateReminderSettingsInput,
} from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from './clock';

interface DutyRow {
  id: string;
  criterion_id: string | null;
  action_id: string | null;
  owner_user_id: string | null;
  owner_role: ReminderOwnerRole | null;
  cadence: ReminderCadence;
  version: number;
}

export const DEFAULT_LEAD_DAYS = 7;

/**
 * Duties (who keeps an item up to date, and how often), the organization's reminder setting and
 * the missing-owner monitor. Writes are transactional and audited; replacing or removing a duty
 * needs its current `version` (409 otherwise). Criteria, actions and people are read through their
 * owners' exports.
 */
@Injectable()
export class ReminderDutiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly roster: AccountRosterService,
    private readonly criteria: CriterionCatalogService,
    private readonly strategies: StrategyReadService,
    private readonly actions: YearlyActionCatalogService,
    private readonly clock: Clock,
  ) {}

  /** Every duty of the organization, with its item's title and its owner's name. */
  async list(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<ReminderDutyDto[]> {
    const rows: DutyRow[] = await manager.query(
      `SELECT id, criterion_id, action_id, owner_user_id, owner_role, cadence, version FROM reminder_duty WHERE organization_id = $1 ORDER BY created_at, id`,
      [organizationId],
    );
    return this.toDtos(manager, organizationId, rows);
  }

  /** Creates the item's duty, or replaces it (then `version` must be the current one). */
  async set(user: SessionUser, input: SetReminderDutyInput): Promise<ReminderDutyDto> {
    const ownerUserId = input.ownerUserId ?? null;
    const ownerRole = input.ownerRole ?? null;
    if (ownerUserId && ownerRole) {
      throw new RequestValidationException([{ field: 'ownerRole', code: 'not_allowed', message: 'Give either ownerUserId or ownerRole, not both' }]);
    }
    if (!ownerUserId && !ownerRole) {
      throw new RequestValidationException([{ field: 'ownerUserId', code: 'required', message: 'Give ownerUserId (a person) or ownerRole (planner, management)' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.checkSubject(manager, user.organizationId, input.subjectKind, input.subjectId);
      if (ownerUserId) {
        const person = (await this.roster.roster(user.organizationId, manager)).find((p) => p.id === ownerUserId);
        if (!person) throw new RequestValidationException([{ field: 'ownerUserId', code: 'user_not_found', message: `No user ${ownerUserId} in the organization` }]);
        if (person.status === 'disabled') throw new RequestValidationException([{ field: 'ownerUserId', code: 'account_disabled', message: 'The user is disabled and gets no reminders' }]);
      }
      const column = input.subjectKind === 'criterion' ? 'criterion_id' : 'action_id';
      const [existing]: DutyRow[] = await manager.query(
        `SELECT id, criterion_id, action_id, owner_user_id, owner_role, cadence, version FROM reminder_duty WHERE organization_id = $1 AND ${column} = $2 FOR UPDATE`,
        [user.organizationId, input.subjectId],
      );
      if (existing) {
        const before = (await this.toDtos(manager, user.organizationId, [existing]))[0];
        if (input.version === undefined || input.version !== existing.version) throw stale(existing.id, input.version ?? null, before);
        await manager.query(
          `UPDATE reminder_duty SET owner_user_id = $2, owner_role = $3, cadence = $4, version = version + 1, updated_at = now() WHERE id = $1`,
          [existing.id, ownerUserId, ownerRole, input.cadence],
        );
        const after = await this.get(manager, user.organizationId, existing.id);
        await this.audit.record(manager, user, { entityType: 'reminder_duty', entityId: existing.id, action: 'update', before, after });
        return after;
      }
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO reminder_duty (organization_id, ${column}, owner_user_id, owner_role, cadence) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [user.organizationId, input.subjectId, ownerUserId, ownerRole, input.cadence],
      );
      const after = await this.get(manager, user.organizationId, id);
      await this.audit.record(manager, user, { entityType: 'reminder_duty', entityId: id, action: 'create', before: null, after });
      return after;
    });
  }

  /** Removes a duty (the item then shows on the missing-owner list). */
  async remove(user: SessionUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.get(manager, user.organizationId, id, true);
      if (before.version !== version) throw stale(id, version, before);
      await manager.query(`DELETE FROM reminder_duty WHERE id = $1`, [id]);
      await this.audit.record(manager, user, { entityType: 'reminder_duty', entityId: id, action: 'delete', before, after: null });
    });
  }

  /**
   * This year's items nobody is reminded of: the criteria of the strategy in force and the yearly
   * actions of the plans in force with no duty, a disabled (or deleted) owner, or a role that no
   * active account holds.
   */
  async missingOwners(organizationId: string, year = helsinkiYear(this.clock.now())): Promise<MissingOwnersDto> {
    const manager = this.dataSource.manager;
    const strategyId = await this.strategies.strategyInForce(organizationId, year, manager);
    const [criteria, actions, duties, people] = await Promise.all([
      strategyId ? this.criteria.criteriaOfStrategy(organizationId, strategyId, manager) : Promise.resolve([]),
      this.actions.actionsOfYear(organizationId, year, manager),
      manager.query(`SELECT id, criterion_id, action_id, owner_user_id, owner_role, cadence, version FROM reminder_duty WHERE organization_id = $1`, [organizationId]) as Promise<DutyRow[]>,
      this.roster.roster(organizationId, manager),
    ]);
    const byCriterion = new Map(duties.filter((d) => d.criterion_id).map((d) => [d.criterion_id as string, d]));
    const byAction = new Map(duties.filter((d) => d.action_id).map((d) => [d.action_id as string, d]));
    const problem = (duty: DutyRow | undefined): Pick<MissingOwnerItemDto, 'problem' | 'dutyId' | 'ownerName' | 'ownerRole'> | null => {
      if (!duty || (!duty.owner_user_id && !duty.owner_role)) return { problem: 'no_owner', dutyId: duty?.id ?? null, ownerName: null, ownerRole: null };
      if (duty.owner_user_id) {
        const owner = people.find((p) => p.id === duty.owner_user_id);
        return owner && owner.status !== 'disabled' ? null : { problem: 'owner_disabled', dutyId: duty.id, ownerName: owner?.displayName ?? null, ownerRole: null };
      }
      const holders = people.filter((p) => p.status === 'active' && p.roles.includes(duty.owner_role as ReminderOwnerRole));
      return holders.length > 0 ? null : { problem: 'no_active_people', dutyId: duty.id, ownerName: null, ownerRole: duty.owner_role };
    };
    const items: MissingOwnerItemDto[] = [];
    for (const c of criteria) {
      const p = problem(byCriterion.get(c.id));
      if (p) items.push({ subjectKind: 'criterion', subjectId: c.id, title: c.title, context: c.focusAreaTitle, ...p });
    }
    for (const a of actions) {
      const p = problem(byAction.get(a.id));
      if (p) items.push({ subjectKind: 'action', subjectId: a.id, title: a.title, context: `${a.planTitle} · ${a.focusAreaTitle}`, ...p });
    }
    return { year, items };
  }

  async settings(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<ReminderSettingsDto> {
    const [row]: { lead_days: number; version: number }[] = await manager.query(`SELECT lead_days, version FROM reminder_setting WHERE organization_id = $1`, [organizationId]);
    // No row yet: the default, at version 0 (the first save creates the row).
    return row ? { leadDays: row.lead_days, version: row.version } : { leadDays: DEFAULT_LEAD_DAYS, version: 0 };
  }

  async updateSettings(user: SessionUser, input: UpdateReminderSettingsInput): Promise<ReminderSettingsDto> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO reminder_setting (organization_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [user.organizationId]);
      const [row]: { lead_days: number; version: number }[] = await manager.query(`SELECT lead_days, version FROM reminder_setting WHERE organization_id = $1 FOR UPDATE`, [user.organizationId]);
      const before = { leadDays: row.lead_days, version: row.version };
      if (before.version !== input.version) {
        throw versionConflict(`The reminder settings were changed by someone else (your version ${input.version} is out of date); reload and try again`, { version: input.version }, before);
      }
      await manager.query(`UPDATE reminder_setting SET lead_days = $2, version = version + 1, updated_at = now() WHERE organization_id = $1`, [user.organizationId, input.leadDays]);
      const after = await this.settings(user.organizationId, manager);
      await this.audit.record(manager, user, { entityType: 'reminder_setting', entityId: user.organizationId, action: 'update', before, after });
      return after;
    });
  }

  private async get(manager: EntityManager, organizationId: string, id: string, lock = false): Promise<ReminderDutyDto> {
    const [row]: DutyRow[] = await manager.query(
      `SELECT id, criterion_id, action_id, owner_user_id, owner_role, cadence, version FROM reminder_duty WHERE organization_id = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [organizationId, id],
    );
    if (!row) throw notFound('reminder_duty_not_found', `Reminder duty ${id} not found`, { id });
    return (await this.toDtos(manager, organizationId, [row]))[0];
  }

  private async checkSubject(manager: EntityManager, organizationId: string, kind: ReminderSubjectKind, id: string): Promise<void> {
    const found = kind === 'criterion' ? await this.criteria.criteriaByIds(organizationId, [id], manager) : await this.actions.actionsByIds(organizationId, [id], manager);
    if (found.length === 0) {
      const code = kind === 'criterion' ? 'criterion_not_found' : 'plan_action_not_found';
      throw new RequestValidationException([{ field: 'subjectId', code, message: `No ${kind} ${id} in the organization` }]);
    }
  }

  private async toDtos(manager: EntityManager, organizationId: string, rows: DutyRow[]): Promise<ReminderDutyDto[]> {
    if (rows.length === 0) return [];
    const [criteria, actions, people] = await Promise.all([
      this.criteria.criteriaByIds(organizationId, rows.flatMap((r) => (r.criterion_id ? [r.criterion_id] : [])), manager),
      this.actions.actionsByIds(organizationId, rows.flatMap((r) => (r.action_id ? [r.action_id] : [])), manager),
      this.roster.roster(organizationId, manager),
    ]);
    const titles = new Map<string, string>([...criteria.map((c) => [c.id, c.title] as const), ...actions.map((a) => [a.id, a.title] as const)]);
    return rows.map((r) => {
      const subjectId = (r.criterion_id ?? r.action_id) as string;
      return {
        id: r.id,
        subjectKind: r.criterion_id ? 'criterion' : 'action',
        subjectId,
        subjectTitle: titles.get(subjectId) ?? '',
        ownerUserId: r.owner_user_id,
        ownerName: r.owner_user_id ? (people.find((p) => p.id === r.owner_user_id)?.displayName ?? null) : null,
        ownerRole: r.owner_role,
        cadence: r.cadence,
        version: r.version,
      };
    });
  }
}

function stale(id: string, version: number | null, current: ReminderDutyDto): ConflictException {
  return versionConflict(`Reminder duty ${id} was changed by someone else (your version ${version ?? 'none'} is out of date); reload and try again`, { version: version ?? 0 }, current);
}
