import { Injectable } from '@nestjs/common';
import type { PlanActionStatus } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/** A yearly action as a list of "what must be kept up to date" shows it. */
export interface YearlyActionCatalogEntry {
  id: string;
  title: string;
  year: number;
  status: PlanActionStatus;
  planTitle: string;
  focusAreaTitle: string;
  /** The regions it concerns: its own list, else its plan's region; empty = every region (an organization-wide plan). */
  regionIds: string[];
}

/** The latest live entry logged against a criterion or an action in a region. */
export interface LatestEntryRef {
  kind: 'criterion' | 'action';
  id: string;
  regionId: string;
  /** YYYY-MM-DD */
  latestEntryDate: string;
}

/**
 * What api-reminders reads of the plans and the progress log: the year's actions of the plans in
 * force (`action_plan_in_force`), actions by id, and the latest live (not retracted) entry date per
 * subject and region on or after a day. One query per call.
 */
@Injectable()
export class YearlyActionCatalogService {
  constructor(private readonly dataSource: DataSource) {}

  /** The year's actions of the plans in force, cancelled ones left out, in the plans' order. */
  async actionsOfYear(organizationId: string, year: number, manager: EntityManager = this.dataSource.manager): Promise<YearlyActionCatalogEntry[]> {
    return this.select(manager, `a.year = $2 AND a.status <> 'cancelled' AND EXISTS (SELECT 1 FROM action_plan_in_force f WHERE f.id = a.plan_id)`, [organizationId, year]);
  }

  async actionsByIds(organizationId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<YearlyActionCatalogEntry[]> {
    if (ids.length === 0) return [];
    return this.select(manager, `a.id = ANY($2::uuid[])`, [organizationId, ids]);
  }

  /** Per subject and region, the newest live entry dated on or after `since` (subjects without one are absent). */
  async latestEntries(
    organizationId: string,
    criterionIds: readonly string[],
    actionIds: readonly string[],
    since: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LatestEntryRef[]> {
    if (criterionIds.length === 0 && actionIds.length === 0) return [];
    const rows: { kind: 'criterion' | 'action'; id: string; region_id: string; latest: string }[] = await manager.query(
      `SELECT 'criterion' AS kind, e.criterion_id AS id, e.region_id, max(e.entry_date)::text AS latest
         FROM progress_entry e
        WHERE e.organization_id = $1 AND e.criterion_id = ANY($2::uuid[]) AND e.retracted_at IS NULL AND e.entry_date >= $4::date
        GROUP BY e.criterion_id, e.region_id
       UNION ALL
       SELECT 'action', e.action_id, e.region_id, max(e.entry_date)::text
         FROM progress_entry e
        WHERE e.organization_id = $1 AND e.action_id = ANY($3::uuid[]) AND e.retracted_at IS NULL AND e.entry_date >= $4::date
        GROUP BY e.action_id, e.region_id`,
      [organizationId, criterionIds, actionIds, since],
    );
    return rows.map((r) => ({ kind: r.kind, id: r.id, regionId: r.region_id, latestEntryDate: r.latest }));
  }

  private async select(manager: EntityManager, where: string, params: unknown[]): Promise<YearlyActionCatalogEntry[]> {
    const rows: { id: string; title: string; year: number; status: PlanActionStatus; plan_title: string; focus_area_title: string; region_ids: string[] }[] = await manager.query(
      `SELECT a.id, a.title, a.year, a.status, p.title AS plan_title, fa.title AS focus_area_title,
              coalesce((SELECT array_agg(x.region_id::text ORDER BY x.region_id) FROM plan_action_region x WHERE x.action_id = a.id),
                       CASE WHEN p.region_id IS NULL THEN '{}'::text[] ELSE ARRAY[p.region_id::text] END) AS region_ids
         FROM plan_action a JOIN action_plan p ON p.id = a.plan_id JOIN action_plan_theme t ON t.id = a.theme_id JOIN focus_area_outline fa ON fa.id = t.focus_area_id
        WHERE a.organization_id = $1 AND ${where}
        ORDER BY p.start_year, p.title, t.sort_order, a.sort_order, a.title, a.id`,
      params,
    );
    return rows.map((r) => ({ id: r.id, title: r.title, year: r.year, status: r.status, planTitle: r.plan_title, focusAreaTitle: r.focus_area_title, regionIds: r.region_ids }));
  }
}
