import { Injectable } from '@nestjs/common';
import type { DigestSurveyLine, ReportSurveyDto } from '@suunta/shared-domain';
import { EntityManager } from 'typeorm';

/**
 * What other domains (the annual report) read of the surveys: which survey a region ran in a
 * year, and its results per theme. Takes the caller's `manager` (the report's transaction).
 */
@Injectable()
export class SurveyResultsService {
  /** The region's survey of the year (the latest imported if several). */
  async surveyIdFor(manager: EntityManager, organizationId: string, regionId: string, year: number): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM survey WHERE organization_id = $1 AND region_id = $2 AND year = $3 ORDER BY created_at DESC LIMIT 1`,
      [organizationId, regionId, year],
    );
    return row?.id ?? null;
  }

  /**
   * Surveys imported between two days (Finnish calendar days, both inclusive), oldest first — the
   * meeting digest's "survey results that arrived". `regionIds` null = every region.
   */
  async surveysArrived(manager: EntityManager, organizationId: string, regionIds: readonly string[] | null, from: string, to: string): Promise<DigestSurveyLine[]> {
    const rows: { id: string; title: string; year: number; region_id: string; respondent_count: number | null; arrived_on: string }[] = await manager.query(
      `SELECT id, title, year, region_id, respondent_count, (created_at AT TIME ZONE 'Europe/Helsinki')::date::text AS arrived_on
         FROM survey
        WHERE organization_id = $1 AND ($2::uuid[] IS NULL OR region_id = ANY($2::uuid[]))
          AND (created_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN $3::date AND $4::date
        ORDER BY created_at, id`,
      [organizationId, regionIds, from, to],
    );
    return rows.map((r) => ({ surveyId: r.id, title: r.title, year: r.year, regionId: r.region_id, respondentCount: r.respondent_count, arrivedOn: r.arrived_on }));
  }

  /**
   * A survey's results per theme. The average divides by those who answered the theme's scale
   * questions (the sum of the counts on the scale), not by all respondents of the survey.
   */
  async results(manager: EntityManager, surveyId: string): Promise<ReportSurveyDto | null> {
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
