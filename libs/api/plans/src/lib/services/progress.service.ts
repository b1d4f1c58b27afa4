import { Injectable } from '@nestjs/common';
import { assertCanWriteRegion, conflict, notFound, toCsv, updateWithVersion, versionConflict, type RawRow, SqlFilter, sqlRow } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type {
  MeasurementKind,
  ProgressAuthorDto,
  ProgressEntryDetailDto,
  ProgressEntryDto,
  ProgressEntryPageDto,
  ProgressEntryRevisionDto,
  ProgressTargetDto,
  SessionUser,
} from '@suunta/shared-domain';
import { DEFAULT_COUNT_UNIT } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { CorrectProgressEntryDto, CreateProgressEntryDto, ProgressQueryDto, ProgressTargetsQueryDto, RetractProgressEntryDto } from '../dto/progress.dto';
import { ProgressEntryEntity } from '../entities/plan.entities';
import { fieldError } from './plan-errors';


/** The fields an entry is judged by, after a correction has been merged over the stored entry. */
interface EntryFields {
  regionId: string;
  year: number;
  entryDate: string;
  criterionId: string | null;
  actionId: string | null;
  value: number | null;
  unit: string | null;
  narrative: string;
  evidenceUrl: string | null;
  closedYearReason: string | null;
}

const ENTRY_SELECT = `
  SELECT e.id, e.region_id, e.year, e.entry_date::text AS entry_date, e.criterion_id, c.title AS criterion_title,
         e.action_id, a.title AS action_title, a.plan_id,
         efa.focus_area_id, fa.title AS focus_area_title,
         e.value, e.unit, e.narrative, e.evidence_url, e.author_id, e.author_name, e.closed_year_reason,
         e.retracted_at IS NOT NULL AS retracted, e.version, e.created_at, e.updated_at, r.code AS region_code
  FROM progress_entry e
  JOIN region r ON r.id = e.region_id
  JOIN progress_entry_focus_area efa ON efa.progress_entry_id = e.id
  LEFT JOIN focus_area_outline fa ON fa.id = efa.focus_area_id
  LEFT JOIN plan_action a ON a.id = e.action_id
  LEFT JOIN criterion_outline c ON c.id = e.criterion_id`;

/**
 * The progress log. Writes are region-scoped (a planner only in assigned regions), validated
 * against the criterion or action they report on, audited, and never lose history: a correction
 * moves the replaced text to `progress_entry_revision`, a retraction keeps the row with its reason.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, query: ProgressQueryDto): Promise<ProgressEntryPageDto> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const { where, params } = this.filters(user, query);
    // One statement: the page, each row carrying how many the filter matches in all (the window is
    // counted before LIMIT). A second statement, with the same joins and filter, used to count them
    // apart (issue 16: the list at 100,000 entries ran at its SQL limit). Only a page past the end
    // has no row to carry the total, and asks for it alone.
    const rows: RawRow[] = await this.dataSource.query(
      `${ENTRY_SELECT.replace('SELECT', 'SELECT count(*) OVER ()::int AS total,')} WHERE ${where} ORDER BY e.entry_date DESC, e.created_at DESC, e.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const total = rows.length
      ? sqlRow(rows[0]).number('total')
      : offset > 0
        ? ((await this.dataSource.query(`SELECT count(*)::int AS total FROM (${ENTRY_SELECT} WHERE ${where}) x`, params)) as { total: number }[])[0].total
        : 0;
    return { items: rows.map(toDto), total, limit, offset };
  }

  async exportCsv(user: SessionUser, query: ProgressQueryDto): Promise<string> {
    const { where, params } = this.filters(user, query);
    const rows: RawRow[] = await this.dataSource.query(`${ENTRY_SELECT} WHERE ${where} ORDER BY e.entry_date, e.created_at, e.id`, params);
    return toCsv(
      ['date', 'year', 'region', 'focus_area', 'action', 'criterion', 'value', 'unit', 'narrative', 'evidence_url', 'author', 'closed_year_reason', 'retracted', 'version'],
      rows.map((r) => [
        r['entry_date'] as string,
        sqlRow(r).number('year'),
        r['region_code'] as string,
        r['focus_area_title'] as string | null,
        r['action_title'] as string | null,
        r['criterion_title'] as string | null,
        sqlRow(r).numberOrNull('value'),
        r['unit'] as string | null,
        r['narrative'] as string,
        r['evidence_url'] as string | null,
        r['author_name'] as string,
        r['closed_year_reason'] as string | null,
        r['retracted'] ? 'yes' : '',
        sqlRow(r).number('version'),
      ]),
    );
  }

  async get(user: SessionUser, id: string): Promise<ProgressEntryDetailDto> {
    return this.detail(this.dataSource.manager, user, id);
  }

  async authors(user: SessionUser): Promise<ProgressAuthorDto[]> {
    return this.dataSource.query(
      `SELECT DISTINCT author_id AS id, author_name AS name FROM progress_entry WHERE organization_id = $1 ORDER BY author_name`,
      [user.organizationId],
    );
  }

  async create(user: SessionUser, dto: CreateProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const fields = await this.validate(m, user, {
        regionId: dto.regionId,
        year: dto.year,
        entryDate: dto.entryDate,
        criterionId: dto.criterionId ?? null,
        actionId: dto.actionId ?? null,
        value: dto.value ?? null,
        unit: dto.unit ?? null,
        narrative: dto.narrative,
        evidenceUrl: dto.evidenceUrl ?? null,
        closedYearReason: dto.closedYearReason ?? null,
      });
      const repo = m.getRepository(ProgressEntryEntity);
      const entry = await repo.save(
        repo.create({ ...fields, organizationId: user.organizationId, authorId: user.id, authorName: user.displayName, source: null, retractedAt: null, retractedReason: null }),
      );
      await this.audit.record(m, user, { entityType: 'progress_entry', entityId: entry.id, action: 'create', after: entry });
      return this.detail(m, user, entry.id);
    });
  }

  /** A correction: the stored text becomes a revision (who replaced it, when, why), then the entry changes. */
  async correct(user: SessionUser, id: string, dto: CorrectProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.lockEntry(m, user, id);
      assertCanWriteRegion(user, before.regionId);
      if (before.retractedAt) throw conflict('entry_retracted', 'The entry has been retracted; log a new one instead');
      if (before.version !== dto.version) {
        throw versionConflict(`The entry was changed by someone else (your version ${dto.version} is out of date); reload and try again`, { version: dto.version });
      }
      const subjectChanged = dto.criterionId !== undefined || dto.actionId !== undefined || dto.value !== undefined;
      const fields = await this.validate(m, user, {
        regionId: dto.regionId ?? before.regionId,
        year: dto.year ?? before.year,
        entryDate: dto.entryDate ?? before.entryDate,
        criterionId: dto.criterionId !== undefined ? dto.criterionId : before.criterionId,
        actionId: dto.actionId !== undefined ? dto.actionId : before.actionId,
        value: dto.value !== undefined ? dto.value : before.value,
        // A changed subject or value takes its unit again from the criterion/target unless one is sent.
        unit: dto.unit !== undefined ? dto.unit : subjectChanged ? null : before.unit,
        narrative: dto.narrative ?? before.narrative,
        evidenceUrl: dto.evidenceUrl !== undefined ? dto.evidenceUrl : before.evidenceUrl,
        closedYearReason: dto.closedYearReason !== undefined ? dto.closedYearReason : before.closedYearReason,
      });
      await m.query(
        `INSERT INTO progress_entry_revision (entry_id, organization_id, revision, region_id, year, entry_date, criterion_id, action_id,
                                              value, unit, narrative, evidence_url, closed_year_reason, replaced_by_id, replaced_by_name, reason)
         SELECT id, organization_id, version, region_id, year, entry_date, criterion_id, action_id, value, unit, narrative, evidence_url,
                closed_year_reason, $2, $3, $4
         FROM progress_entry WHERE id = $1`,
        [id, user.id, user.displayName, dto.correctionReason ?? null],
      );
      const after = await updateWithVersion(m, ProgressEntryEntity, { id, organizationId: user.organizationId }, dto.version, fields);
      await this.audit.record(m, user, { entityType: 'progress_entry', entityId: id, action: 'correct', before, after: { ...after, correctionReason: dto.correctionReason ?? null } });
      return this.detail(m, user, id);
    });
  }

  /** Takes an entry out of the log and the roll-ups, keeping it (and why) for the record. */
  async retract(user: SessionUser, id: string, dto: RetractProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.lockEntry(m, user, id);
      assertCanWriteRegion(user, before.regionId);
      if (before.retractedAt) throw conflict('entry_retracted', 'The entry has already been retracted');
      const after = await updateWithVersion(m, ProgressEntryEntity, { id, organizationId: user.organizationId }, dto.version, {
        retractedAt: new Date(),
        retractedReason: dto.reason,
      });
      await this.audit.record(m, user, { entityType: 'progress_entry', entityId: id, action: 'retract', before, after });
      return this.detail(m, user, id);
    });
  }

  /** What the log form can pick: actions (with their target) and criteria (with kind, unit, target). */
  async targets(user: SessionUser, query: ProgressTargetsQueryDto): Promise<ProgressTargetDto[]> {
    const q = query.q?.trim() ? `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const params = [user.organizationId, query.regionId ?? null, query.year ?? null, q];
    const [actions, criteria]: [RawRow[], RawRow[]] = await Promise.all([
      this.dataSource.query(
        `SELECT a.id, a.title, a.year, p.id AS plan_id, p.title AS plan_title, fa.id AS focus_area_id, fa.title AS focus_area_title,
                a.target_value, a.target_unit, a.target_date::text AS target_date,
                coalesce((SELECT array_agg(x.region_id::text) FROM plan_action_region x WHERE x.action_id = a.id), '{}'::text[]) AS region_ids,
                coalesce((SELECT array_agg(x.criterion_id::text) FROM plan_action_criterion x WHERE x.action_id = a.id), '{}'::text[]) AS criterion_ids
         FROM plan_action a JOIN action_plan p ON p.id = a.plan_id JOIN action_plan_theme t ON t.id = a.theme_id JOIN focus_area_outline fa ON fa.id = t.focus_area_id
         WHERE a.organization_id = $1 AND a.status <> 'cancelled'
           AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM plan_action_region x WHERE x.action_id = a.id AND x.region_id = $2::uuid))
           AND ($3::int IS NULL OR a.year = $3::int)
           AND ($4::text IS NULL OR a.title ILIKE $4 OR fa.title ILIKE $4 OR a.description ILIKE $4)
         ORDER BY a.year DESC, t.sort_order, a.sort_order, a.title
         LIMIT 200`,
        params,
      ),
      this.dataSource.query(
        `SELECT c.id, c.title, c.focus_area_id, c.focus_area_title, c.measurement_kind, c.unit, c.yearly_target, c.deadline::text AS deadline
         FROM criterion_outline c
         WHERE c.organization_id = $1 AND c.strategy_status <> 'archived'
           AND ($2::text IS NULL OR c.title ILIKE $2 OR c.focus_area_title ILIKE $2)
         ORDER BY c.strategy_valid_from DESC NULLS LAST, c.focus_area_sort_order, c.csf_sort_order, c.sort_order
         LIMIT 200`,
        [user.organizationId, q],
      ),
    ]);
    return [
      ...actions.map(
        (a): ProgressTargetDto => ({
          kind: 'action',
          id: sqlRow(a).string('id'),
          title: sqlRow(a).string('title'),
          year: sqlRow(a).number('year'),
          planId: sqlRow(a).string('plan_id'),
          planTitle: sqlRow(a).string('plan_title'),
          focusAreaId: sqlRow(a).string('focus_area_id'),
          focusAreaTitle: sqlRow(a).string('focus_area_title'),
          regionIds: a['region_ids'] as string[],
          measurementKind: null,
          acceptsValue: true,
          unit: sqlRow(a).stringOrNull('target_unit'),
          targetValue: sqlRow(a).numberOrNull('target_value'),
          targetDate: sqlRow(a).stringOrNull('target_date'),
          criterionIds: a['criterion_ids'] as string[],
        }),
      ),
      ...criteria.map(
        (c): ProgressTargetDto => ({
          kind: 'criterion',
          id: sqlRow(c).string('id'),
          title: sqlRow(c).string('title'),
          year: null,
          planId: null,
          planTitle: null,
          focusAreaId: sqlRow(c).string('focus_area_id'),
          focusAreaTitle: sqlRow(c).string('focus_area_title'),
          regionIds: [],
          measurementKind: sqlRow(c).oneOf<MeasurementKind>('measurement_kind'),
          acceptsValue: c['measurement_kind'] === 'count',
          unit: c['measurement_kind'] === 'count' ? ((c['unit'] as string | null) ?? DEFAULT_COUNT_UNIT) : null,
          targetValue: sqlRow(c).numberOrNull('yearly_target'),
          targetDate: sqlRow(c).stringOrNull('deadline'),
          criterionIds: [],
        }),
      ),
    ];
  }

  // ------------------------------------------------------------------ helpers

  private filters(user: SessionUser, query: ProgressQueryDto): { where: string; params: unknown[] } {
    const f = new SqlFilter('e.organization_id = $1', [user.organizationId]);
    if (query.regionId) f.add('e.region_id = ?', query.regionId);
    if (query.year) f.add('e.year = ?', query.year);
    if (query.focusAreaId) f.add('efa.focus_area_id = ?', query.focusAreaId);
    if (query.authorId) f.add('e.author_id = ?', query.authorId);
    if (query.planId) f.add('a.plan_id = ?', query.planId);
    if (query.actionId) f.add('e.action_id = ?', query.actionId);
    if (query.criterionId) f.add('e.criterion_id = ?', query.criterionId);
    if (!query.includeRetracted) f.require('e.retracted_at IS NULL');
    return f.build();
  }

  private async lockEntry(m: EntityManager, user: SessionUser, id: string): Promise<ProgressEntryEntity> {
    const entry = await m
      .getRepository(ProgressEntryEntity)
      .createQueryBuilder('e')
      .where('e.id = :id AND e.organization_id = :org', { id, org: user.organizationId })
      .setLock('pessimistic_write')
      .getOne();
    if (!entry) throw notFound('progress_entry_not_found', `Progress entry ${id} not found`, { id });
    return entry;
  }

  private async detail(m: EntityManager, user: SessionUser, id: string): Promise<ProgressEntryDetailDto> {
    const [row]: RawRow[] = await m.query(`${ENTRY_SELECT} WHERE e.id = $1 AND e.organization_id = $2`, [id, user.organizationId]);
    if (!row) throw notFound('progress_entry_not_found', `Progress entry ${id} not found`, { id });
    const revisions: RawRow[] = await m.query(
      `SELECT revision, region_id, year, entry_date::text AS entry_date, criterion_id, action_id, value, unit, narrative, evidence_url,
              replaced_by_id, replaced_by_name, replaced_at, reason
       FROM progress_entry_revision WHERE entry_id = $1 ORDER BY revision`,
      [id],
    );
    return {
      ...toDto(row),
      revisions: revisions.map(
        (r): ProgressEntryRevisionDto => ({
          revision: sqlRow(r).number('revision'),
          regionId: sqlRow(r).string('region_id'),
          year: sqlRow(r).number('year'),
          entryDate: sqlRow(r).string('entry_date'),
          criterionId: sqlRow(r).stringOrNull('criterion_id'),
          actionId: sqlRow(r).stringOrNull('action_id'),
          value: sqlRow(r).numberOrNull('value'),
          unit: sqlRow(r).stringOrNull('unit'),
          narrative: sqlRow(r).string('narrative'),
          evidenceUrl: sqlRow(r).stringOrNull('evidence_url'),
          replacedById: sqlRow(r).stringOrNull('replaced_by_id'),
          replacedByName: sqlRow(r).stringOrNull('replaced_by_name'),
          replacedAt: sqlRow(r).timestamp('replaced_at'),
          reason: sqlRow(r).stringOrNull('reason'),
        }),
      ),
    };
  }

  /**
   * The rules of an entry, in the order a user can fix them: the region (and the right to write
   * there: 403), a subject, the action's region and year, the criterion, the number and its unit,
   * and a reason when the year is closed. Returns the fields with the unit resolved.
   */
  private async validate(m: EntityManager, user: SessionUser, f: EntryFields): Promise<EntryFields> {
    const [region] = await m.query(`SELECT id FROM region WHERE id = $1 AND organization_id = $2`, [f.regionId, user.organizationId]);
    if (!region) throw fieldError('regionId', 'unknown region');
    assertCanWriteRegion(user, f.regionId);
    if (!f.criterionId && !f.actionId) throw fieldError('criterionId', 'log against a criterion, an action, or both');
    const latest = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    if (f.entryDate > latest) throw fieldError('entryDate', 'must not be in the future: the log records what happened');

    let actionUnit: string | null = null;
    if (f.actionId) {
      const [action] = await m.query(
        `SELECT a.year, a.target_unit,
                coalesce((SELECT array_agg(x.region_id::text) FROM plan_action_region x WHERE x.action_id = a.id), '{}'::text[]) AS region_ids,
                coalesce((SELECT array_agg(x.criterion_id::text) FROM plan_action_criterion x WHERE x.action_id = a.id), '{}'::text[]) AS criterion_ids
         FROM plan_action a WHERE a.id = $1 AND a.organization_id = $2`,
        [f.actionId, user.organizationId],
      );
      if (!action) throw fieldError('actionId', 'unknown action');
      if (!(action.region_ids as string[]).includes(f.regionId)) throw fieldError('regionId', 'the action is not done in this region');
      if (Number(action.year) !== f.year) throw fieldError('year', `the action is planned for ${action.year}`);
      if (f.criterionId && !(action.criterion_ids as string[]).includes(f.criterionId)) {
        throw fieldError('criterionId', 'the action does not serve this criterion');
      }
      actionUnit = action.target_unit ?? null;
    }

    let unit = f.unit;
    if (f.criterionId) {
      const [criterion] = await m.query(`SELECT measurement_kind, unit FROM criterion_outline WHERE id = $1 AND organization_id = $2`, [
        f.criterionId,
        user.organizationId,
      ]);
      if (!criterion) throw fieldError('criterionId', 'unknown criterion');
      if (criterion.measurement_kind === 'count') {
        const criterionUnit: string = criterion.unit ?? DEFAULT_COUNT_UNIT;
        if (f.value !== null) {
          if (unit !== null && unit !== criterionUnit) throw fieldError('unit', `must be the criterion's unit "${criterionUnit}"`);
          unit = criterionUnit;
        }
      } else if (f.value !== null) {
        throw fieldError('value', `only count criteria take a number; this one is measured as ${criterion.measurement_kind}`);
      }
    } else if (f.value !== null) {
      unit = unit ?? actionUnit;
      if (unit === null) throw fieldError('unit', 'say what the number counts (the action has no target unit)');
    }
    if (f.value === null && f.unit !== null) throw fieldError('unit', 'a unit needs a value');

    const [closed] = await m.query(
      `SELECT title FROM action_plan
       WHERE organization_id = $1 AND status = 'closed' AND $2::int IN (start_year, start_year + 1) AND (region_id IS NULL OR region_id = $3)
       LIMIT 1`,
      [user.organizationId, f.year, f.regionId],
    );
    if (closed && !f.closedYearReason) {
      throw fieldError('closedYearReason', `${f.year} is closed for this region (plan "${closed.title}"): say why you log into it`);
    }
    return { ...f, value: f.value, unit: f.value === null ? null : unit };
  }
}

function toDto(raw: RawRow): ProgressEntryDto {
  const r = sqlRow(raw);
  return {
    id: r.string('id'),
    regionId: r.string('region_id'),
    year: r.number('year'),
    entryDate: r.string('entry_date'),
    criterionId: r.stringOrNull('criterion_id'),
    criterionTitle: r.stringOrNull('criterion_title'),
    actionId: r.stringOrNull('action_id'),
    actionTitle: r.stringOrNull('action_title'),
    planId: r.stringOrNull('plan_id'),
    focusAreaId: r.stringOrNull('focus_area_id'),
    focusAreaTitle: r.stringOrNull('focus_area_title'),
    value: r.numberOrNull('value'),
    unit: r.stringOrNull('unit'),
    narrative: r.string('narrative'),
    evidenceUrl: r.stringOrNull('evidence_url'),
    authorId: r.stringOrNull('author_id'),
    authorName: r.string('author_name'),
    closedYearReason: r.stringOrNull('closed_year_reason'),
    retracted: r.boolean('retracted'),
    version: r.number('version'),
    createdAt: r.timestamp('created_at'),
    updatedAt: r.timestamp('updated_at'),
  };
}
