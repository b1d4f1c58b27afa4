import { Injectable } from '@nestjs/common';
import { DomainSeeder, SeedContext, seededOrganizationId, seededRegionIds, Seeder } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import { StrategyLookupService, StrategyReadService } from '@suunta/api-strategy';
import type { PlanActionStatus, PlanStatus } from '@suunta/shared-domain';

interface PlanSeed {
  key: string;
  title: string;
  strategyKey: string;
  region: string | null;
  years: [number, number];
  status: PlanStatus;
  approvedOn: string | null;
  themes: { focusAreaKey: string; title: string }[];
  actions: {
    key: string;
    themeKey: string;
    year: number;
    regions: string[];
    title: string;
    description: string | null;
    roles: string[];
    people: string[];
    criterionKeys?: string[];
    target: { value?: number; unit?: string; milestoneDate?: string } | null;
    status: PlanActionStatus;
  }[];
  progressEntries: {
    actionKey: string;
    criterionKey?: string;
    date: string;
    dateText: string | null;
    year: number;
    region: string;
    value: number | null;
    unit: string | null;
    narrative: string;
    source: string | null;
  }[];
}

const FILES = ['action-plan-kp-2019-2020.json'];
/** Seeded entries have no user behind them; the name says where they come from. */
const SEED_AUTHOR = 'Toimintakertomus 2020 (tuotu)';

/**
 * The KP 2019–2020 plan rebuilt from the 2020 annual report, with its progress entries.
 * Re-runnable: every row is looked up by its key (plan code, focus area, action code, or an entry's
 * action + date + source + text) before it is inserted. Needs the strategy seed (focus areas
 * `2020-1` … `2020-7`); without it the step says so and does nothing.
 */
@Injectable()
@DomainSeeder({ order: 30, name: 'action plans' })
export class PlansSeeder implements Seeder {
  constructor(
    private readonly strategyLookup: StrategyLookupService,
    private readonly strategies: StrategyReadService,
    private readonly audit: AuditService,
  ) {}

  async seed(ctx: SeedContext): Promise<void> {
    for (const file of FILES) {
      await this.seedPlan(ctx, await ctx.readJson<PlanSeed>(file));
    }
  }

  private async seedPlan(ctx: SeedContext, data: PlanSeed): Promise<void> {
    const m = ctx.manager;
    const organizationId = await seededOrganizationId(ctx);
    if (!organizationId) return ctx.log('action plans: no organization seeded; skipped');
    const strategy = await this.strategyLookup.strategyByKey(organizationId, data.strategyKey, m);
    if (!strategy) return ctx.log(`action plans: strategy ${data.strategyKey} not seeded; ${data.key} skipped`);

    const regionId = await seededRegionIds(ctx, organizationId);
    const roles = new Map([...(await this.strategyLookup.rolesByCode(organizationId, m))].map(([code, role]) => [code, role.id]));
    const people = await this.strategies.personIdsByCode(organizationId, m);
    const focusAreas = await this.strategies.focusAreaIdsByKey(organizationId, m);
    const criteria = await this.strategies.criteriaByKey(organizationId, strategy.id, m);
    const criterion = (key: string) => {
      const c = criteria.get(key);
      if (!c) throw new Error(`${data.key}: unknown criterion "${key}"`);
      return c;
    };
    const actionCriteria = new Map(data.actions.map((a) => [a.key, a.criterionKeys ?? []]));
    const need = (map: Map<string, string>, key: string, what: string) => {
      const id = map.get(key);
      if (!id) throw new Error(`${data.key}: unknown ${what} "${key}"`);
      return id;
    };

    let [plan] = await m.query(`SELECT id FROM action_plan WHERE organization_id = $1 AND code = $2`, [organizationId, data.key]);
    if (!plan) {
      [plan] = await m.query(
        `INSERT INTO action_plan (organization_id, strategy_id, code, title, region_id, start_year, status, approved_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [organizationId, strategy.id, data.key, data.title, regionId(data.key, data.region), data.years[0], data.status, data.approvedOn],
      );
      await this.audit.record(m, { system: 'seed', organizationId }, {
        entityType: 'action_plan',
        entityId: plan.id,
        action: 'create',
        after: { code: data.key, title: data.title, status: data.status },
      });
    }
    const planId: string = plan.id;

    const themeIds = new Map<string, string>();
    for (const [index, theme] of data.themes.entries()) {
      const focusAreaId = need(focusAreas, theme.focusAreaKey, 'focus area');
      const [row] = await m.query(
        `INSERT INTO action_plan_theme (organization_id, plan_id, focus_area_id, title, sort_order) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (plan_id, focus_area_id) DO UPDATE SET focus_area_id = EXCLUDED.focus_area_id RETURNING id`,
        [organizationId, planId, focusAreaId, theme.title, index + 1],
      );
      themeIds.set(theme.focusAreaKey, row.id);
    }

    const actionIds = new Map<string, string>();
    for (const [index, action] of data.actions.entries()) {
      let [row] = await m.query(`SELECT id FROM plan_action WHERE plan_id = $1 AND code = $2`, [planId, action.key]);
      if (!row) {
        [row] = await m.query(
          `INSERT INTO plan_action (organization_id, plan_id, plan_start_year, theme_id, code, year, title, description, status,
                                    target_value, target_unit, target_date, sort_order)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
          [
            organizationId, planId, data.years[0], need(themeIds, action.themeKey, 'theme'), action.key, action.year, action.title,
            action.description, action.status, action.target?.value ?? null, action.target?.value != null ? action.target.unit ?? null : null,
            action.target?.milestoneDate ?? null, index + 1,
          ],
        );
        const links: [string, string, string[]][] = [
          ['plan_action_region', 'region_id', action.regions.map((c) => regionId(data.key, c))],
          ['plan_action_role', 'role_id', action.roles.map((c) => need(roles, c, 'role'))],
          ['plan_action_person', 'person_id', action.people.map((c) => need(people, c, 'person'))],
          ['plan_action_criterion', 'criterion_id', (action.criterionKeys ?? []).map((k) => criterion(k).id)],
        ];
        for (const [table, col, ids] of links) {
          for (const [i, id] of ids.entries()) {
            await m.query(`INSERT INTO ${table} (action_id, ${col}, organization_id, sort_order) VALUES ($1, $2, $3, $4)`, [row.id, id, organizationId, i + 1]);
          }
        }
      }
      actionIds.set(action.key, row.id);
    }

    let added = 0;
    for (const entry of data.progressEntries) {
      const actionId = need(actionIds, entry.actionKey, 'action');
      const source = [entry.source, entry.dateText ? `"${entry.dateText}"` : null].filter(Boolean).join(', ') || null;
      const [exists] = await m.query(
        `SELECT 1 FROM progress_entry WHERE organization_id = $1 AND action_id = $2 AND entry_date = $3 AND source IS NOT DISTINCT FROM $4 AND narrative = $5`,
        [organizationId, actionId, entry.date, source, entry.narrative],
      );
      if (exists) continue;
      // the rules the API applies to a logged entry: the action serves the criterion; a number only on a count criterion, in its unit
      let criterionId: string | null = null;
      if (entry.criterionKey) {
        if (!actionCriteria.get(entry.actionKey)?.includes(entry.criterionKey)) {
          throw new Error(`${data.key}: action ${entry.actionKey} does not serve criterion ${entry.criterionKey}`);
        }
        const c = criterion(entry.criterionKey);
        if (entry.value !== null && (c.kind !== 'count' || c.unit !== entry.unit)) {
          throw new Error(`${data.key}: a value on ${entry.actionKey} needs a count criterion in "${entry.unit}"; ${entry.criterionKey} is ${c.kind} in "${c.unit}"`);
        }
        criterionId = c.id;
      }
      await m.query(
        `INSERT INTO progress_entry (organization_id, region_id, year, entry_date, action_id, criterion_id, value, unit, narrative, author_name, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [organizationId, regionId(data.key, entry.region), entry.year, entry.date, actionId, criterionId, entry.value, entry.value === null ? null : entry.unit, entry.narrative, SEED_AUTHOR, source],
      );
      added++;
    }
    ctx.log(`action plans: ${data.key} with ${data.actions.length} actions; ${added} new progress entries`);
  }
}

