import { Injectable } from '@nestjs/common';
import { type RawRow, sqlRow } from '@suunta/api-core';
import type { DashboardEntryDto, DashboardPlanRef, PlanActionStatus } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';

/** A progress entry behind a focus area's figures; the criterion's title is the strategy domain's to give. */
export type FocusAreaEntryRow = Omit<DashboardEntryDto, 'criterionTitle'>;

/**
 * The plans domain's read paths for other domains (the board), beside the roll-ups
 * (`RollupService`): the plans in force for a strategy year, the years with plans or entries, the
 * latest change behind each focus area, and the entries behind one. Every query is bounded to the
 * plans in scope and one year, and reads entries through their per-action / per-criterion indexes
 * or the pre-aggregated `progress_summary` — never the organization's whole log. "In force" is
 * `action_plan_in_force`; an entry's focus area is its action's theme's, else (no action) its
 * criterion's (`criterion_focus_area`), as `progress_entry_focus_area` defines it.
 */
@Injectable()
export class PlanProgressReadService {
  constructor(private readonly dataSource: DataSource) {}

  /** The plans in force for a strategy that cover the year (and the region, when given): organization-wide plans first. */
  async plansInForce(organizationId: string, strategyId: string, year: number, regionId: string | null): Promise<DashboardPlanRef[]> {
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT id, code, title, region_id, start_year
         FROM action_plan_in_force
        WHERE organization_id = $1 AND strategy_id = $2 AND $3::int BETWEEN start_year AND start_year + 1
          AND ($4::uuid IS NULL OR region_id IS NULL OR region_id = $4::uuid)
        ORDER BY region_id NULLS FIRST, start_year, code, id`,
      [organizationId, strategyId, year, regionId],
    );
    return rows.map(sqlRow).map((r) => ({
      id: r.string('id'),
      code: r.stringOrNull('code'),
      title: r.string('title'),
      regionId: r.stringOrNull('region_id'),
      startYear: r.number('start_year'),
    }));
  }

  /**
   * The strategy's years: both years of each of its plans in force (`hasData` false), and the years
   * with live entries against its focus areas (`hasData` true), from the pre-aggregated log.
   */
  async years(organizationId: string, strategyId: string, focusAreaIds: string[]): Promise<{ year: number; hasData: boolean }[]> {
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT year, bool_or(has_data) AS has_data FROM (
         SELECT generate_series(p.start_year, p.start_year + 1) AS year, false AS has_data
           FROM action_plan_in_force p WHERE p.organization_id = $1 AND p.strategy_id = $2
         UNION
         SELECT DISTINCT s.year, true
           FROM action_plan_theme t
           JOIN plan_action a ON a.theme_id = t.id
           JOIN progress_summary s ON s.kind = 'action' AND s.subject_id = a.id
          WHERE t.organization_id = $1 AND t.focus_area_id = ANY($3::uuid[])
         UNION
         SELECT DISTINCT s.year, true
           FROM criterion_focus_area cf
           JOIN progress_summary s ON s.kind = 'criterion' AND s.subject_id = cf.criterion_id AND NOT s.with_action
          WHERE cf.organization_id = $1 AND cf.focus_area_id = ANY($3::uuid[])
       ) y GROUP BY year ORDER BY year`,
      [organizationId, strategyId, focusAreaIds],
    );
    return rows.map(sqlRow).map((r) => ({ year: r.number('year'), hasData: r.boolean('has_data') }));
  }

  /**
   * The latest change behind each focus area given: its year's actions in the plans given (done
   * in the region, when given) and the live entries of the year and scope up to as-of.
   */
  async lastUpdated(
    organizationId: string,
    focusAreaIds: string[],
    year: number,
    regionId: string | null,
    asOf: string,
    planIds: string[],
  ): Promise<Map<string, string | null>> {
    const rows: RawRow[] = await this.dataSource.query(
      `WITH acts AS (
         SELECT a.id, a.year, a.updated_at, t.focus_area_id
           FROM plan_action a JOIN action_plan_theme t ON t.id = a.theme_id
          WHERE a.plan_id = ANY($6::uuid[]) AND a.organization_id = $1 AND t.focus_area_id = ANY($2::uuid[])
       ),
       src AS (
         SELECT a.focus_area_id, a.updated_at FROM acts a
          WHERE a.year = $3
            AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM plan_action_region ar WHERE ar.action_id = a.id AND ar.region_id = $4::uuid))
         UNION ALL
         SELECT a.focus_area_id, e.updated_at FROM acts a
           JOIN progress_entry e ON e.action_id = a.id AND e.year = $3
          WHERE e.organization_id = $1 AND e.retracted_at IS NULL AND e.entry_date <= $5::date AND ($4::uuid IS NULL OR e.region_id = $4::uuid)
         UNION ALL
         SELECT cf.focus_area_id, e.updated_at FROM criterion_focus_area cf
           JOIN progress_entry e ON e.criterion_id = cf.criterion_id AND e.year = $3 AND e.action_id IS NULL
          WHERE cf.organization_id = $1 AND cf.focus_area_id = ANY($2::uuid[])
            AND e.organization_id = $1 AND e.retracted_at IS NULL AND e.entry_date <= $5::date AND ($4::uuid IS NULL OR e.region_id = $4::uuid)
       )
       SELECT focus_area_id, max(updated_at) AS last_updated FROM src GROUP BY focus_area_id`,
      [organizationId, focusAreaIds, year, regionId, asOf, planIds],
    );
    return new Map(rows.map(sqlRow).map((r) => [r.string('focus_area_id'), r.timestampOrNull('last_updated')]));
  }

  /**
   * The live entries behind a focus area in the year and scope up to as-of: against its actions in
   * the plans given, or against a criterion under it with no action. Newest first.
   */
  async focusAreaEntries(
    organizationId: string,
    focusAreaId: string,
    year: number,
    regionId: string | null,
    asOf: string,
    planIds: string[],
  ): Promise<FocusAreaEntryRow[]> {
    const rows: RawRow[] = await this.dataSource.query(
      `WITH ent AS (
         SELECT e.*, a.title AS action_title, st.status AS action_status
           FROM plan_action a JOIN action_plan_theme t ON t.id = a.theme_id
           JOIN plan_action_status_as_of($1, ARRAY(SELECT x.id FROM plan_action x WHERE x.plan_id = ANY($6::uuid[]) AND x.organization_id = $1), $5::date) st
             ON st.action_id = a.id
           JOIN progress_entry e ON e.action_id = a.id AND e.year = $3
          WHERE a.plan_id = ANY($6::uuid[]) AND a.organization_id = $1 AND t.focus_area_id = $2
            AND e.organization_id = $1 AND e.retracted_at IS NULL AND e.entry_date <= $5::date AND ($4::uuid IS NULL OR e.region_id = $4::uuid)
         UNION ALL
         SELECT e.*, NULL, NULL
           FROM criterion_focus_area cf
           JOIN progress_entry e ON e.criterion_id = cf.criterion_id AND e.year = $3 AND e.action_id IS NULL
          WHERE cf.organization_id = $1 AND cf.focus_area_id = $2
            AND e.organization_id = $1 AND e.retracted_at IS NULL AND e.entry_date <= $5::date AND ($4::uuid IS NULL OR e.region_id = $4::uuid)
       )
       SELECT x.id, x.entry_date::text AS entry_date, x.year, x.region_id, r.code AS region_code, x.action_id, x.action_title,
              x.action_status, x.criterion_id, x.value, x.unit, x.narrative, x.evidence_url, x.author_name
         FROM ent x JOIN region r ON r.id = x.region_id
        ORDER BY x.entry_date DESC, x.created_at DESC, x.id`,
      [organizationId, focusAreaId, year, regionId, asOf, planIds],
    );
    return rows.map((raw) => {
      const r = sqlRow(raw);
      return {
        id: r.string('id'),
        entryDate: r.string('entry_date'),
        year: r.number('year'),
        regionId: r.string('region_id'),
        regionCode: r.string('region_code'),
        actionId: r.stringOrNull('action_id'),
        actionTitle: r.stringOrNull('action_title'),
        actionStatus: r.stringOrNull('action_status') as PlanActionStatus | null,
        criterionId: r.stringOrNull('criterion_id'),
        value: r.numberOrNull('value'),
        unit: r.stringOrNull('unit'),
        narrative: r.string('narrative'),
        evidenceUrl: r.stringOrNull('evidence_url'),
        authorName: r.string('author_name'),
      };
    });
  }
}
