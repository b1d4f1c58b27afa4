import { Injectable } from '@nestjs/common';
import { canWriteRegion, notFound, pickCamel } from '@suunta/api-core';
import type {
  SessionUser,
  SurveyDetailDto,
  SurveyFocusAreaRefDto,
  SurveyLikertStatsDto,
  SurveyListQuery,
  SurveyQuestionDto,
  SurveyScalePointDto,
  SurveySeriesDto,
  SurveySeriesPointDto,
  SurveySummaryDto,
  SurveyThemeDto,
} from '@suunta/shared-domain';
import { computeLikertStats, roundHalfUp } from '@suunta/shared-survey-import';
import { type FocusAreaRef, StrategyReadService } from '@suunta/api-strategy';
import { DataSource, EntityManager } from 'typeorm';
import { compareClaim } from './survey-claims.util';

interface SummaryRow {
  id: string;
  title: string;
  year: number;
  region_id: string;
  region_code: string;
  strategy_id: string | null;
  ran_from: string | null;
  ran_to: string | null;
  ran_note: string | null;
  invited_count: number | null;
  respondent_count: number | null;
  theme_count: number;
  source_format: SurveySummaryDto['sourceFormat'];
  version: number;
  created_at: Date;
  content_hash: string;
}

const SUMMARY_COLUMNS = `
  s.id, s.title, s.year, s.region_id, r.code AS region_code, s.strategy_id,
  to_char(s.ran_from, 'YYYY-MM-DD') AS ran_from, to_char(s.ran_to, 'YYYY-MM-DD') AS ran_to, s.ran_note,
  s.invited_count, s.respondent_count, s.source_format, s.version, s.created_at, s.content_hash,
  (SELECT count(*)::int FROM survey_theme t WHERE t.survey_id = s.id) AS theme_count`;

/** Reads surveys with a fixed number of queries whatever their size; figures come from the counts. */
@Injectable()
export class SurveyReadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly strategies: StrategyReadService,
  ) {}

  async list(user: SessionUser, query: SurveyListQuery): Promise<SurveySummaryDto[]> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}
         FROM survey s JOIN region r ON r.id = s.region_id
        WHERE s.organization_id = $1
          AND ($2::uuid IS NULL OR s.region_id = $2)
          AND ($3::int IS NULL OR s.year = $3)
          AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM survey_theme t WHERE t.survey_id = s.id AND t.focus_area_id = $4))
        ORDER BY s.year DESC, r.sort_order, s.title`,
      [user.organizationId, query.regionId ?? null, query.year ?? null, query.focusAreaId ?? null],
    );
    return rows.map(toSummary);
  }

  async get(user: SessionUser, id: string, manager: EntityManager = this.dataSource.manager): Promise<SurveyDetailDto> {
    const [row]: SummaryRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS} FROM survey s JOIN region r ON r.id = s.region_id WHERE s.id = $1 AND s.organization_id = $2`,
      [id, user.organizationId],
    );
    if (!row) {
      throw notFound('survey_not_found', `Survey ${id} not found`, { id });
    }
    const scale: SurveyScalePointDto[] = await manager.query(
      `SELECT value, label FROM survey_scale_point WHERE survey_id = $1 ORDER BY value`,
      [id],
    );
    const themes: {
      id: string;
      sort_order: number;
      title: string;
      claimed_average: string | null;
      claimed_source: string | null;
      focus_area_id: string | null;
    }[] = await manager.query(
      `SELECT t.id, t.sort_order, t.title, t.claimed_average::text AS claimed_average, t.claimed_source, t.focus_area_id
         FROM survey_theme t
        WHERE t.survey_id = $1
        ORDER BY t.sort_order`,
      [id],
    );
    const linked = new Map(
      (await this.strategies.focusAreaRefs(user.organizationId, themes.flatMap((t) => (t.focus_area_id ? [t.focus_area_id] : [])), 'newest_strategy_first', manager)).map((fa) => [fa.id, fa]),
    );
    const questions: {
      id: string;
      theme_id: string | null;
      number: number;
      text: string;
      kind: 'likert' | 'open';
      respondent_count: number;
      source_line: number | null;
      source_column: string | null;
    }[] = await manager.query(
      `SELECT id, theme_id, number, text, kind, respondent_count, source_line, source_column
         FROM survey_question WHERE survey_id = $1 ORDER BY number`,
      [id],
    );
    const counts: { question_id: string; value: number; n: number }[] = await manager.query(
      `SELECT question_id, value, n FROM survey_likert_count WHERE survey_id = $1`,
      [id],
    );
    const answers: { question_id: string; text: string }[] = await manager.query(
      `SELECT question_id, text FROM survey_open_answer WHERE survey_id = $1 ORDER BY question_id, sort_order`,
      [id],
    );

    const toQuestion = (q: (typeof questions)[number]): SurveyQuestionDto => ({
      id: q.id,
      number: q.number,
      text: q.text,
      kind: q.kind,
      respondentCount: q.respondent_count,
      stats: q.kind === 'likert' ? likertStats(counts.filter((c) => c.question_id === q.id), scale) : null,
      answers: answers.filter((a) => a.question_id === q.id).map((a) => a.text),
      sourceLine: q.source_line,
      sourceColumn: q.source_column,
    });
    const themeDtos: SurveyThemeDto[] = themes.map((t) => {
      const members = questions.filter((q) => q.theme_id === t.id).map(toQuestion);
      const likert = members.find((q) => q.kind === 'likert') ?? null;
      return {
        id: t.id,
        index: t.sort_order,
        title: t.title,
        focusArea: t.focus_area_id && linked.has(t.focus_area_id) ? toFocusAreaRef(linked.get(t.focus_area_id) as FocusAreaRef) : null,
        likert,
        open: members.filter((q) => q.kind === 'open'),
        claim:
          t.claimed_average !== null && likert?.stats
            ? compareClaim(t.claimed_average, t.claimed_source, likert.stats.totalScore, likert.stats.respondentCount, row.respondent_count)
            : null,
      };
    });
    return {
      ...toSummary(row),
      contentHash: row.content_hash,
      scale,
      themes: themeDtos,
      otherQuestions: questions.filter((q) => q.theme_id === null).map(toQuestion),
      canEdit: canWriteRegion(user, row.region_id),
    };
  }

  /** Focus areas that at least one survey theme is linked to (the comparison view's picker). */
  async measuredFocusAreas(user: SessionUser): Promise<SurveyFocusAreaRefDto[]> {
    const measured: { focus_area_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT focus_area_id FROM survey_theme WHERE organization_id = $1 AND focus_area_id IS NOT NULL`,
      [user.organizationId],
    );
    const refs = await this.strategies.focusAreaRefs(user.organizationId, measured.map((r) => r.focus_area_id), 'newest_strategy_first');
    return refs.map(toFocusAreaRef);
  }

  /**
   * One focus area's scores per year and region. With `lineage`, the focus areas it was mapped
   * from or to in other strategy versions count too, so the trend runs across strategy periods.
   * Counts are pooled per year and region; the average divides by those who answered.
   */
  async series(user: SessionUser, focusAreaId: string, lineage: boolean): Promise<SurveySeriesDto> {
    const [focusArea] = await this.strategies.focusAreaRefs(user.organizationId, [focusAreaId]);
    if (!focusArea) {
      throw notFound('focus_area_not_found', `Focus area ${focusAreaId} not found`, { id: focusAreaId });
    }
    const lineageRows: FocusAreaRef[] = lineage
      ? await this.strategies.focusAreaRefs(
          user.organizationId,
          (
            await this.dataSource.query(
              // the strategy domain's lineage, both ways (never sideways), at most 25 steps
              `SELECT focus_area_id FROM focus_area_lineage($1, ARRAY[$2::uuid], 'both')`,
              [user.organizationId, focusAreaId],
            )
          ).map((r: { focus_area_id: string }) => r.focus_area_id),
          'oldest_strategy_first',
        )
      : [focusArea];
    const ids = lineageRows.map((r) => r.id);
    const points: {
      year: number;
      region_id: string;
      region_code: string;
      respondent_count: number;
      total_score: number;
      average: number | null;
      survey_ids: string[];
      focus_area_ids: string[];
      counts: { value: number; n: number }[];
    }[] = await this.dataSource.query(
      `WITH measured AS (
         SELECT s.id AS survey_id, s.year, s.region_id, t.focus_area_id, c.value, c.n
           FROM survey s
           JOIN survey_theme t ON t.survey_id = s.id
           JOIN survey_question q ON q.theme_id = t.id AND q.kind = 'likert'
           JOIN survey_likert_count c ON c.question_id = q.id
          WHERE s.organization_id = $1 AND t.focus_area_id = ANY($2::uuid[])
       ),
       per_value AS (SELECT year, region_id, value, sum(n)::int AS n FROM measured GROUP BY year, region_id, value)
       SELECT m.year, m.region_id, r.code AS region_code,
              sum(m.n)::int AS respondent_count,
              sum(m.value * m.n)::int AS total_score,
              -- numeric round() is half away from zero, like the importer's preview
              round(sum(m.value * m.n)::numeric / nullif(sum(m.n), 0), 2)::float8 AS average,
              array_agg(DISTINCT m.survey_id) AS survey_ids,
              array_agg(DISTINCT m.focus_area_id) AS focus_area_ids,
              (SELECT json_agg(json_build_object('value', p.value, 'n', p.n) ORDER BY p.value)
                 FROM per_value p WHERE p.year = m.year AND p.region_id = m.region_id) AS counts
         FROM measured m JOIN region r ON r.id = m.region_id
        GROUP BY m.year, m.region_id, r.code, r.sort_order
        ORDER BY m.year, r.sort_order`,
      [user.organizationId, ids],
    );
    const regions: { id: string; code: string }[] = await this.dataSource.query(
      `SELECT id, code FROM region WHERE organization_id = $1 ORDER BY sort_order, code`,
      [user.organizationId],
    );
    // The labels of the latest survey in the series name the scale.
    const scale: SurveyScalePointDto[] = await this.dataSource.query(
      `SELECT DISTINCT ON (p.value) p.value, p.label
         FROM survey_scale_point p JOIN survey s ON s.id = p.survey_id
        WHERE s.id = ANY($1::uuid[])
        ORDER BY p.value, s.year DESC, s.created_at DESC`,
      [points.flatMap((p) => p.survey_ids)],
    );
    const seriesPoints: SurveySeriesPointDto[] = points.map((p) => ({
      year: p.year,
      regionId: p.region_id,
      regionCode: p.region_code,
      respondentCount: p.respondent_count,
      totalScore: p.total_score,
      average: p.average,
      counts: p.counts,
      surveyIds: p.survey_ids,
      focusAreaIds: p.focus_area_ids,
    }));
    return {
      focusArea: toFocusAreaRef(focusArea),
      lineage: lineageRows.map(toFocusAreaRef),
      points: seriesPoints,
      years: [...new Set(seriesPoints.map((p) => p.year))].sort((a, b) => a - b),
      regions,
      scale,
    };
  }
}

function likertStats(counts: readonly { value: number; n: number }[], scale: readonly SurveyScalePointDto[]): SurveyLikertStatsDto {
  const stats = computeLikertStats(counts, scale);
  return { respondentCount: stats.respondentCount, totalScore: stats.totalScore, average: stats.average, distribution: stats.distribution };
}

function toSummary(row: SummaryRow): SurveySummaryDto {
  return {
    ...pickCamel(row, ['id', 'title', 'year', 'region_id', 'region_code', 'strategy_id', 'ran_from', 'ran_to', 'ran_note', 'invited_count', 'respondent_count']),
    responseRate:
      row.invited_count && row.respondent_count !== null ? roundHalfUp((row.respondent_count * 100) / row.invited_count, 1) : null,
    ...pickCamel(row, ['theme_count', 'source_format', 'version']),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function toFocusAreaRef(ref: FocusAreaRef): SurveyFocusAreaRefDto {
  return { id: ref.id, code: ref.code, title: ref.title, strategyId: ref.strategyId, strategyTitle: ref.strategyTitle };
}
