import { Injectable } from '@nestjs/common';
import type { PlanActionStatus, ReportActionDto, ReportProgressEntryDto, ReportSurveyDto } from '@suunta/shared-domain';
import { EntityManager } from 'typeorm';

export interface SectionTarget {
  focusAreaId: string;
  heading: string;
}

export interface ReportFrame {
  strategyId: string | null;
  planId: string | null;
  sections: SectionTarget[];
}

/**
 * What a report is made from, read with plain SQL from the plans, progress, survey and strategy
 * tables (their owners' libs are not imported: the report only reads, with a fixed number of queries).
 */
@Injectable()
export class ReportSourcesService {
  /**
   * The sections of a report: the themes of the plan in force for the region and year (the
   * region's own plan before an organization-wide one), else the focus areas of the strategy
   * valid that year.
   */
  async frame(manager: EntityManager, organizationId: string, regionId: string | null, year: number): Promise<ReportFrame> {
    const [plan]: { id: string; strategy_id: string }[] = await manager.query(
      `SELECT p.id, p.strategy_id FROM action_plan_in_force p
        WHERE p.organization_id = $1 AND $3::int IN (p.start_year, p.start_year + 1)
          AND (p.region_id IS NULL OR p.region_id = $2::uuid)
        ORDER BY (p.region_id IS NOT DISTINCT FROM $2::uuid) DESC, p.start_year DESC, p.created_at DESC
        LIMIT 1`,
      [organizationId, regionId, year],
    );
    if (plan) {
      const themes: { focus_area_id: string; title: string }[] = await manager.query(
        `SELECT t.focus_area_id, t.title FROM action_plan_theme t JOIN focus_area fa ON fa.id = t.focus_area_id
          WHERE t.plan_id = $1 ORDER BY t.sort_order, fa.sort_order, t.id`,
        [plan.id],
      );
      if (themes.length > 0) {
        return { strategyId: plan.strategy_id, planId: plan.id, sections: themes.map((t) => ({ focusAreaId: t.focus_area_id, heading: t.title })) };
      }
    }
    const [strategy]: { id: string }[] = await manager.query(
      `SELECT s.id FROM strategy s
        WHERE s.organization_id = $1 AND s.status <> 'draft'
          AND (s.valid_from IS NULL OR extract(year FROM s.valid_from) <= $2)
          AND (s.valid_to IS NULL OR extract(year FROM s.valid_to) >= $2)
        ORDER BY s.valid_from DESC NULLS LAST, s.created_at DESC LIMIT 1`,
      [organizationId, year],
    );
    if (!strategy) return { strategyId: null, planId: null, sections: [] };
    const areas: { id: string; title: string }[] = await manager.query(
      `SELECT id, title FROM focus_area WHERE strategy_id = $1 ORDER BY sort_order, id`,
      [strategy.id],
    );
    return { strategyId: strategy.id, planId: null, sections: areas.map((a) => ({ focusAreaId: a.id, heading: a.title })) };
  }

  /**
   * The year's progress entries of the regions under the given focus areas: through the entry's
   * plan action (its theme's focus area) or, for entries logged against a criterion only, through
   * the criterion's focus area. Retracted entries are left out.
   */
  async entries(manager: EntityManager, organizationId: string, regionIds: string[], year: number, focusAreaIds: string[]): Promise<(ReportProgressEntryDto & { focusAreaId: string; regionId: string })[]> {
    if (focusAreaIds.length === 0 || regionIds.length === 0) return [];
    const rows: {
      id: string;
      entry_date: string;
      narrative: string;
      value: number | null;
      unit: string | null;
      author_name: string;
      action_title: string | null;
      criterion_title: string | null;
      focus_area_id: string;
      region_id: string;
    }[] = await manager.query(
      `SELECT pe.id, to_char(pe.entry_date, 'YYYY-MM-DD') AS entry_date, pe.narrative, pe.value::float8 AS value, pe.unit,
              pe.author_name, pa.title AS action_title, ec.title AS criterion_title, pe.region_id,
              efa.focus_area_id
         FROM progress_entry pe
         JOIN progress_entry_focus_area efa ON efa.progress_entry_id = pe.id
         LEFT JOIN plan_action pa ON pa.id = pe.action_id
         LEFT JOIN evaluation_criterion ec ON ec.id = pe.criterion_id
        WHERE pe.organization_id = $1 AND pe.region_id = ANY($2::uuid[]) AND pe.year = $3 AND pe.retracted_at IS NULL
          AND efa.focus_area_id = ANY($4::uuid[])
        ORDER BY pe.entry_date, pe.created_at, pe.id`,
      [organizationId, regionIds, year, focusAreaIds],
    );
    return rows.map((r) => ({
      id: r.id,
      entryDate: r.entry_date,
      narrative: r.narrative,
      value: r.value,
      unit: r.unit,
      authorName: r.author_name,
      actionTitle: r.action_title,
      criterionTitle: r.criterion_title,
      focusAreaId: r.focus_area_id,
      regionId: r.region_id,
    }));
  }

  /**
   * The year's actions of plans in force under the focus areas that concern the region (an action
   * with no regions listed concerns its plan's region, or all regions for an organization plan),
   * with the values logged against each in that region.
   */
  async actions(manager: EntityManager, organizationId: string, regionId: string, year: number, focusAreaIds: string[]): Promise<(ReportActionDto & { focusAreaId: string })[]> {
    if (focusAreaIds.length === 0) return [];
    const rows: {
      id: string;
      title: string;
      status: PlanActionStatus;
      target_value: number | null;
      target_unit: string | null;
      focus_area_id: string;
      achieved: number | null;
    }[] = await manager.query(
      `SELECT pa.id, pa.title, pa.status, pa.target_value::float8 AS target_value, pa.target_unit, t.focus_area_id,
              (SELECT sum(pe.value)::float8 FROM progress_entry pe
                WHERE pe.action_id = pa.id AND pe.year = $3 AND pe.region_id = $2 AND pe.retracted_at IS NULL) AS achieved
         FROM plan_action pa
         JOIN action_plan_theme t ON t.id = pa.theme_id
         JOIN action_plan_in_force p ON p.id = pa.plan_id
        WHERE pa.organization_id = $1 AND pa.year = $3 AND t.focus_area_id = ANY($4::uuid[])
          AND (p.region_id IS NULL OR p.region_id = $2)
          AND (NOT EXISTS (SELECT 1 FROM plan_action_region ar WHERE ar.action_id = pa.id)
               OR EXISTS (SELECT 1 FROM plan_action_region ar WHERE ar.action_id = pa.id AND ar.region_id = $2))
        ORDER BY t.sort_order, pa.sort_order, pa.title`,
      [organizationId, regionId, year, focusAreaIds],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      targetValue: r.target_value,
      targetUnit: r.target_unit,
      achievedValue: r.achieved,
      focusAreaId: r.focus_area_id,
    }));
  }

  /** The region's survey of the year (the latest imported if several). */
  async surveyIdFor(manager: EntityManager, organizationId: string, regionId: string, year: number): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM survey WHERE organization_id = $1 AND region_id = $2 AND year = $3 ORDER BY created_at DESC LIMIT 1`,
      [organizationId, regionId, year],
    );
    return row?.id ?? null;
  }

  /**
   * A survey's results per theme. The average divides by those who answered the theme's scale
   * questions (the sum of the counts on the scale), not by all respondents of the survey.
   */
  async survey(manager: EntityManager, surveyId: string): Promise<ReportSurveyDto | null> {
    const [s]: { id: string; title: string; invited_count: number | null; respondent_count: number | null }[] = await manager.query(
      `SELECT id, title, invited_count, respondent_count FROM survey WHERE id = $1`,
      [surveyId],
    );
    if (!s) return null;
    const scale: { value: number; label: string }[] = await manager.query(
      `SELECT value, label FROM survey_scale_point WHERE survey_id = $1 ORDER BY value`,
      [surveyId],
    );
    const themes: { sort_order: number; title: string; focus_area_id: string | null; claimed: number | null; total: number | null; n: number }[] = await manager.query(
      `SELECT t.sort_order, t.title, t.focus_area_id, t.claimed_average::float8 AS claimed,
              sum(c.value * c.n)::float8 AS total, COALESCE(sum(c.n), 0)::int AS n
         FROM survey_theme t
         LEFT JOIN survey_question q ON q.theme_id = t.id AND q.kind = 'likert'
         LEFT JOIN survey_likert_count c ON c.question_id = q.id
        WHERE t.survey_id = $1
        GROUP BY t.id
        ORDER BY t.sort_order`,
      [surveyId],
    );
    return {
      id: s.id,
      title: s.title,
      invitedCount: s.invited_count,
      respondentCount: s.respondent_count,
      scale,
      themes: themes.map((t) => ({
        number: t.sort_order,
        title: t.title,
        focusAreaId: t.focus_area_id,
        average: t.n > 0 && t.total !== null ? Math.round((t.total / t.n) * 100) / 100 : null,
        respondents: t.n,
        claimedAverage: t.claimed,
      })),
    };
  }
}
