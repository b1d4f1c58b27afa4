import { Injectable } from '@nestjs/common';
import { pickCamel } from '@suunta/api-core';
import type { PlanActionStatus, ReportActionDto } from '@suunta/shared-domain';
import { EntityManager } from 'typeorm';

/** A plan in force, as the reports domain frames a report with it. */
export interface PlanInForceRef {
  id: string;
  strategyId: string;
}

/** A theme of a plan: the focus area it works on, under the plan's own heading. */
export interface PlanThemeRef {
  focusAreaId: string;
  title: string;
}

/** A progress entry of a year under a focus area (for a report's drafts and evidence). */
export interface ProgressEntryRef {
  id: string;
  entryDate: string;
  narrative: string;
  value: number | null;
  unit: string | null;
  authorName: string;
  actionTitle: string | null;
  /** The criterion it was logged against, if any (its title is the strategy domain's). */
  criterionId: string | null;
  focusAreaId: string;
  regionId: string;
}

/** A plan action of a year under a focus area, with the values logged against it in one region (a report's action, and its focus area). */
export interface PlanActionFigureRef extends ReportActionDto {
  focusAreaId: string;
}

/**
 * What other domains (reports) read of the plans and the progress log. Every method takes the
 * caller's `manager` (the report is drafted inside its write transaction) and runs one query.
 * "In force" is the plans domain's view `action_plan_in_force` (approved or closed); an entry's
 * focus area is its view `progress_entry_focus_area`.
 */
@Injectable()
export class PlanReadService {
  /**
   * The plan in force for a region and year (a plan covers its start year and the next): the
   * region's own plan before an organization-wide one, then the latest start, then the newest.
   * With `regionId` null, only organization-wide plans.
   */
  async planInForce(manager: EntityManager, organizationId: string, regionId: string | null, year: number): Promise<PlanInForceRef | null> {
    const [plan]: { id: string; strategy_id: string }[] = await manager.query(
      `SELECT p.id, p.strategy_id FROM action_plan_in_force p
        WHERE p.organization_id = $1 AND $3::int IN (p.start_year, p.start_year + 1)
          AND (p.region_id IS NULL OR p.region_id = $2::uuid)
        ORDER BY (p.region_id IS NOT DISTINCT FROM $2::uuid) DESC, p.start_year DESC, p.created_at DESC
        LIMIT 1`,
      [organizationId, regionId, year],
    );
    return plan ? { id: plan.id, strategyId: plan.strategy_id } : null;
  }

  /** The latest plan of a region covering the year, whatever its status (the report seed links it). */
  async latestPlanOfRegion(manager: EntityManager, organizationId: string, regionId: string, year: number): Promise<string | null> {
    const [plan]: { id: string }[] = await manager.query(
      `SELECT id FROM action_plan WHERE organization_id = $1 AND region_id = $2 AND $3::int IN (start_year, start_year + 1) ORDER BY start_year DESC LIMIT 1`,
      [organizationId, regionId, year],
    );
    return plan?.id ?? null;
  }

  /** A plan's themes in the plan's order. */
  async themesOf(manager: EntityManager, planId: string): Promise<PlanThemeRef[]> {
    const rows: { focus_area_id: string; title: string }[] = await manager.query(
      `SELECT t.focus_area_id, t.title FROM action_plan_theme t WHERE t.plan_id = $1 ORDER BY t.sort_order, t.id`,
      [planId],
    );
    return rows.map((t) => ({ focusAreaId: t.focus_area_id, title: t.title }));
  }

  /**
   * The year's progress entries of the regions under the given focus areas: through the entry's
   * plan action (its theme's focus area) or, for entries logged against a criterion only, through
   * the criterion's focus area. Retracted entries are left out. Oldest first.
   */
  async progressEntries(manager: EntityManager, organizationId: string, regionIds: readonly string[], year: number, focusAreaIds: readonly string[]): Promise<ProgressEntryRef[]> {
    if (focusAreaIds.length === 0 || regionIds.length === 0) return [];
    const rows: {
      id: string;
      entry_date: string;
      narrative: string;
      value: number | null;
      unit: string | null;
      author_name: string;
      action_title: string | null;
      criterion_id: string | null;
      focus_area_id: string;
      region_id: string;
    }[] = await manager.query(
      `SELECT pe.id, to_char(pe.entry_date, 'YYYY-MM-DD') AS entry_date, pe.narrative, pe.value::float8 AS value, pe.unit,
              pe.author_name, pa.title AS action_title, pe.criterion_id, pe.region_id, efa.focus_area_id
         FROM progress_entry pe
         JOIN progress_entry_focus_area efa ON efa.progress_entry_id = pe.id
         LEFT JOIN plan_action pa ON pa.id = pe.action_id
        WHERE pe.organization_id = $1 AND pe.region_id = ANY($2::uuid[]) AND pe.year = $3 AND pe.retracted_at IS NULL
          AND efa.focus_area_id = ANY($4::uuid[])
        ORDER BY pe.entry_date, pe.created_at, pe.id`,
      [organizationId, regionIds, year, focusAreaIds],
    );
    return rows.map((r) =>
      pickCamel(r, ['id', 'entry_date', 'narrative', 'value', 'unit', 'author_name', 'action_title', 'criterion_id', 'focus_area_id', 'region_id']),
    );
  }

  /**
   * The year's actions of plans in force under the focus areas that concern the region (an action
   * with no regions listed concerns its plan's region, or all regions for an organization plan),
   * with the values logged against each in that region, and the status each had at the year's end
   * (today while the year runs; from the status history). In the plan's order.
   */
  async actionFigures(manager: EntityManager, organizationId: string, regionId: string, year: number, focusAreaIds: readonly string[]): Promise<PlanActionFigureRef[]> {
    if (focusAreaIds.length === 0) return [];
    const rows: {
      id: string;
      title: string;
      status: PlanActionStatus;
      target_value: number | null;
      target_unit: string | null;
      focus_area_id: string;
      achieved_value: number | null;
    }[] = await manager.query(
      `SELECT pa.id, pa.title, st.status, pa.target_value::float8 AS target_value, pa.target_unit, t.focus_area_id,
              (SELECT sum(pe.value)::float8 FROM progress_entry pe
                WHERE pe.action_id = pa.id AND pe.year = $3 AND pe.region_id = $2 AND pe.retracted_at IS NULL) AS achieved_value
         FROM plan_action pa
         JOIN action_plan_theme t ON t.id = pa.theme_id
         -- the status the action had at its year's end (or today in Finland, while the year runs): the status history
         JOIN plan_action_status_as_of($1, ARRAY(SELECT x.id FROM plan_action x WHERE x.organization_id = $1 AND x.year = $3),
                                       LEAST(helsinki_day(), make_date($3, 12, 31))) st ON st.action_id = pa.id
         JOIN action_plan_in_force p ON p.id = pa.plan_id
        WHERE pa.organization_id = $1 AND pa.year = $3 AND t.focus_area_id = ANY($4::uuid[])
          AND (p.region_id IS NULL OR p.region_id = $2)
          AND (NOT EXISTS (SELECT 1 FROM plan_action_region ar WHERE ar.action_id = pa.id)
               OR EXISTS (SELECT 1 FROM plan_action_region ar WHERE ar.action_id = pa.id AND ar.region_id = $2))
        ORDER BY t.sort_order, pa.sort_order, pa.title`,
      [organizationId, regionId, year, focusAreaIds],
    );
    return rows.map((r) => pickCamel(r, ['id', 'title', 'status', 'target_value', 'target_unit', 'achieved_value', 'focus_area_id']));
  }
}
