import { Injectable } from '@nestjs/common';
import { type RawRow, sqlRow } from '@suunta/api-core';
import type { DashboardSurveyRowDto } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';

/** A focus area's survey score in one year, for one region or for all regions together (`pooled`). */
export interface SurveyScoreRow {
  focusAreaId: string;
  year: number;
  regionId: string | null;
  pooled: boolean;
  respondentCount: number;
  average: number | null;
  surveyIds: string[];
  sourceFocusAreaIds: string[];
  updatedAt: string | null;
}

/**
 * Survey scores for other domains' read paths (the board), with lineage pooled: a focus area's
 * score includes the answers given to its predecessors' themes (the strategy domain's
 * `focus_area_lineage`, upward only — never siblings that merely share a successor). The average
 * divides by those who answered the question (Σ n), never by all respondents of the survey; rounded
 * half away from zero to two decimals. Reads only the surveys domain's own tables.
 */
@Injectable()
export class SurveyScoresReadService {
  constructor(private readonly dataSource: DataSource) {}

  /** Per focus area given, year and region, and per year for all regions together (GROUPING SETS). */
  async scores(organizationId: string, focusAreaIds: string[]): Promise<SurveyScoreRow[]> {
    if (!focusAreaIds.length) return [];
    const rows: RawRow[] = await this.dataSource.query(
      `WITH lineage AS (SELECT root_id, focus_area_id FROM focus_area_lineage($1, $2::uuid[], 'up')),
       measured AS (
         SELECT l.root_id AS focus_area_id, s.id AS survey_id, s.year, s.region_id, t.focus_area_id AS source_focus_area_id,
                c.value, c.n, s.updated_at
           FROM lineage l
           JOIN survey_theme t ON t.focus_area_id = l.focus_area_id
           JOIN survey s ON s.id = t.survey_id
           JOIN survey_question q ON q.theme_id = t.id AND q.kind = 'likert'
           JOIN survey_likert_count c ON c.question_id = q.id
          WHERE s.organization_id = $1
       )
       SELECT focus_area_id, year, region_id, GROUPING(region_id) = 1 AS pooled,
              sum(n)::int AS respondent_count,
              round(sum(value * n)::numeric / nullif(sum(n), 0), 2)::float8 AS average,
              array_agg(DISTINCT survey_id) AS survey_ids,
              array_agg(DISTINCT source_focus_area_id) AS source_focus_area_ids,
              max(updated_at) AS updated_at
         FROM measured
        GROUP BY GROUPING SETS ((focus_area_id, year, region_id), (focus_area_id, year))
        ORDER BY focus_area_id, year, region_id NULLS FIRST`,
      [organizationId, focusAreaIds],
    );
    return rows.map((raw) => {
      const r = sqlRow(raw);
      const pooled = r.boolean('pooled');
      return {
        focusAreaId: r.string('focus_area_id'),
        year: r.number('year'),
        regionId: pooled ? null : r.string('region_id'),
        pooled,
        respondentCount: r.number('respondent_count'),
        average: r.numberOrNull('average'),
        surveyIds: r.json<string[] | null>('survey_ids') ?? [],
        sourceFocusAreaIds: r.json<string[] | null>('source_focus_area_ids') ?? [],
        updatedAt: r.timestampOrNull('updated_at'),
      };
    });
  }

  /** The years with a survey that measured one of the focus areas given or a predecessor. */
  async years(organizationId: string, focusAreaIds: string[]): Promise<number[]> {
    if (!focusAreaIds.length) return [];
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT DISTINCT s.year FROM survey s JOIN survey_theme t ON t.survey_id = s.id
        WHERE s.organization_id = $1 AND t.focus_area_id IN (SELECT focus_area_id FROM focus_area_lineage($1, $2::uuid[], 'up'))
        ORDER BY s.year`,
      [organizationId, focusAreaIds],
    );
    return rows.map((raw) => sqlRow(raw).number('year'));
  }

  /**
   * Each survey theme that measured the focus area or a predecessor in the year (and region, when
   * given), with its own average and answer count.
   */
  async focusAreaThemes(organizationId: string, focusAreaId: string, year: number, regionId: string | null): Promise<DashboardSurveyRowDto[]> {
    const rows: RawRow[] = await this.dataSource.query(
      `WITH up AS (SELECT focus_area_id AS id FROM focus_area_lineage($1, ARRAY[$2::uuid], 'up'))
       SELECT s.id AS survey_id, s.title, s.year, s.region_id, r.code AS region_code, t.focus_area_id, t.title AS theme_title,
              coalesce(sum(c.n), 0)::int AS respondent_count,
              round(sum(c.value * c.n)::numeric / nullif(sum(c.n), 0), 2)::float8 AS average
         FROM survey_theme t
         JOIN survey s ON s.id = t.survey_id
         JOIN region r ON r.id = s.region_id
         LEFT JOIN survey_question q ON q.theme_id = t.id AND q.kind = 'likert'
         LEFT JOIN survey_likert_count c ON c.question_id = q.id
        WHERE s.organization_id = $1 AND t.focus_area_id IN (SELECT id FROM up) AND s.year = $3
          AND ($4::uuid IS NULL OR s.region_id = $4::uuid)
        GROUP BY s.id, s.title, s.year, s.region_id, r.code, r.sort_order, t.id, t.focus_area_id, t.title
        ORDER BY r.sort_order, s.title, t.title`,
      [organizationId, focusAreaId, year, regionId],
    );
    return rows.map((raw) => {
      const r = sqlRow(raw);
      return {
        surveyId: r.string('survey_id'),
        title: r.string('title'),
        year: r.number('year'),
        regionId: r.string('region_id'),
        regionCode: r.string('region_code'),
        focusAreaId: r.string('focus_area_id'),
        themeTitle: r.string('theme_title'),
        average: r.numberOrNull('average'),
        respondentCount: r.number('respondent_count'),
      };
    });
  }
}
