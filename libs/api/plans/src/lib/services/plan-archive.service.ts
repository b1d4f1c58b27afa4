import { Injectable } from '@nestjs/common';
import { RequestValidationException } from '@suunta/api-core';
import type { ArchivePlan, ArchivePlanAction, ArchiveProgressEntry, FieldError } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/** Database id → archive key (export) of what plans point at in other domains. */
export interface PlanArchiveExportRefs {
  focusAreas: Map<string, string>;
  criteria: Map<string, string>;
  /** role id → code */
  roles: Map<string, string>;
}

/** Archive key → database id (import) of what plans point at in other domains. */
export interface PlanArchiveImportRefs {
  strategyId: string;
  focusAreas: Map<string, string>;
  criteria: Map<string, string>;
  /** role code → id */
  roles: Map<string, string>;
  /** person key → id */
  people: Map<string, string>;
  /** region code → id */
  regions: Map<string, string>;
}

interface PlanRow {
  id: string; code: string | null; title: string; region: string | null; start_year: number; status: ArchivePlan['status'];
  approved_on: string | null; closed_at: Date | null;
}
interface ActionRow {
  id: string; plan_id: string; code: string | null; focus_area_id: string; year: number; title: string; description: string | null;
  status: ArchivePlanAction['status']; target_value: string | null; target_unit: string | null; target_date: string | null;
}

/**
 * The plans domain's part of the archive (api-archive): a strategy's action plans with their
 * themes and yearly actions, and the progress log against them and the strategy's criteria.
 * People come out as person ids (`people`), which the archive turns into its person keys.
 */
@Injectable()
export class PlanArchiveService {
  constructor(private readonly dataSource: DataSource) {}

  async export(
    organizationId: string,
    strategyId: string,
    refs: PlanArchiveExportRefs,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ plans: ArchivePlan[]; progress: ArchiveProgressEntry[]; planKeys: Map<string, string>; actionKeys: Map<string, string>; personIds: string[] }> {
    const plans: PlanRow[] = await manager.query(
      `SELECT p.id, p.code, p.title, r.code AS region, p.start_year, p.status, to_char(p.approved_on, 'YYYY-MM-DD') AS approved_on, p.closed_at
         FROM action_plan p LEFT JOIN region r ON r.id = p.region_id
        WHERE p.organization_id = $1 AND p.strategy_id = $2
        ORDER BY p.start_year, p.code NULLS LAST, p.title, p.created_at, p.id`,
      [organizationId, strategyId],
    );
    const planIds = plans.map((p) => p.id);
    const themes: { plan_id: string; focus_area_id: string; title: string }[] = await manager.query(
      `SELECT plan_id, focus_area_id, title FROM action_plan_theme WHERE organization_id = $1 AND plan_id = ANY($2::uuid[]) ORDER BY sort_order, title`,
      [organizationId, planIds],
    );
    const actions: ActionRow[] = await manager.query(
      `SELECT a.id, a.plan_id, a.code, t.focus_area_id, a.year, a.title, a.description, a.status, a.target_value, a.target_unit,
              to_char(a.target_date, 'YYYY-MM-DD') AS target_date
         FROM plan_action a JOIN action_plan_theme t ON t.id = a.theme_id
        WHERE a.organization_id = $1 AND a.plan_id = ANY($2::uuid[])
        ORDER BY a.sort_order, a.year, a.title, a.id`,
      [organizationId, planIds],
    );
    const actionIds = actions.map((a) => a.id);
    const links = async (table: string, column: string): Promise<Map<string, string[]>> => {
      const rows: { action_id: string; ref: string }[] = await manager.query(
        `SELECT l.action_id, l.${column} AS ref FROM ${table} l WHERE l.organization_id = $1 AND l.action_id = ANY($2::uuid[]) ORDER BY l.sort_order, l.${column}`,
        [organizationId, actionIds],
      );
      const map = new Map<string, string[]>();
      rows.forEach((r) => map.set(r.action_id, [...(map.get(r.action_id) ?? []), r.ref]));
      return map;
    };
    const regionRows: { id: string; code: string }[] = await manager.query(`SELECT id, code FROM region WHERE organization_id = $1`, [organizationId]);
    const regionCode = new Map(regionRows.map((r) => [r.id, r.code]));
    const [actionRegions, actionRoles, actionPeople, actionCriteria] = await Promise.all([
      links('plan_action_region', 'region_id'),
      links('plan_action_role', 'role_id'),
      links('plan_action_person', 'person_id'),
      links('plan_action_criterion', 'criterion_id'),
    ]);
    const key = (map: Map<string, string>, id: string, what: string) => {
      const k = map.get(id);
      if (!k) throw new Error(`archive export: ${what} ${id} is not in the strategy`);
      return k;
    };

    const planKeys = new Map<string, string>();
    const actionKeys = new Map<string, string>();
    const personIds = new Set<string>();
    const archivePlans: ArchivePlan[] = plans.map((p, i) => {
      const planKey = `P${i + 1}`;
      planKeys.set(p.id, planKey);
      const own = actions.filter((a) => a.plan_id === p.id);
      return {
        key: planKey,
        code: p.code,
        title: p.title,
        region: p.region,
        startYear: p.start_year,
        status: p.status,
        approvedOn: p.approved_on,
        closedAt: p.closed_at ? p.closed_at.toISOString() : null,
        themes: themes.filter((t) => t.plan_id === p.id).map((t) => ({ focusArea: key(refs.focusAreas, t.focus_area_id, 'focus area'), title: t.title })),
        actions: own.map((a, j) => {
          const actionKey = `${planKey}.A${j + 1}`;
          actionKeys.set(a.id, actionKey);
          (actionPeople.get(a.id) ?? []).forEach((id) => personIds.add(id));
          return {
            key: actionKey,
            code: a.code,
            theme: key(refs.focusAreas, a.focus_area_id, 'focus area'),
            year: a.year,
            title: a.title,
            description: a.description,
            status: a.status,
            targetValue: a.target_value === null ? null : Number(a.target_value),
            targetUnit: a.target_unit,
            targetDate: a.target_date,
            regions: (actionRegions.get(a.id) ?? []).map((id) => key(regionCode, id, 'region')),
            roles: (actionRoles.get(a.id) ?? []).map((id) => key(refs.roles, id, 'role')),
            // person ids here; the archive replaces them with its person keys
            people: actionPeople.get(a.id) ?? [],
            criteria: (actionCriteria.get(a.id) ?? []).filter((id) => refs.criteria.has(id)).map((id) => key(refs.criteria, id, 'criterion')),
          };
        }),
      };
    });

    const entries: {
      region_id: string; year: number; entry_date: string; criterion_id: string | null; action_id: string | null; value: string | null; unit: string | null;
      narrative: string; evidence_url: string | null; author_name: string; closed_year_reason: string | null; source: string | null; retracted_at: Date | null; retracted_reason: string | null;
    }[] = await manager.query(
      `SELECT region_id, year, to_char(entry_date, 'YYYY-MM-DD') AS entry_date, criterion_id, action_id, value, unit, narrative, evidence_url,
              author_name, closed_year_reason, source, retracted_at, retracted_reason
         FROM progress_entry
        WHERE organization_id = $1 AND (action_id = ANY($2::uuid[]) OR criterion_id = ANY($3::uuid[]))`,
      [organizationId, actionIds, [...refs.criteria.keys()]],
    );
    const progress: ArchiveProgressEntry[] = entries
      .map((e) => ({
        region: key(regionCode, e.region_id, 'region'),
        year: e.year,
        entryDate: e.entry_date,
        // an entry on an action of this strategy's plans may name a criterion of another strategy: that link is left out
        criterion: e.criterion_id ? refs.criteria.get(e.criterion_id) ?? null : null,
        action: e.action_id ? actionKeys.get(e.action_id) ?? null : null,
        value: e.value === null ? null : Number(e.value),
        unit: e.unit,
        narrative: e.narrative,
        evidenceUrl: e.evidence_url,
        authorName: e.author_name,
        closedYearReason: e.closed_year_reason,
        source: e.source,
        retractedAt: e.retracted_at ? e.retracted_at.toISOString() : null,
        retractedReason: e.retracted_reason,
      }))
      .filter((e) => e.criterion !== null || e.action !== null)
      .sort(byJson);
    return { plans: archivePlans, progress, planKeys, actionKeys, personIds: [...personIds] };
  }

  /** Plan codes of the archive already used in the organization. */
  async takenPlanCodes(organizationId: string, codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: { code: string }[] = await manager.query(`SELECT code FROM action_plan WHERE organization_id = $1 AND code = ANY($2::text[])`, [organizationId, codes]);
    return new Set(rows.map((r) => r.code));
  }

  /**
   * Writes the plans and the progress log with the caller's manager. A reference the archive does
   * not resolve is a 400 naming its path; nothing is written then (the caller's transaction rolls back).
   */
  async import(
    organizationId: string,
    plans: readonly ArchivePlan[],
    progress: readonly ArchiveProgressEntry[],
    refs: PlanArchiveImportRefs,
    manager: EntityManager,
  ): Promise<{ planIds: Map<string, string>; actionIds: Map<string, string> }> {
    const errors: FieldError[] = [];
    const need = (map: Map<string, string>, key: string | null, field: string, what: string): string | null => {
      if (key === null) return null;
      const id = map.get(key);
      if (!id) errors.push({ field, message: `Unknown ${what} "${key}"`, code: 'invalid' });
      return id ?? null;
    };
    // check every reference first, so the answer lists them all
    plans.forEach((p, i) => {
      need(refs.regions, p.region, `plans.${i}.region`, 'region');
      p.themes.forEach((t, j) => need(refs.focusAreas, t.focusArea, `plans.${i}.themes.${j}.focusArea`, 'focus area'));
      const themeKeys = new Set(p.themes.map((t) => t.focusArea));
      p.actions.forEach((a, j) => {
        const path = `plans.${i}.actions.${j}`;
        if (!themeKeys.has(a.theme)) errors.push({ field: `${path}.theme`, message: `The plan has no theme for focus area "${a.theme}"`, code: 'invalid' });
        a.regions.forEach((r, k) => need(refs.regions, r, `${path}.regions.${k}`, 'region'));
        a.roles.forEach((r, k) => need(refs.roles, r, `${path}.roles.${k}`, 'role'));
        a.people.forEach((r, k) => need(refs.people, r, `${path}.people.${k}`, 'person'));
        a.criteria.forEach((r, k) => need(refs.criteria, r, `${path}.criteria.${k}`, 'criterion'));
      });
    });
    const actionKeys = new Set(plans.flatMap((p) => p.actions.map((a) => a.key)));
    progress.forEach((e, i) => {
      need(refs.regions, e.region, `progress.${i}.region`, 'region');
      need(refs.criteria, e.criterion, `progress.${i}.criterion`, 'criterion');
      if (e.action !== null && !actionKeys.has(e.action)) errors.push({ field: `progress.${i}.action`, message: `Unknown plan action "${e.action}"`, code: 'invalid' });
    });
    if (errors.length > 0) throw new RequestValidationException(errors);

    const planIds = new Map<string, string>();
    const actionIds = new Map<string, string>();
    for (const p of plans) {
      const [plan] = await manager.query(
        `INSERT INTO action_plan (organization_id, strategy_id, code, title, region_id, start_year, status, approved_on, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [organizationId, refs.strategyId, p.code, p.title, p.region ? refs.regions.get(p.region) : null, p.startYear, p.status, p.approvedOn, p.closedAt],
      );
      planIds.set(p.key, plan.id);
      const themeIds = new Map<string, string>();
      for (const [j, t] of p.themes.entries()) {
        const [row] = await manager.query(
          `INSERT INTO action_plan_theme (organization_id, plan_id, focus_area_id, title, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [organizationId, plan.id, refs.focusAreas.get(t.focusArea), t.title, j + 1],
        );
        themeIds.set(t.focusArea, row.id);
      }
      for (const [j, a] of p.actions.entries()) {
        const [row] = await manager.query(
          `INSERT INTO plan_action (organization_id, plan_id, plan_start_year, theme_id, code, year, title, description, status, target_value, target_unit, target_date, sort_order)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
          [organizationId, plan.id, p.startYear, themeIds.get(a.theme), a.code, a.year, a.title, a.description, a.status, a.targetValue, a.targetUnit, a.targetDate, j + 1],
        );
        actionIds.set(a.key, row.id);
        const links: [string, string, (string | undefined)[]][] = [
          ['plan_action_region', 'region_id', a.regions.map((c) => refs.regions.get(c))],
          ['plan_action_role', 'role_id', a.roles.map((c) => refs.roles.get(c))],
          ['plan_action_person', 'person_id', a.people.map((c) => refs.people.get(c))],
          ['plan_action_criterion', 'criterion_id', a.criteria.map((c) => refs.criteria.get(c))],
        ];
        for (const [table, column, ids] of links) {
          for (const [k, id] of ids.entries()) {
            await manager.query(`INSERT INTO ${table} (action_id, ${column}, organization_id, sort_order) VALUES ($1, $2, $3, $4)`, [row.id, id, organizationId, k + 1]);
          }
        }
      }
    }
    for (const e of progress) {
      await manager.query(
        `INSERT INTO progress_entry (organization_id, region_id, year, entry_date, criterion_id, action_id, value, unit, narrative, evidence_url,
                                     author_name, closed_year_reason, source, retracted_at, retracted_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          organizationId, refs.regions.get(e.region), e.year, e.entryDate, e.criterion ? refs.criteria.get(e.criterion) : null, e.action ? actionIds.get(e.action) : null,
          e.value, e.unit, e.narrative, e.evidenceUrl, e.authorName, e.closedYearReason, e.source, e.retractedAt, e.retractedReason,
        ],
      );
    }
    return { planIds, actionIds };
  }
}

/** A total order on plain values that does not depend on database ids or insertion times. */
function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
