import { Injectable } from '@nestjs/common';
import { RequestValidationException } from '@suunta/api-core';
import type { ArchiveSurvey, ArchiveSurveyQuestion, FieldError } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/**
 * The surveys domain's part of the archive (api-archive): the surveys of a strategy (tied to it,
 * or with a theme on one of its focus areas), with their scale, themes, questions, distributions
 * and open answers exactly as imported. Averages are not stored, so none travel.
 */
@Injectable()
export class SurveyArchiveService {
  constructor(private readonly dataSource: DataSource) {}

  /** `focusAreas`: focus area id → archive key of the strategy's focus areas. */
  async export(
    organizationId: string,
    strategyId: string,
    focusAreas: Map<string, string>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ surveys: ArchiveSurvey[]; surveyKeys: Map<string, string> }> {
    const surveys: {
      id: string; region: string; year: number; title: string; ran_from: string | null; ran_to: string | null; ran_note: string | null;
      invited_count: number | null; respondent_count: number | null; source_format: ArchiveSurvey['sourceFormat']; source_text: string; content_hash: string;
    }[] = await manager.query(
      `SELECT s.id, r.code AS region, s.year, s.title, to_char(s.ran_from, 'YYYY-MM-DD') AS ran_from, to_char(s.ran_to, 'YYYY-MM-DD') AS ran_to, s.ran_note,
              s.invited_count, s.respondent_count, s.source_format, s.source_text, s.content_hash
         FROM survey s JOIN region r ON r.id = s.region_id
        WHERE s.organization_id = $1
          AND (s.strategy_id = $2 OR EXISTS (SELECT 1 FROM survey_theme t WHERE t.survey_id = s.id AND t.focus_area_id = ANY($3::uuid[])))
        ORDER BY s.year, r.code, s.title, s.content_hash`,
      [organizationId, strategyId, [...focusAreas.keys()]],
    );
    const ids = surveys.map((s) => s.id);
    const scale: { survey_id: string; value: number; label: string }[] = await manager.query(
      `SELECT survey_id, value, label FROM survey_scale_point WHERE survey_id = ANY($1::uuid[]) ORDER BY value`, [ids]);
    const themes: { id: string; survey_id: string; title: string; focus_area_id: string | null; claimed_average: string | null; claimed_source: string | null }[] = await manager.query(
      `SELECT id, survey_id, title, focus_area_id, claimed_average, claimed_source FROM survey_theme WHERE organization_id = $1 AND survey_id = ANY($2::uuid[]) ORDER BY sort_order`,
      [organizationId, ids]);
    const questions: {
      id: string; survey_id: string; theme_id: string | null; number: number; text: string; kind: 'likert' | 'open'; respondent_count: number;
      reported_average: string | null; source_line: number | null; source_column: string | null;
    }[] = await manager.query(
      `SELECT id, survey_id, theme_id, number, text, kind, respondent_count, reported_average, source_line, source_column
         FROM survey_question WHERE organization_id = $1 AND survey_id = ANY($2::uuid[]) ORDER BY number`,
      [organizationId, ids]);
    const counts: { question_id: string; value: number; n: number; reported_percent: string | null }[] = await manager.query(
      `SELECT question_id, value, n, reported_percent FROM survey_likert_count WHERE survey_id = ANY($1::uuid[]) ORDER BY value`, [ids]);
    const answers: { question_id: string; text: string }[] = await manager.query(
      `SELECT question_id, text FROM survey_open_answer WHERE survey_id = ANY($1::uuid[]) ORDER BY sort_order`, [ids]);

    const surveyKeys = new Map<string, string>();
    const result = surveys.map((s, i): ArchiveSurvey => {
      const key = `S${i + 1}`;
      surveyKeys.set(s.id, key);
      const own = themes.filter((t) => t.survey_id === s.id);
      const themeIndex = new Map(own.map((t, j) => [t.id, j]));
      return {
        key,
        region: s.region,
        year: s.year,
        title: s.title,
        ranFrom: s.ran_from,
        ranTo: s.ran_to,
        ranNote: s.ran_note,
        invitedCount: s.invited_count,
        respondentCount: s.respondent_count,
        sourceFormat: s.source_format,
        sourceText: s.source_text,
        contentHash: s.content_hash,
        scale: scale.filter((p) => p.survey_id === s.id).map((p) => ({ value: p.value, label: p.label })),
        // a theme on a focus area of another strategy keeps its title and loses the link
        themes: own.map((t) => ({ title: t.title, focusArea: t.focus_area_id ? focusAreas.get(t.focus_area_id) ?? null : null, claimedAverage: num(t.claimed_average), claimedSource: t.claimed_source })),
        questions: questions.filter((q) => q.survey_id === s.id).map((q): ArchiveSurveyQuestion => ({
          number: q.number,
          theme: q.theme_id === null ? null : themeIndex.get(q.theme_id) ?? null,
          text: q.text,
          kind: q.kind,
          respondentCount: q.respondent_count,
          reportedAverage: num(q.reported_average),
          sourceLine: q.source_line,
          sourceColumn: q.source_column,
          counts: counts.filter((c) => c.question_id === q.id).map((c) => ({ value: c.value, n: c.n, reportedPercent: num(c.reported_percent) })),
          openAnswers: answers.filter((a) => a.question_id === q.id).map((a) => a.text),
        })),
      };
    });
    return { surveys: result, surveyKeys };
  }

  /** Content hashes of the archive's surveys that the organization has already imported. */
  async alreadyImported(organizationId: string, hashes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows: { content_hash: string }[] = await manager.query(`SELECT content_hash FROM survey WHERE organization_id = $1 AND content_hash = ANY($2::text[])`, [organizationId, hashes]);
    return new Set(rows.map((r) => r.content_hash));
  }

  /** Writes the surveys with the caller's manager; answers survey key → id. */
  async import(
    organizationId: string,
    strategyId: string,
    surveys: readonly ArchiveSurvey[],
    refs: { focusAreas: Map<string, string>; regions: Map<string, string> },
    manager: EntityManager,
  ): Promise<Map<string, string>> {
    const errors: FieldError[] = [];
    surveys.forEach((s, i) => {
      if (!refs.regions.has(s.region)) errors.push({ field: `surveys.${i}.region`, message: `Unknown region "${s.region}"`, code: 'unknown_region' });
      s.themes.forEach((t, j) => {
        if (t.focusArea !== null && !refs.focusAreas.has(t.focusArea)) errors.push({ field: `surveys.${i}.themes.${j}.focusArea`, message: `Unknown focus area "${t.focusArea}"`, code: 'invalid' });
      });
      const values = new Set(s.scale.map((p) => p.value));
      s.questions.forEach((q, j) => {
        if (q.theme !== null && !s.themes[q.theme]) errors.push({ field: `surveys.${i}.questions.${j}.theme`, message: `The survey has no theme ${q.theme}`, code: 'invalid' });
        q.counts.forEach((c, k) => {
          if (!values.has(c.value)) errors.push({ field: `surveys.${i}.questions.${j}.counts.${k}.value`, message: `${c.value} is not a point of the survey's scale`, code: 'invalid' });
        });
      });
    });
    if (errors.length > 0) throw new RequestValidationException(errors);

    const ids = new Map<string, string>();
    for (const s of surveys) {
      const [row] = await manager.query(
        `INSERT INTO survey (organization_id, region_id, year, strategy_id, title, ran_from, ran_to, ran_note, invited_count, respondent_count, source_format, source_text, content_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [organizationId, refs.regions.get(s.region), s.year, strategyId, s.title, s.ranFrom, s.ranTo, s.ranNote, s.invitedCount, s.respondentCount, s.sourceFormat, s.sourceText, s.contentHash],
      );
      ids.set(s.key, row.id);
      for (const p of s.scale) {
        await manager.query(`INSERT INTO survey_scale_point (survey_id, value, label) VALUES ($1, $2, $3)`, [row.id, p.value, p.label]);
      }
      const themeIds: string[] = [];
      for (const [j, t] of s.themes.entries()) {
        const [theme] = await manager.query(
          `INSERT INTO survey_theme (organization_id, survey_id, sort_order, title, focus_area_id, claimed_average, claimed_source) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [organizationId, row.id, j + 1, t.title, t.focusArea ? refs.focusAreas.get(t.focusArea) : null, t.claimedAverage, t.claimedSource],
        );
        themeIds.push(theme.id);
      }
      for (const q of s.questions) {
        const [question] = await manager.query(
          `INSERT INTO survey_question (organization_id, survey_id, theme_id, number, text, kind, respondent_count, reported_average, source_line, source_column)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [organizationId, row.id, q.theme === null ? null : themeIds[q.theme], q.number, q.text, q.kind, q.respondentCount, q.reportedAverage, q.sourceLine, q.sourceColumn],
        );
        for (const c of q.counts) {
          await manager.query(`INSERT INTO survey_likert_count (question_id, survey_id, value, n, reported_percent) VALUES ($1, $2, $3, $4, $5)`, [question.id, row.id, c.value, c.n, c.reportedPercent]);
        }
        for (const [k, text] of q.openAnswers.entries()) {
          await manager.query(`INSERT INTO survey_open_answer (question_id, survey_id, sort_order, text) VALUES ($1, $2, $3, $4)`, [question.id, row.id, k + 1, text]);
        }
      }
    }
    return ids;
  }
}
