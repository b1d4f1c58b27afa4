import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { assertCanWriteRegion, conflict, RequestValidationException } from '@suunta/api-core';
import { AuditActor, AuditService } from '@suunta/api-accounts';
import type {
  FieldError,
  SessionUser,
  SurveyFocusAreaRefDto,
  SurveyImportColumnDto,
  SurveyImportPreviewDto,
  SurveyImportProblemDto,
  SurveyImportQuestionDto,
  SurveyImportRequest,
  SurveyImportThemeDto,
} from '@suunta/shared-domain';
import {
  ColumnAssignment,
  computeLikertStats,
  contentHash,
  hasBlockingProblems,
  ParseProblem,
  parseWebropolCsv,
  parseWebropolReport,
  SONET_BOTNIA_EVALUATION_SCALE,
  SurveyParseResult,
} from '@suunta/shared-survey-import';
import { type FocusAreaOption, StrategyReadService } from '@suunta/api-strategy';
import { DataSource, EntityManager } from 'typeorm';
import { suggestFocusAreas } from './focus-area-match.util';

/** Column mappings name a focus area through the theme key the CSV parser groups by. */
const FOCUS_AREA_KEY = 'fa:';

interface Prepared {
  request: SurveyImportRequest;
  result: SurveyParseResult;
  hash: string;
  year: number | null;
  title: string | null;
  invitedCount: number | null;
  options: FocusAreaOption[];
  /** Theme index → focus area id, as the request links them. */
  links: Map<number, string | null>;
  suggestions: Map<number, string>;
  duplicateOf: string | null;
}

/**
 * Imports a Webropol report (text) or raw-answer export (CSV): `preview` parses and reports every
 * figure and problem and saves nothing; `commit` saves the survey with all its questions, counts
 * and answers in the caller's transaction, or nothing at all.
 */
@Injectable()
export class SurveyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly strategies: StrategyReadService,
  ) {}

  async preview(user: SessionUser, request: SurveyImportRequest): Promise<SurveyImportPreviewDto> {
    await this.assertRegion(this.dataSource.manager, user.organizationId, request.regionId);
    assertCanWriteRegion(user, request.regionId);
    const prepared = await this.prepare(this.dataSource.manager, user.organizationId, request);
    return toPreview(prepared);
  }

  /** Checks the user's right to the region, then imports in one transaction. Returns the new survey id. */
  async commit(user: SessionUser, request: SurveyImportRequest): Promise<string> {
    await this.assertRegion(this.dataSource.manager, user.organizationId, request.regionId);
    assertCanWriteRegion(user, request.regionId);
    return this.dataSource.transaction((manager) => this.importInTransaction(manager, user, user.organizationId, request));
  }

  /**
   * The importer proper; the seeder calls it too, so seeded surveys go through exactly the same
   * parsing and checks. Throws 400 (request), 409 (already imported) or 422 (file problems).
   */
  async importInTransaction(
    manager: EntityManager,
    actor: AuditActor,
    organizationId: string,
    request: SurveyImportRequest,
  ): Promise<string> {
    await this.assertRegion(manager, organizationId, request.regionId);
    const prepared = await this.prepare(manager, organizationId, request);
    const { result } = prepared;
    if (prepared.duplicateOf) {
      throw conflict('survey_already_imported', `This content was already imported as survey ${prepared.duplicateOf}; it is not imported twice`, { id: prepared.duplicateOf });
    }
    if (hasBlockingProblems(result)) {
      throw problemsException(result.problems);
    }
    const missing: FieldError[] = [];
    if (prepared.year === null) missing.push({ field: 'year', message: 'The report names no year: give the year the survey evaluates' });
    if (!prepared.title) missing.push({ field: 'title', message: 'The report has no title: give one' });
    if (missing.length > 0) {
      throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', code: 'survey_import_incomplete', message: missing.map((m) => m.message).join('; '), errors: missing });
    }
    const linkedFocusAreas = [...new Set([...prepared.links.values()].filter((id): id is string => !!id))];
    const strategyId =
      request.strategyId !== undefined
        ? request.strategyId
        : onlyOne(prepared.options.filter((o) => linkedFocusAreas.includes(o.id)).map((o) => o.strategyId));

    const [{ id: surveyId }]: { id: string }[] = await manager.query(
      `INSERT INTO survey (organization_id, region_id, year, strategy_id, title, ran_from, ran_to, ran_note,
                           invited_count, respondent_count, source_format, source_text, content_hash, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        organizationId,
        request.regionId,
        prepared.year,
        strategyId ?? null,
        prepared.title,
        request.ranFrom ?? result.ranAt ?? null,
        request.ranTo ?? result.ranAt ?? null,
        request.ranNote ?? null,
        prepared.invitedCount,
        result.respondentCount ?? null,
        request.format,
        request.content,
        prepared.hash,
        'system' in actor ? null : actor.id,
      ],
    );
    await manager.query(
      `INSERT INTO survey_scale_point (survey_id, value, label) SELECT $1, * FROM unnest($2::int[], $3::text[])`,
      [surveyId, result.scale.map((p) => p.value), result.scale.map((p) => p.label)],
    );
    const themeRows: { id: string; sort_order: number }[] = result.themes.length
      ? await manager.query(
          `INSERT INTO survey_theme (organization_id, survey_id, sort_order, title, focus_area_id)
           SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::uuid[]) RETURNING id, sort_order`,
          [
            organizationId,
            surveyId,
            result.themes.map((t) => t.index),
            result.themes.map((t) => t.title),
            result.themes.map((t) => prepared.links.get(t.index) ?? null),
          ],
        )
      : [];
    const themeIdByKey = new Map(result.themes.map((t) => [t.key, themeRows.find((r) => r.sort_order === t.index)?.id ?? null]));
    const questionRows: { id: string; number: number }[] = await manager.query(
      `INSERT INTO survey_question (organization_id, survey_id, theme_id, number, text, kind, respondent_count, reported_average, source_line, source_column)
       SELECT $1, $2, * FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::int[], $8::numeric[], $9::int[], $10::text[])
       RETURNING id, number`,
      [
        organizationId,
        surveyId,
        result.questions.map((q) => (q.themeKey ? themeIdByKey.get(q.themeKey) ?? null : null)),
        result.questions.map((q) => q.number),
        result.questions.map((q) => q.text),
        result.questions.map((q) => q.kind),
        result.questions.map((q) => q.respondentCount),
        result.questions.map((q) => q.reportedAverage ?? null),
        result.questions.map((q) => q.line ?? null),
        result.questions.map((q) => q.column ?? null),
      ],
    );
    const questionId = new Map(questionRows.map((r) => [r.number, r.id]));
    const counts = result.questions.flatMap((q) => (q.kind === 'likert' ? q.counts.map((c) => ({ q: questionId.get(q.number), ...c })) : []));
    if (counts.length > 0) {
      await manager.query(
        `INSERT INTO survey_likert_count (survey_id, question_id, value, n, reported_percent)
         SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::int[], $5::numeric[])`,
        [surveyId, counts.map((c) => c.q), counts.map((c) => c.value), counts.map((c) => c.n), counts.map((c) => c.reportedPercent ?? null)],
      );
    }
    const answers = result.questions.flatMap((q) => (q.answers ?? []).map((text, i) => ({ q: questionId.get(q.number), i: i + 1, text })));
    if (answers.length > 0) {
      await manager.query(
        `INSERT INTO survey_open_answer (survey_id, question_id, sort_order, text) SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::text[])`,
        [surveyId, answers.map((a) => a.q), answers.map((a) => a.i), answers.map((a) => a.text)],
      );
    }
    await this.audit.record(manager, actor, {
      entityType: 'survey',
      entityId: surveyId,
      action: 'import',
      after: {
        title: prepared.title,
        year: prepared.year,
        regionId: request.regionId,
        format: request.format,
        contentHash: prepared.hash,
        questions: result.questions.length,
        themes: result.themes.map((t) => ({ index: t.index, focusAreaId: prepared.links.get(t.index) ?? null })),
      },
    });
    return surveyId;
  }

  private async assertRegion(manager: EntityManager, organizationId: string, regionId: string): Promise<void> {
    const rows = await manager.query(`SELECT 1 FROM region WHERE id = $1 AND organization_id = $2`, [regionId, organizationId]);
    if (rows.length === 0) {
      throw new RequestValidationException([{ field: 'regionId', message: `Region ${regionId} does not exist in this organization`, code: 'unknown_region' }]);
    }
  }

  private async prepare(manager: EntityManager, organizationId: string, request: SurveyImportRequest): Promise<Prepared> {
    assertPlainText(request.content);
    if (request.strategyId) {
      if (!(await this.strategies.strategyExists(organizationId, request.strategyId, manager))) {
        throw new RequestValidationException([{ field: 'strategyId', message: `Strategy ${request.strategyId} does not exist in this organization`, code: 'unknown_strategy' }]);
      }
    }
    if (request.ranFrom && request.ranTo && request.ranTo < request.ranFrom) {
      throw new RequestValidationException([{ field: 'ranTo', message: 'ranTo must not be before ranFrom', code: 'before_start' }]);
    }
    const allFocusAreas = await this.focusAreaOptions(manager, organizationId, request.year ?? null);
    this.assertFocusAreas(request, allFocusAreas);

    const result = this.parse(request, allFocusAreas);
    const year = request.year ?? result.year ?? null;
    const options = year === request.year ? allFocusAreas : await this.focusAreaOptions(manager, organizationId, year);
    if (request.format === 'webropol-report') {
      const themeCount = result.themes.length;
      const errors = (request.themeLinks ?? [])
        .map((link, i) => ({ link, i }))
        .filter(({ link }) => link.themeIndex > themeCount)
        .map(({ link, i }) => ({ field: `themeLinks.${i}.themeIndex`, message: `The report has ${themeCount} themes; there is no theme ${link.themeIndex}` }));
      if (errors.length > 0) throw new RequestValidationException(errors);
    }
    const links = new Map<number, string | null>();
    for (const theme of result.themes) {
      if (theme.key.startsWith(FOCUS_AREA_KEY)) links.set(theme.index, theme.key.slice(FOCUS_AREA_KEY.length));
    }
    for (const link of request.themeLinks ?? []) links.set(link.themeIndex, link.focusAreaId);

    const hash = contentHash(request.content);
    const [duplicate]: { id: string }[] = await manager.query(
      `SELECT id FROM survey WHERE organization_id = $1 AND content_hash = $2`,
      [organizationId, hash],
    );
    return {
      request,
      result,
      hash,
      year,
      title: request.title ?? result.title ?? null,
      invitedCount: request.invitedCount ?? result.invitedCount ?? null,
      options,
      links,
      suggestions: suggestFocusAreas(result.themes, pickSuggestionCandidates(options, result.themes.length, request.strategyId ?? null)),
      duplicateOf: duplicate?.id ?? null,
    };
  }

  private parse(request: SurveyImportRequest, focusAreas: readonly FocusAreaOption[]): SurveyParseResult {
    if (request.format === 'webropol-report') {
      return parseWebropolReport(request.content, {
        ...(request.scaleLabels ? { scaleLabels: request.scaleLabels } : {}),
        ...(request.invitedCount !== undefined ? { invitedCount: request.invitedCount } : {}),
      });
    }
    const columnMapping: Record<string, ColumnAssignment> = {};
    for (const column of request.columns ?? []) {
      const focusArea = column.focusAreaId ? focusAreas.find((f) => f.id === column.focusAreaId) : undefined;
      columnMapping[column.letter] = {
        ...(column.kind ? { kind: column.kind } : {}),
        ...(focusArea ? { themeKey: `${FOCUS_AREA_KEY}${focusArea.id}`, themeTitle: focusArea.title } : {}),
      };
    }
    return parseWebropolCsv(request.content, {
      scaleLabels: request.scaleLabels ?? SONET_BOTNIA_EVALUATION_SCALE,
      columnMapping,
      ...(request.invitedCount !== undefined ? { invitedCount: request.invitedCount } : {}),
    });
  }

  /** Every focus area a link names must be one of this organization's. */
  private assertFocusAreas(request: SurveyImportRequest, options: readonly FocusAreaOption[]): void {
    const known = new Set(options.map((o) => o.id));
    const errors: FieldError[] = [
      ...(request.themeLinks ?? []).map((l, i) => ({ id: l.focusAreaId, field: `themeLinks.${i}.focusAreaId` })),
      ...(request.columns ?? []).map((c, i) => ({ id: c.focusAreaId ?? null, field: `columns.${i}.focusAreaId` })),
    ]
      .filter((x) => x.id !== null && !known.has(x.id))
      .map((x) => ({ field: x.field, message: `Focus area ${x.id} does not exist in this organization` }));
    if (errors.length > 0) throw new RequestValidationException(errors);
  }

  /** Focus areas a theme may be linked to: those of strategies valid in `year` first. */
  async linkOptions(organizationId: string, year: number | null): Promise<SurveyFocusAreaRefDto[]> {
    const options = await this.focusAreaOptions(this.dataSource.manager, organizationId, year);
    return options.map(({ id, code, title, strategyId, strategyTitle }) => ({ id, code, title, strategyId, strategyTitle }));
  }

  /** All focus areas, those of strategies valid in `year` first, newest strategy first (the strategy domain's order). */
  private focusAreaOptions(manager: EntityManager, organizationId: string, year: number | null): Promise<FocusAreaOption[]> {
    return this.strategies.focusAreaOptions(organizationId, year, manager);
  }
}

/**
 * Suggestions come from one strategy: the one asked for, else among those valid in the year the
 * newest with exactly as many focus areas as the survey has themes, else the newest valid one.
 */
function pickSuggestionCandidates(options: readonly FocusAreaOption[], themeCount: number, strategyId: string | null): FocusAreaOption[] {
  if (strategyId) return options.filter((o) => o.strategyId === strategyId);
  const valid = options.filter((o) => o.validInYear);
  const strategies = [...new Set(valid.map((o) => o.strategyId))];
  const chosen = strategies.find((s) => valid.filter((o) => o.strategyId === s).length === themeCount) ?? strategies[0];
  return valid.filter((o) => o.strategyId === chosen);
}

// PostgreSQL text cannot hold NUL, and other control characters mean a binary file was sent.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** 400 naming the first line of a binary file (e.g. an .xlsx sent as text) rather than a database error. */
function assertPlainText(content: string): void {
  const lines = content.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => CONTROL_CHARACTER.test(line));
  if (index >= 0) {
    throw new RequestValidationException([
      {
        field: `content.line.${index + 1}`,
        message: `Line ${index + 1} contains control characters: this is not a text report or CSV file (save an Excel file as CSV first)`,
        code: 'invalid_characters',
      },
    ]);
  }
}

function onlyOne<T>(values: readonly T[]): T | null {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? (distinct[0] as T) : null;
}

/** 422 naming every blocking problem by line or cell. */
function problemsException(problems: readonly ParseProblem[]): UnprocessableEntityException {
  const blocking = problems.filter((p) => p.severity === 'error');
  const errors: FieldError[] = blocking.map((p) => ({ field: problemLocation(p), message: p.message }));
  const first = blocking[0];
  const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more problem${blocking.length > 2 ? 's' : ''})` : '';
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    code: 'survey_file_invalid',
    message: `The file cannot be imported: ${first?.message ?? 'it has problems'}${more}`,
    errors,
  });
}

function problemLocation(p: ParseProblem): string {
  if (p.cell) return `content.cell.${p.cell}`;
  if (p.line !== undefined) return `content.line.${p.line}`;
  if (p.column) return `content.column.${p.column}`;
  return 'content';
}

function toPreview(prepared: Prepared): SurveyImportPreviewDto {
  const { result, request } = prepared;
  const questions: SurveyImportQuestionDto[] = result.questions.map((q) => {
    const stats = q.kind === 'likert' ? computeLikertStats(q.counts, result.scale) : null;
    return {
      number: q.number,
      text: q.text,
      kind: q.kind,
      respondentCount: q.respondentCount,
      counts: q.counts.map((c) => ({ value: c.value, n: c.n, reportedPercent: c.reportedPercent ?? null })),
      stats: stats && { respondentCount: stats.respondentCount, totalScore: stats.totalScore, average: stats.average, distribution: stats.distribution },
      answers: q.answers ?? [],
      reportedAverage: q.reportedAverage ?? null,
      line: q.line ?? null,
      column: q.column ?? null,
    };
  });
  const themes: SurveyImportThemeDto[] = result.themes.map((t) => ({
    index: t.index,
    title: t.title,
    questionNumbers: t.questionNumbers,
    focusAreaId: prepared.links.get(t.index) ?? null,
    suggestedFocusAreaId: prepared.suggestions.get(t.index) ?? null,
  }));
  const themeOfQuestion = new Map(result.themes.flatMap((t) => t.questionNumbers.map((n) => [n, t.index] as const)));
  const columns: SurveyImportColumnDto[] | null = result.columns
    ? result.columns.map((c) => {
        const themeIndex = c.questionNumber !== undefined ? themeOfQuestion.get(c.questionNumber) : undefined;
        return {
          letter: c.letter,
          header: c.header,
          detectedKind: c.detectedKind,
          detectionReason: c.detectionReason,
          kind: c.kind,
          nonEmptyCount: c.nonEmptyCount,
          samples: c.samples,
          questionNumber: c.questionNumber ?? null,
          focusAreaId: themeIndex !== undefined ? prepared.links.get(themeIndex) ?? null : null,
        };
      })
    : null;
  const problems: SurveyImportProblemDto[] = result.problems.map((p) => ({ ...p }));
  return {
    mode: 'preview',
    format: request.format,
    contentHash: prepared.hash,
    duplicateOfSurveyId: prepared.duplicateOf,
    title: prepared.title,
    year: prepared.year,
    invitedCount: prepared.invitedCount,
    respondentCount: result.respondentCount ?? null,
    scale: result.scale,
    themes,
    questions,
    columns,
    problems,
    focusAreaOptions: prepared.options.map(({ id, code, title, strategyId, strategyTitle }) => ({ id, code, title, strategyId, strategyTitle })),
    canCommit: !hasBlockingProblems(result) && !prepared.duplicateOf && prepared.year !== null && !!prepared.title,
  };
}
