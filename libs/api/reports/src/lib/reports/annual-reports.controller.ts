import { Body, Controller, HttpStatus, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, GetRoute, PatchRoute, PostRoute, PutRoute, UuidParam } from '@suunta/api-core';
import type { AnnualReportDto, AnnualReportSectionDto, AnnualReportSummaryDto, ReportSectionEvidenceDto, SessionUser } from '@suunta/shared-domain';
import type { FastifyReply } from 'fastify';
import {
  AnnualReportListQuery,
  ExportQuery,
  ReopenAnnualReportDto,
  RequestReopenAnnualReportDto,
  SaveReportSectionDto,
  StartAnnualReportDto,
  UpdateAnnualReportDto,
} from '../dto/report.dto';
import { ReportExportService } from '../export/report-export.service';
import { AnnualReportService } from './annual-report.service';

const Id = () => UuidParam('id');
/** Writers: the region's planner (checked in the service), management and admin. */
const WRITERS = ['admin', 'management', 'planner'] as const;
/** Who approves and reopens: management and admin. */
const APPROVERS = ['admin', 'management'] as const;
const STALE = 'Stale `version`: `current` holds what the other person saved; or the report is approved (locked)';

@ApiTags('annual reports')
@Controller('annual-reports')
export class AnnualReportsController {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly exports: ReportExportService,
  ) {}

  @GetRoute({ access: 'authenticated', summary: 'Annual reports, newest year first; filter by region id (or `organization`) and year' })
  list(@CurrentUser() user: SessionUser, @Query() query: AnnualReportListQuery): Promise<AnnualReportSummaryDto[]> {
    return this.reports.list(user, query);
  }

  @PostRoute({
    access: WRITERS,
    summary: 'Start the report: one section per theme of the plan in force, each with a draft from the progress log',
    ok: 'AnnualReportDto',
    conflict: 'Already started; `current.id` is the existing report',
    unprocessable: 'No plan or strategy in force for the year',
  })
  start(@CurrentUser() user: SessionUser, @Body() body: StartAnnualReportDto): Promise<AnnualReportDto> {
    return this.reports.start(user, body);
  }

  @GetRoute(':id', { access: 'authenticated', summary: 'A report with its sections (text and draft), survey results and steering group' })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<AnnualReportDto> {
    return this.reports.get(user, id);
  }

  @PatchRoute(':id', { access: WRITERS, summary: 'Change title, introduction, author or date (optimistic locking by `version`)', conflict: STALE })
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateAnnualReportDto): Promise<AnnualReportDto> {
    return this.reports.update(user, id, body);
  }

  @PutRoute(':id/sections/:sectionId', {
    access: WRITERS,
    summary: 'Save a section’s text; a stale `version` is refused with the other person’s text, never overwritten',
    conflict: STALE,
  })
  saveSection(
    @CurrentUser() user: SessionUser,
    @Id() id: string,
    @UuidParam('sectionId') sectionId: string,
    @Body() body: SaveReportSectionDto,
  ): Promise<AnnualReportSectionDto> {
    return this.reports.saveSection(user, id, sectionId, body);
  }

  @PostRoute(':id/redraft', { access: WRITERS, status: HttpStatus.OK, summary: 'Make the drafts again from the current progress log (the written text is kept)' })
  redraft(@CurrentUser() user: SessionUser, @Id() id: string): Promise<AnnualReportDto> {
    return this.reports.redraft(user, id);
  }

  @PostRoute(':id/submit', { access: WRITERS, status: HttpStatus.OK, summary: 'Send the draft for review (draft → in_review)' })
  submit(@CurrentUser() user: SessionUser, @Id() id: string): Promise<AnnualReportDto> {
    return this.reports.submit(user, id);
  }

  @PostRoute(':id/approve', {
    access: APPROVERS,
    status: HttpStatus.OK,
    summary: 'Approve and lock (in_review → approved); the steering group composition is copied again',
    forbidden: 'Only management and admin approve',
  })
  approve(@CurrentUser() user: SessionUser, @Id() id: string): Promise<AnnualReportDto> {
    return this.reports.approve(user, id);
  }

  @PostRoute(':id/reopen', {
    access: APPROVERS,
    status: HttpStatus.OK,
    summary: 'Reopen an approved or in-review report for changes (→ draft); the reason goes to the audit trail',
  })
  reopen(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReopenAnnualReportDto): Promise<AnnualReportDto> {
    return this.reports.reopen(user, id, body.reason);
  }

  @PostRoute(':id/reopen-requests', {
    access: WRITERS,
    summary: 'A planner asks management to reopen an approved or in-review report; the request shows on the report until it is reopened',
    ok: 'AnnualReportDto with `reopenRequest`',
    forbidden: 'Not a writer of the report’s region',
    conflict: 'The report is a draft, the user may reopen it themselves, or a request is already open',
  })
  requestReopen(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: RequestReopenAnnualReportDto): Promise<AnnualReportDto> {
    return this.reports.requestReopen(user, id, body.message);
  }

  @GetRoute(':id/evidence', { access: 'authenticated', summary: 'Per section: the progress entries and actions of the year it is drafted from' })
  evidence(@CurrentUser() user: SessionUser, @Id() id: string): Promise<ReportSectionEvidenceDto[]> {
    return this.reports.evidence(user, id);
  }

  @GetRoute(':id/export', { access: 'authenticated', ok: 'The report as a file (DOCX, tagged PDF or Markdown)' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf', 'text/markdown')
  async export(
    @CurrentUser() user: SessionUser,
    @Id() id: string,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(user, id, query.format);
    res.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return new StreamableFile(file.content, { type: file.contentType, length: file.content.length });
  }
}
