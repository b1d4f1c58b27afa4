import { ForbiddenException, Injectable } from '@nestjs/common';
import { canWriteRegion, conflict, domainError, notFound, ORGANIZATION_WIDE_WRITE_ROLES, pickCamel, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import { SteeringGroupService } from '@suunta/api-governance';
import type {
  AnnualReportDto,
  AnnualReportPermissions,
  AnnualReportSectionDto,
  AnnualReportStatus,
  AnnualReportSummaryDto,
  LocalizedText,
  ReportLanguage,
  ReportSectionConflictDto,
  ReportSectionEvidenceDto,
  SessionUser,
  SteeringGroupSnapshotRow,
} from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AnnualReportListQuery, SaveReportSectionDto, StartAnnualReportDto, UpdateAnnualReportDto } from '../dto/report.dto';
import { combineRegionalSections, composeSectionDraft } from './draft-composer.util';
import { REPORT_TEXT } from './report-language';
import { ReportSourcesService } from './report-sources.service';

interface ReportRow {
  id: string;
  organization_id: string;
  organization_name: string;
  region_id: string | null;
  region_code: string | null;
  region_name: LocalizedText | null;
  year: number;
  title: string;
  status: AnnualReportStatus;
  language: ReportLanguage;
  author_name: string | null;
  author_title: string | null;
  report_date: string | null;
  introduction: string;
  strategy_id: string | null;
  plan_id: string | null;
  survey_id: string | null;
  steering_group_id: string | null;
  steering_group_name: string | null;
  steering_group_on: string | null;
  steering_group_snapshot: SteeringGroupSnapshotRow[];
  submitted_at: Date | null;
  approved_at: Date | null;
  approved_by_name: string | null;
  version: number;
  updated_at: Date;
  section_count: number;
  written_section_count: number;
  reopen_requested_by_name: string | null;
  reopen_request_message: string | null;
  reopen_requested_at: Date | null;
}

interface SectionRow {
  id: string;
  number: number;
  heading: string;
  focus_area_id: string | null;
  body: string;
  draft: string | null;
  drafted_at: Date | null;
  version: number;
  updated_by_name: string | null;
  updated_at: Date;
}

const REPORT_COLUMNS = `
  ar.id, ar.organization_id, o.name AS organization_name, ar.region_id, r.code AS region_code, r.name AS region_name,
  ar.year, ar.title, ar.status, ar.language, ar.author_name, ar.author_title, to_char(ar.report_date, 'YYYY-MM-DD') AS report_date,
  ar.introduction, ar.strategy_id, ar.plan_id, ar.survey_id, ar.steering_group_id, ar.steering_group_name,
  to_char(ar.steering_group_on, 'YYYY-MM-DD') AS steering_group_on, ar.steering_group_snapshot,
  ar.submitted_at, ar.approved_at, ar.approved_by_name, ar.version, ar.updated_at,
  (SELECT count(*)::int FROM annual_report_section s WHERE s.report_id = ar.id) AS section_count,
  (SELECT count(*)::int FROM annual_report_section s WHERE s.report_id = ar.id AND btrim(s.body) <> '') AS written_section_count,
  rr.requested_by_name AS reopen_requested_by_name, rr.message AS reopen_request_message, rr.requested_at AS reopen_requested_at`;

// at most one open reopen request per report (partial unique index), so the join adds no rows
const REPORT_FROM = `annual_report ar JOIN organization o ON o.id = ar.organization_id LEFT JOIN region r ON r.id = ar.region_id
  LEFT JOIN annual_report_reopen_request rr ON rr.report_id = ar.id AND rr.resolved_at IS NULL`;

const SECTION_COLUMNS = `s.id, s.number, s.heading, s.focus_area_id, s.body, s.draft, s.drafted_at,
  s.version, s.updated_by_name, s.updated_at`;

const isOrganizationWide = (user: SessionUser) => user.roles.some((r) => ORGANIZATION_WIDE_WRITE_ROLES.includes(r));

/** May the user write this report's text: planners of its region, management and admin; whole-organization reports only the latter. */
export function canWriteReport(user: SessionUser, regionId: string | null): boolean {
  return regionId === null ? isOrganizationWide(user) : canWriteRegion(user, regionId);
}

export function permissionsFor(
  user: SessionUser,
  report: { region_id: string | null; status: AnnualReportStatus; reopen_requested_at?: Date | null },
): AnnualReportPermissions {
  const writer = canWriteReport(user, report.region_id);
  const canReopen = isOrganizationWide(user) && report.status !== 'draft';
  return {
    canEdit: writer && report.status !== 'approved',
    canSubmit: writer && report.status === 'draft',
    canApprove: isOrganizationWide(user) && report.status === 'in_review',
    canReopen,
    canRequestReopen: writer && !canReopen && report.status === 'approved' && !report.reopen_requested_at,
  };
}

/** The day whose steering-group composition a report shows: its date, but no later than the end of its year. */
export function snapshotDay(year: number, reportDate: string | null): string {
  const endOfYear = `${year}-12-31`;
  return reportDate && reportDate < endOfYear ? reportDate : endOfYear;
}

@Injectable()
export class AnnualReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: ReportSourcesService,
    private readonly steeringGroups: SteeringGroupService,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, query: AnnualReportListQuery): Promise<AnnualReportSummaryDto[]> {
    const region = query.regionId === 'organization' ? 'organization' : query.regionId ?? null;
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM}
        WHERE ar.organization_id = $1
          AND ($2::text IS NULL OR ($2 = 'organization' AND ar.region_id IS NULL) OR ar.region_id::text = $2)
          AND ($3::int IS NULL OR ar.year = $3)
        ORDER BY ar.year DESC, r.sort_order NULLS FIRST`,
      [user.organizationId, region, query.year ?? null],
    );
    return rows.map(toSummary);
  }

  async get(user: SessionUser, id: string, manager: EntityManager = this.dataSource.manager): Promise<AnnualReportDto> {
    const row = await this.requireRow(manager, user.organizationId, id);
    const sections: SectionRow[] = await manager.query(
      `SELECT ${SECTION_COLUMNS} FROM annual_report_section s WHERE s.report_id = $1 ORDER BY s.number`,
      [id],
    );
    const survey = row.survey_id ? await this.sources.survey(manager, row.survey_id) : null;
    const focusAreas = await this.sources.focusAreas(manager, user.organizationId, sections.map((s) => s.focus_area_id));
    return {
      ...toSummary(row),
      organizationName: row.organization_name,
      regionName: row.region_name,
      authorTitle: row.author_title,
      introduction: row.introduction,
      steeringGroup: { name: row.steering_group_name, on: row.steering_group_on, members: row.steering_group_snapshot },
      survey,
      sections: sections.map((s) => toSection(s, focusAreas)),
      submittedAt: row.submitted_at?.toISOString() ?? null,
      approvedAt: row.approved_at?.toISOString() ?? null,
      approvedByName: row.approved_by_name,
      reopenRequest:
        row.reopen_requested_at && row.reopen_requested_by_name !== null && row.reopen_request_message !== null
          ? { requestedByName: row.reopen_requested_by_name, requestedAt: row.reopen_requested_at.toISOString(), message: row.reopen_request_message }
          : null,
      permissions: permissionsFor(user, row),
    };
  }

  /**
   * "Start the report": the report with one section per theme of the plan in force, each with a
   * draft made from the progress log. A whole-organization report combines the regions' sections.
   */
  async start(user: SessionUser, dto: StartAnnualReportDto): Promise<AnnualReportDto> {
    const regionId = dto.regionId ?? null;
    if (regionId) {
      const [region] = await this.dataSource.query(`SELECT id FROM region WHERE id = $1 AND organization_id = $2`, [regionId, user.organizationId]);
      if (!region) throw notFound('region_not_found', `Region ${regionId} not found`, { id: regionId });
    }
    if (!canWriteReport(user, regionId)) {
      throw regionId ? domainError('region_forbidden', 403, 'You may not write reports of this region') : domainError('report_organization_forbidden', 403, 'Only management and admin may start the whole organization’s report');
    }
    const id = await this.dataSource.transaction(async (m) => {
      const [existing]: { id: string }[] = await m.query(
        `SELECT id FROM annual_report WHERE organization_id = $1 AND region_id IS NOT DISTINCT FROM $2::uuid AND year = $3`,
        [user.organizationId, regionId, dto.year],
      );
      if (existing) throw conflict('report_exists', `The report for ${dto.year} has already been started`, { year: dto.year }, { id: existing.id });

      const frame = regionId
        ? await this.sources.frame(m, user.organizationId, regionId, dto.year)
        : await this.organizationFrame(m, user.organizationId, dto.year);
      if (frame.sections.length === 0) {
        throw domainError('report_no_themes', 422, `No action plan or strategy is in force for ${dto.year}: there are no themes to report on`, { year: dto.year });
      }
      const language: ReportLanguage = dto.language ?? 'fi';
      const title = await this.defaultTitle(m, user.organizationId, regionId, dto.year, language);
      const surveyId = regionId ? await this.sources.surveyIdFor(m, user.organizationId, regionId, dto.year) : null;
      const group = regionId ? await this.steeringGroups.groupOfRegion(m, user.organizationId, regionId) : null;
      const on = snapshotDay(dto.year, null);
      const snapshot = group ? await this.steeringGroups.snapshot(m, group.id, on) : [];

      const [{ id: reportId }]: { id: string }[] = await m.query(
        `INSERT INTO annual_report (organization_id, region_id, year, title, author_name, strategy_id, plan_id, survey_id,
                                    steering_group_id, steering_group_name, steering_group_on, steering_group_snapshot, created_by, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [user.organizationId, regionId, dto.year, title, user.displayName, frame.strategyId, frame.planId, surveyId,
          group?.id ?? null, group?.name ?? null, group ? on : null, JSON.stringify(snapshot), user.id, language],
      );
      for (const [index, section] of frame.sections.entries()) {
        await m.query(
          `INSERT INTO annual_report_section (organization_id, report_id, focus_area_id, number, heading) VALUES ($1, $2, $3, $4, $5)`,
          [user.organizationId, reportId, section.focusAreaId, index + 1, section.heading],
        );
      }
      await this.writeDrafts(m, user.organizationId, reportId, regionId, dto.year, language);
      await this.audit.record(m, user, { entityType: 'annual_report', entityId: reportId, action: 'create', after: { regionId, year: dto.year, title, language, sections: frame.sections.length } });
      return reportId;
    });
    return this.get(user, id);
  }

  /** Makes the drafts again from the current progress log; the planner's text is not touched. */
  async redraft(user: SessionUser, id: string): Promise<AnnualReportDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.requireWritable(m, user, id);
      await this.writeDrafts(m, user.organizationId, id, row.region_id, row.year, row.language);
      await this.audit.record(m, user, { entityType: 'annual_report', entityId: id, action: 'redraft' });
    });
    return this.get(user, id);
  }

  async update(user: SessionUser, id: string, dto: UpdateAnnualReportDto): Promise<AnnualReportDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.requireWritable(m, user, id);
      if (before.version !== dto.version) {
        throw versionConflict(`The report was changed by someone else (your version ${dto.version} is out of date)`, { version: dto.version }, {
          version: before.version, title: before.title, introduction: before.introduction, authorName: before.author_name, authorTitle: before.author_title, reportDate: before.report_date,
        });
      }
      const sets: string[] = [];
      const params: unknown[] = [id];
      const put = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      const changesLanguage = dto.language !== undefined && dto.language !== before.language;
      if (changesLanguage) {
        if (before.status !== 'draft') throw conflict('report_not_draft', 'The language can be changed only while the report is a draft');
        put('language', dto.language);
        // a title still as generated follows the language; one the author wrote stays
        if (dto.title === undefined && before.title === (await this.defaultTitle(m, before.organization_id, before.region_id, before.year, before.language))) {
          put('title', await this.defaultTitle(m, before.organization_id, before.region_id, before.year, dto.language as ReportLanguage));
        }
      }
      if (dto.title !== undefined) put('title', dto.title);
      if (dto.introduction !== undefined) put('introduction', dto.introduction);
      if (dto.authorName !== undefined) put('author_name', dto.authorName);
      if (dto.authorTitle !== undefined) put('author_title', dto.authorTitle);
      if (dto.reportDate !== undefined) put('report_date', dto.reportDate);
      // the row is locked (FOR UPDATE) since the version check above
      await m.query(`UPDATE annual_report SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, params);
      if (dto.reportDate !== undefined) await this.refreshSnapshot(m, id);
      // the drafts are made again in the new language; the planner's own text is not touched
      if (changesLanguage) await this.writeDrafts(m, user.organizationId, id, before.region_id, before.year, dto.language as ReportLanguage);
      await this.audit.record(m, user, {
        entityType: 'annual_report',
        entityId: id,
        action: 'update',
        before: { version: before.version, title: before.title, language: before.language, authorName: before.author_name, reportDate: before.report_date, introductionLength: before.introduction.length },
        after: { ...dto, introduction: dto.introduction === undefined ? undefined : { length: dto.introduction.length } },
      });
    });
    return this.get(user, id);
  }

  /**
   * Saves a section's text if nobody else saved it since `version`; otherwise 409 whose `current`
   * carries the other person's text, so the editor can show both and let the user merge.
   */
  async saveSection(user: SessionUser, reportId: string, sectionId: string, dto: SaveReportSectionDto): Promise<AnnualReportSectionDto> {
    return this.dataSource.transaction(async (m) => {
      await this.requireWritable(m, user, reportId);
      const [before]: SectionRow[] = await m.query(
        `SELECT ${SECTION_COLUMNS} FROM annual_report_section s
          WHERE s.id = $1 AND s.report_id = $2 FOR UPDATE OF s`,
        [sectionId, reportId],
      );
      if (!before) throw notFound('report_section_not_found', `Section ${sectionId} not found`, { id: sectionId });
      if (before.version !== dto.version) {
        const current: ReportSectionConflictDto = {
          id: before.id,
          body: before.body,
          version: before.version,
          updatedByName: before.updated_by_name,
          updatedAt: before.updated_at.toISOString(),
        };
        throw domainError('report_section_conflict', 409, `${before.updated_by_name ?? 'Someone'} saved this section after you opened it (your version ${dto.version}, now ${before.version}); merge your text with theirs`, { name: before.updated_by_name ?? '' }, { current });
      }
      const focusAreas = await this.sources.focusAreas(m, user.organizationId, [before.focus_area_id]);
      if (before.body === dto.body) return toSection(before, focusAreas);
      await m.query(
        `UPDATE annual_report_section SET body = $2, version = version + 1, updated_by = $3, updated_by_name = $4, updated_at = now() WHERE id = $1`,
        [sectionId, dto.body, user.id, user.displayName],
      );
      await m.query(`UPDATE annual_report SET updated_at = now() WHERE id = $1`, [reportId]);
      const [after]: SectionRow[] = await m.query(
        `SELECT ${SECTION_COLUMNS} FROM annual_report_section s WHERE s.id = $1`,
        [sectionId],
      );
      await this.audit.record(m, user, {
        entityType: 'annual_report_section',
        entityId: sectionId,
        action: 'update',
        before: { reportId, version: before.version, length: before.body.length },
        after: { reportId, version: after.version, length: after.body.length },
      });
      return toSection(after, focusAreas);
    });
  }

  async submit(user: SessionUser, id: string): Promise<AnnualReportDto> {
    return this.transition(user, id, 'submit', (row) => {
      if (!canWriteReport(user, row.region_id)) throw domainError('region_forbidden', 403, 'You may not submit reports of this region');
      if (row.status !== 'draft') throw conflict('report_not_draft', `The report is ${row.status}, not a draft`, { status: row.status });
      return { sets: `status = 'in_review', submitted_at = now()` };
    });
  }

  /** Approving locks the report and copies the steering group's composition on the report's day. */
  async approve(user: SessionUser, id: string): Promise<AnnualReportDto> {
    return this.transition(user, id, 'approve', async (row, m) => {
      if (row.status !== 'in_review') throw conflict('report_not_in_review', `Only a report in review can be approved (this one is ${row.status})`, { status: row.status });
      await this.refreshSnapshot(m, id);
      return { sets: `status = 'approved', approved_at = now(), approved_by = $2, approved_by_name = $3`, params: [user.id, user.displayName] };
    });
  }

  async reopen(user: SessionUser, id: string, reason: string): Promise<AnnualReportDto> {
    return this.transition(
      user,
      id,
      'reopen',
      async (row, m) => {
        if (row.status === 'draft') throw conflict('report_already_draft', 'The report is already a draft');
        // reopening answers a planner's open request
        await m.query(`UPDATE annual_report_reopen_request SET resolved_at = now(), resolved_by = $2 WHERE report_id = $1 AND resolved_at IS NULL`, [id, user.id]);
        return { sets: `status = 'draft', approved_at = NULL, approved_by = NULL, approved_by_name = NULL, submitted_at = NULL` };
      },
      { reason },
    );
  }

  /**
   * A planner asks management to reopen an approved report: the request is stored (one open per
   * report), audited, and shown to management on the report and in the list until it is reopened.
   * E-mail: the row's `notified_at` is NULL until a mail job sends it (outbox); the mail queue
   * picks up `annual_report_reopen_request WHERE notified_at IS NULL` and mails management.
   */
  async requestReopen(user: SessionUser, id: string, message: string): Promise<AnnualReportDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.requireRow(m, user.organizationId, id, true);
      if (!canWriteReport(user, row.region_id)) throw new ForbiddenException('You may not write reports of this region');
      if (isOrganizationWide(user)) throw conflict('report_reopen_self', 'Management and admin reopen the report themselves');
      if (row.status !== 'approved') throw conflict('report_not_approved', `Only an approved report is reopened (this one is ${row.status})`, { status: row.status });
      if (row.reopen_requested_at) throw conflict('report_reopen_already_requested', 'A request to reopen this report is already open');
      const [request]: { id: string }[] = await m.query(
        `INSERT INTO annual_report_reopen_request (organization_id, report_id, requested_by, requested_by_name, message)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [user.organizationId, id, user.id, user.displayName, message],
      );
      await this.audit.record(m, user, { entityType: 'annual_report', entityId: id, action: 'request_reopen', after: { requestId: request.id, message } });
    });
    return this.get(user, id);
  }

  /** Side-panel material for the editor: per section, the entries and actions its draft was made from. */
  async evidence(user: SessionUser, id: string): Promise<ReportSectionEvidenceDto[]> {
    const m = this.dataSource.manager;
    const row = await this.requireRow(m, user.organizationId, id);
    const sections: { id: string; focus_area_id: string | null }[] = await m.query(
      `SELECT id, focus_area_id FROM annual_report_section WHERE report_id = $1 ORDER BY number`,
      [id],
    );
    const focusAreaIds = sections.map((s) => s.focus_area_id).filter((x): x is string => !!x);
    const regionIds = row.region_id ? [row.region_id] : ((await m.query(`SELECT id FROM region WHERE organization_id = $1`, [user.organizationId])) as { id: string }[]).map((r) => r.id);
    const entries = await this.sources.entries(m, user.organizationId, regionIds, row.year, focusAreaIds);
    const actions = row.region_id ? await this.sources.actions(m, user.organizationId, row.region_id, row.year, focusAreaIds) : [];
    return sections.map((s) => ({
      sectionId: s.id,
      focusAreaId: s.focus_area_id,
      entries: entries.filter((e) => e.focusAreaId === s.focus_area_id).map(({ focusAreaId: _f, regionId: _r, ...e }) => e),
      actions: actions.filter((a) => a.focusAreaId === s.focus_area_id).map(({ focusAreaId: _f, ...a }) => a),
    }));
  }

  // ---------------------------------------------------------------------------------------------

  private async transition(
    user: SessionUser,
    id: string,
    action: string,
    decide: (row: ReportRow, m: EntityManager) => { sets: string; params?: unknown[] } | Promise<{ sets: string; params?: unknown[] }>,
    extra: Record<string, unknown> = {},
  ): Promise<AnnualReportDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.requireRow(m, user.organizationId, id, true);
      const { sets, params = [] } = await decide(row, m);
      await m.query(`UPDATE annual_report SET ${sets}, version = version + 1, updated_at = now() WHERE id = $1`, [id, ...params]);
      await this.audit.record(m, user, {
        entityType: 'annual_report',
        entityId: id,
        action,
        before: { status: row.status, version: row.version },
        after: { status: action === 'submit' ? 'in_review' : action === 'approve' ? 'approved' : 'draft', version: row.version + 1, ...extra },
      });
    });
    return this.get(user, id);
  }

  private async refreshSnapshot(m: EntityManager, id: string): Promise<void> {
    const [row]: { steering_group_id: string | null; year: number; report_date: string | null }[] = await m.query(
      `SELECT steering_group_id, year, to_char(report_date, 'YYYY-MM-DD') AS report_date FROM annual_report WHERE id = $1`,
      [id],
    );
    if (!row?.steering_group_id) return;
    const on = snapshotDay(row.year, row.report_date);
    const snapshot = await this.steeringGroups.snapshot(m, row.steering_group_id, on);
    await m.query(`UPDATE annual_report SET steering_group_on = $2, steering_group_snapshot = $3 WHERE id = $1`, [id, on, JSON.stringify(snapshot)]);
  }

  private async requireRow(m: EntityManager, organizationId: string, id: string, lock = false): Promise<ReportRow> {
    const [row]: ReportRow[] = await m.query(
      `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE ar.id = $1 AND ar.organization_id = $2 ${lock ? 'FOR UPDATE OF ar' : ''}`,
      [id, organizationId],
    );
    if (!row) throw notFound('report_not_found', `Annual report ${id} not found`, { id });
    return row;
  }

  /** The report, if this user may change it now: region first (403), then the lock (409). */
  private async requireWritable(m: EntityManager, user: SessionUser, id: string): Promise<ReportRow> {
    const row = await this.requireRow(m, user.organizationId, id, true);
    if (!canWriteReport(user, row.region_id)) throw domainError('region_forbidden', 403, 'You may not change reports of this region');
    if (row.status === 'approved') throw conflict('report_locked', 'The report is approved and locked; reopen it to change it');
    return row;
  }

  /** The whole organization's sections: its own plan's themes, else those the regions' reports use. */
  private async organizationFrame(m: EntityManager, organizationId: string, year: number) {
    const orgPlan = await this.sources.organizationPlan(m, organizationId, year);
    if (!orgPlan) {
      const used: { focus_area_id: string; heading: string; strategy_id: string | null }[] = await m.query(
        `SELECT s.focus_area_id, s.heading, ar.strategy_id
           FROM annual_report_section s JOIN annual_report ar ON ar.id = s.report_id
           LEFT JOIN region r ON r.id = ar.region_id
          WHERE ar.organization_id = $1 AND ar.year = $2 AND ar.region_id IS NOT NULL AND s.focus_area_id IS NOT NULL
          ORDER BY s.focus_area_id, r.sort_order`,
        [organizationId, year],
      );
      if (used.length > 0) {
        // one section per focus area (the first region's heading), in the focus areas' own order
        const order = await this.sources.focusAreas(m, organizationId, used.map((u) => u.focus_area_id));
        const first = used.filter((u, i) => i === 0 || used[i - 1].focus_area_id !== u.focus_area_id);
        const place = (u: (typeof used)[number]) => order.get(u.focus_area_id)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
        first.sort((a, b) => place(a) - place(b) || (a.focus_area_id < b.focus_area_id ? -1 : a.focus_area_id > b.focus_area_id ? 1 : 0));
        return { strategyId: first[0].strategy_id, planId: null, sections: first.map((u) => ({ focusAreaId: u.focus_area_id, heading: u.heading })) };
      }
    }
    return this.sources.frame(m, organizationId, null, year);
  }

  /** "Toimintakertomus 2020 – SONet BOTNIA, Keski-Pohjanmaa" in the report's language (the region's name in it too). */
  private async defaultTitle(m: EntityManager, organizationId: string, regionId: string | null, year: number, language: ReportLanguage): Promise<string> {
    const [names]: { org: string; region: string | null }[] = await m.query(
      `SELECT o.name AS org, (SELECT coalesce(r.name->>$3, r.name->>'fi') FROM region r WHERE r.id = $2::uuid) AS region FROM organization o WHERE o.id = $1`,
      [organizationId, regionId, language],
    );
    return `${REPORT_TEXT[language].reportTitle(year)} – ${names.org}${names.region ? `, ${names.region}` : ''}`;
  }

  /** Writes every section's `draft` (never `body`), in the report's language. */
  private async writeDrafts(m: EntityManager, organizationId: string, reportId: string, regionId: string | null, year: number, language: ReportLanguage): Promise<void> {
    const sections: { id: string; focus_area_id: string | null }[] = await m.query(
      `SELECT id, focus_area_id FROM annual_report_section WHERE report_id = $1 ORDER BY number`,
      [reportId],
    );
    const focusAreaIds = sections.map((s) => s.focus_area_id).filter((x): x is string => !!x);
    const regions: { id: string; name: string }[] = await m.query(
      `SELECT id, coalesce(name->>$3, name->>'fi') AS name FROM region WHERE organization_id = $1 AND ($2::uuid IS NULL OR id = $2) ORDER BY sort_order, code`,
      [organizationId, regionId, language],
    );
    const entries = await this.sources.entries(m, organizationId, regions.map((r) => r.id), year, focusAreaIds);
    const draftsByRegion = new Map<string, Map<string, string>>();
    for (const region of regions) {
      const actions = await this.sources.actions(m, organizationId, region.id, year, focusAreaIds);
      draftsByRegion.set(
        region.id,
        new Map(
          focusAreaIds.map((fa) => [
            fa,
            composeSectionDraft(
              year,
              entries.filter((e) => e.regionId === region.id && e.focusAreaId === fa),
              actions.filter((a) => a.focusAreaId === fa),
              language,
            ),
          ]),
        ),
      );
    }
    // A whole-organization report takes each region's own text for the theme where written.
    const regional: { region_id: string; focus_area_id: string; body: string; draft: string | null }[] = regionId
      ? []
      : await m.query(
          `SELECT ar.region_id, s.focus_area_id, s.body, s.draft FROM annual_report_section s JOIN annual_report ar ON ar.id = s.report_id
            WHERE ar.organization_id = $1 AND ar.year = $2 AND ar.region_id IS NOT NULL AND s.focus_area_id = ANY($3::uuid[])`,
          [organizationId, year, focusAreaIds],
        );
    for (const section of sections) {
      let draft: string | null = null;
      if (section.focus_area_id) {
        const fa = section.focus_area_id;
        draft = regionId
          ? draftsByRegion.get(regionId)?.get(fa) ?? null
          : combineRegionalSections(
              regions.map((r) => {
                const own = regional.find((x) => x.region_id === r.id && x.focus_area_id === fa);
                return { regionName: r.name, text: own?.body.trim() ? own.body : draftsByRegion.get(r.id)?.get(fa) ?? null };
              }),
              language,
            );
      }
      await m.query(`UPDATE annual_report_section SET draft = $2, drafted_at = now() WHERE id = $1`, [section.id, draft]);
    }
  }
}

function toSummary(r: ReportRow): AnnualReportSummaryDto {
  return {
    ...pickCamel(r, ['id', 'region_id', 'region_code', 'year', 'title', 'status', 'language', 'author_name', 'report_date', 'section_count', 'written_section_count']),
    reopenRequested: r.reopen_requested_at !== null,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  };
}

function toSection(s: SectionRow, focusAreas: ReadonlyMap<string, { code: string | null }>): AnnualReportSectionDto {
  return {
    id: s.id,
    number: s.number,
    heading: s.heading,
    focusAreaId: s.focus_area_id,
    focusAreaCode: (s.focus_area_id && focusAreas.get(s.focus_area_id)?.code) ?? null,
    body: s.body,
    draft: s.draft,
    draftedAt: s.drafted_at?.toISOString() ?? null,
    version: s.version,
    updatedByName: s.updated_by_name,
    updatedAt: s.updated_at.toISOString(),
  };
}

