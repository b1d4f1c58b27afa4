import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, RequireRoles, UuidParam } from '@suunta/api-core';
import type { AnnualReportDto, AnnualReportSectionDto, AnnualReportSummaryDto, ReportSectionEvidenceDto, SessionUser } from '@suunta/shared-domain';
import type { Response } from 'express';
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
const Writers = () => RequireRoles('admin', 'management', 'planner');
const STALE = 'Stale `version`: `current` holds what the other person saved; or the report is approved (locked)';

@ApiTags('annual reports')
@Controller('annual-reports')
export class AnnualReportsController {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly exports: ReportExportService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Annual reports, newest year first; filter by region id (or `organization`) and year' })
  list(@CurrentUser() user: SessionUser, @Query() query: AnnualReportListQuery): Promise<AnnualReportSummaryDto[]> {
    return this.reports.list(user, query);
  }

  @Post()
  @Writers()
  @ApiOperation({ summary: 'Start the report: one section per theme of the plan in force, each with a draft from the progress log' })
  @ApiCreatedResponse({ description: 'AnnualReportDto' })
  @ApiConflictResponse({ description: 'Already started; `current.id` is the existing report' })
  @ApiUnprocessableEntityResponse({ description: 'No plan or strategy in force for the year' })
  start(@CurrentUser() user: SessionUser, @Body() body: StartAnnualReportDto): Promise<AnnualReportDto> {
    return this.reports.start(user, body);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'A report with its sections (text and draft), survey results and steering group' })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<AnnualReportDto> {
    return this.reports.get(user, id);
  }

  @Patch(':id')
  @Writers()
  @ApiOperation({ summary: 'Change title, introduction, author or date (optimistic locking by `version`)' })
  @ApiConflictResponse({ description: STALE })
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateAnnualReportDto): Promise<AnnualReportDto> {
    return this.reports.update(user, id, body);
  }

  @Put(':id/sections/:sectionId')
  @Writers()
  @ApiOperation({ summary: 'Save a section’s text; a stale `version` is refused with the other person’s text, never overwritten' })
  @ApiConflictResponse({ description: STALE })
  saveSection(
    @CurrentUser() user: SessionUser,
    @Id() id: string,
    @UuidParam('sectionId') sectionId: string,
    @Body() body: SaveReportSectionDto,
  ): Promise<AnnualReportSectionDto> {
    return this.reports.saveSection(user, id, sectionId, body);
  }

  @Post(':id/redraft')
  @HttpCode(200)
  @Writers()
  @ApiOperation({ summary: 'Make the drafts again from the current progress log (the written text is kept)' })
  redraft(@CurrentUser() user: SessionUser, @Id() id: string): Promise<AnnualReportDto> {
    return this.reports.redraft(user, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Writers()
  @ApiOperation({ summary: 'Send the draft for review (draft → in_review)' })
  submit(@CurrentUser() user: SessionUser, @Id() id: string): Promise<AnnualReportDto> {
    return this.reports.submit(user, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequireRoles('admin', 'management')
  @ApiOperation({ summary: 'Approve and lock (in_review → approved); the steering group composition is copied again' })
  @ApiForbiddenResponse({ description: 'Only management and admin approve' })
  approve(@CurrentUser() user: SessionUser, @Id() id: string): Promise<AnnualReportDto> {
    return this.reports.approve(user, id);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @RequireRoles('admin', 'management')
  @ApiOperation({ summary: 'Reopen an approved or in-review report for changes (→ draft); the reason goes to the audit trail' })
  reopen(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReopenAnnualReportDto): Promise<AnnualReportDto> {
    return this.reports.reopen(user, id, body.reason);
  }

  @Post(':id/reopen-requests')
  @Writers()
  @ApiOperation({
    summary: 'A planner asks management to reopen an approved or in-review report; the request shows on the report until it is reopened',
  })
  @ApiCreatedResponse({ description: 'AnnualReportDto with `reopenRequest`' })
  @ApiForbiddenResponse({ description: 'Not a writer of the report’s region' })
  @ApiConflictResponse({ description: 'The report is a draft, the user may reopen it themselves, or a request is already open' })
  requestReopen(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: RequestReopenAnnualReportDto): Promise<AnnualReportDto> {
    return this.reports.requestReopen(user, id, body.message);
  }

  @Get(':id/evidence')
  @Authenticated()
  @ApiOperation({ summary: 'Per section: the progress entries and actions of the year it is drafted from' })
  evidence(@CurrentUser() user: SessionUser, @Id() id: string): Promise<ReportSectionEvidenceDto[]> {
    return this.reports.evidence(user, id);
  }

  @Get(':id/export')
  @Authenticated()
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf', 'text/markdown')
  @ApiOkResponse({ description: 'The report as a file (DOCX, tagged PDF or Markdown)' })
  async export(
    @CurrentUser() user: SessionUser,
    @Id() id: string,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(user, id, query.format);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return new StreamableFile(file.content, { type: file.contentType, length: file.content.length });
  }
}
