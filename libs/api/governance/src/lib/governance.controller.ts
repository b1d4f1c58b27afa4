import { Body, Controller, HttpStatus, Query, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, UuidParam } from '@suunta/api-core';
import type { FocusAreaDecisionDto, MeetingDto, MeetingSummaryDto, MinutesImportPreviewDto, NetworkDto, SessionUser } from '@suunta/shared-domain';
import { GovernanceQuery } from './governance.dto';
import { GovernanceService } from './governance.service';
import {
  ActionFromDecisionBody,
  CreateMeetingBody,
  CreateMeetingItemBody,
  CreateNetworkBody,
  DecisionsQuery,
  FollowUpBody,
  ImportPreviewBody,
  ImportSaveBody,
  MeetingTransitionBody,
  ReopenMeetingBody,
  UpdateFollowUpBody,
  UpdateMeetingBody,
  UpdateMeetingItemBody,
  UpdateNetworkBody,
  VersionQuery,
} from './minutes/minutes.dto';
import { minutesFileName, renderMinutesDocx, renderMinutesPdf } from './minutes/minutes-export';
import { MinutesService } from './minutes/minutes.service';
import { NetworksService } from './minutes/networks.service';

/** Who writes minutes and networks: admins and management anywhere, a planner in their regions (checked in the service). */
const WRITERS = ['admin', 'management', 'planner'] as const;

@ApiTags('governance')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly governance: GovernanceService,
    private readonly minutes: MinutesService,
  ) {}

  @GetRoute({
    access: 'authenticated',
    summary: 'Meetings (minutes), newest first; by region, or those with an item linked to a focus area',
    ok: 'MeetingSummaryDto[]',
  })
  list(@CurrentUser() user: SessionUser, @Query() query: GovernanceQuery): Promise<MeetingSummaryDto[]> {
    return this.governance.listMeetings(user.organizationId, query);
  }

  @GetRoute('decisions', {
    access: 'authenticated',
    summary: 'Decisions (§ items of checked or approved minutes) that concern a focus area, newest first',
    ok: 'FocusAreaDecisionDto[]',
  })
  decisions(@CurrentUser() user: SessionUser, @Query() query: DecisionsQuery): Promise<FocusAreaDecisionDto[]> {
    return this.governance.decisionsForFocusArea(user.organizationId, query.focusAreaId);
  }

  @GetRoute(':id', {
    access: 'authenticated',
    summary: 'A meeting with its § items (proposal, discussion, decision), their focus areas, actions and follow-ups',
    ok: 'MeetingDto',
  })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<MeetingDto> {
    return this.governance.getMeeting(user.organizationId, id);
  }

  @GetRoute(':id/export.docx', { access: 'authenticated', summary: 'The minutes as a Word document in the shape of Finnish minutes' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async exportDocx(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    const meeting = await this.governance.getMeeting(user.organizationId, id);
    const content = await renderMinutesDocx(meeting);
    res.header('Content-Disposition', `attachment; filename="${minutesFileName(meeting, 'docx')}"`);
    return new StreamableFile(content, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', length: content.length });
  }

  @GetRoute(':id/export.pdf', { access: 'authenticated', summary: 'The minutes as a tagged PDF in the shape of Finnish minutes' })
  @ApiProduces('application/pdf')
  async exportPdf(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    const meeting = await this.governance.getMeeting(user.organizationId, id);
    const content = await renderMinutesPdf(meeting);
    res.header('Content-Disposition', `attachment; filename="${minutesFileName(meeting, 'pdf')}"`);
    return new StreamableFile(content, { type: 'application/pdf', length: content.length });
  }

  @PostRoute({ access: WRITERS, summary: 'Start the minutes of a meeting (a draft)', ok: 'MeetingDto' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateMeetingBody): Promise<MeetingDto> {
    return this.minutes.create(user, body);
  }

  @PostRoute('import/preview', {
    access: WRITERS,
    status: HttpStatus.OK,
    summary: 'Read a minutes text into § items without saving; problems named by line',
    ok: 'MinutesImportPreviewDto',
  })
  preview(@Body() body: ImportPreviewBody): MinutesImportPreviewDto {
    return this.minutes.preview(body.text);
  }

  @PostRoute('import', { access: WRITERS, summary: 'Save a minutes text as a draft meeting with its items (400 while the text has problems)', ok: 'MeetingDto' })
  importMinutes(@CurrentUser() user: SessionUser, @Body() body: ImportSaveBody): Promise<MeetingDto> {
    return this.minutes.importMinutes(user, body);
  }

  @PatchRoute(':id', {
    access: WRITERS,
    summary: "Change a draft's header (body, date, time, place, chair, secretary, minute-checkers, attendance)",
    ok: 'MeetingDto',
    conflict: 'Stale version',
  })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateMeetingBody): Promise<MeetingDto> {
    return this.minutes.update(user, id, body);
  }

  @DeleteRoute(':id', { access: WRITERS, status: HttpStatus.NO_CONTENT, summary: 'Delete draft minutes', ok: 'Deleted' })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: VersionQuery): Promise<void> {
    return this.minutes.remove(user, id, query.version);
  }

  @PostRoute(':id/items', { access: WRITERS, summary: 'Add a § item to draft minutes', ok: 'MeetingDto' })
  addItem(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: CreateMeetingItemBody): Promise<MeetingDto> {
    return this.minutes.addItem(user, id, body);
  }

  @PatchRoute(':id/items/:itemId', { access: WRITERS, summary: 'Change a § item of draft minutes', ok: 'MeetingDto' })
  updateItem(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('itemId') itemId: string, @Body() body: UpdateMeetingItemBody): Promise<MeetingDto> {
    return this.minutes.updateItem(user, id, itemId, body);
  }

  @DeleteRoute(':id/items/:itemId', { access: WRITERS, summary: 'Remove a § item of draft minutes', ok: 'MeetingDto' })
  deleteItem(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('itemId') itemId: string, @Query() query: VersionQuery): Promise<MeetingDto> {
    return this.minutes.deleteItem(user, id, itemId, query.version);
  }

  @PostRoute(':id/check', { access: WRITERS, status: HttpStatus.OK, summary: 'draft → checked (the minute-checkers have read the minutes)', ok: 'MeetingDto' })
  check(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: MeetingTransitionBody): Promise<MeetingDto> {
    return this.minutes.check(user, id, body.version);
  }

  @PostRoute(':id/approve', { access: WRITERS, status: HttpStatus.OK, summary: 'checked → approved (locked)', ok: 'MeetingDto' })
  approve(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: MeetingTransitionBody): Promise<MeetingDto> {
    return this.minutes.approve(user, id, body.version);
  }

  @PostRoute(':id/reopen', { access: WRITERS, status: HttpStatus.OK, summary: 'checked or approved → draft, with a reason (audited)', ok: 'MeetingDto' })
  reopen(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: ReopenMeetingBody): Promise<MeetingDto> {
    return this.minutes.reopen(user, id, body.version, body.reason);
  }

  @PostRoute(':id/items/:itemId/action', {
    access: WRITERS,
    summary: 'The § decision becomes a yearly action in the plan in force (approved minutes only)',
    ok: 'MeetingDto',
    unprocessable: 'No plan in force has a theme for the focus area in that year',
  })
  createAction(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('itemId') itemId: string, @Body() body: ActionFromDecisionBody): Promise<MeetingDto> {
    return this.minutes.createAction(user, id, itemId, body);
  }

  @PostRoute(':id/items/:itemId/follow-ups', { access: WRITERS, summary: 'A follow-up task of the § decision, with an owner and a due date', ok: 'MeetingDto' })
  createFollowUp(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('itemId') itemId: string, @Body() body: FollowUpBody): Promise<MeetingDto> {
    return this.minutes.createFollowUp(user, id, itemId, body);
  }

  @PatchRoute(':id/follow-ups/:followUpId', {
    access: WRITERS,
    summary: 'Change a follow-up task (e.g. mark it done)',
    ok: 'MeetingDto',
    forbidden: 'Not a writer of the meeting',
  })
  updateFollowUp(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('followUpId') followUpId: string, @Body() body: UpdateFollowUpBody): Promise<MeetingDto> {
    return this.minutes.updateFollowUp(user, id, followUpId, body);
  }
}

@ApiTags('governance')
@Controller('networks')
export class NetworksController {
  constructor(
    private readonly governance: GovernanceService,
    private readonly networks: NetworksService,
  ) {}

  @GetRoute({ access: 'authenticated', summary: 'The networks the organization coordinates; by region or focus area', ok: 'NetworkDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: GovernanceQuery): Promise<NetworkDto[]> {
    return this.governance.listNetworks(user.organizationId, query);
  }

  @PostRoute({ access: WRITERS, summary: 'Add a network to the register', ok: 'NetworkDto' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateNetworkBody): Promise<NetworkDto> {
    return this.networks.create(user, body);
  }

  @PatchRoute(':id', {
    access: WRITERS,
    summary: 'Change a network (name, region, coordinator, partners, since, meetings per year, status, focus areas)',
    ok: 'NetworkDto',
    conflict: 'Stale version',
  })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateNetworkBody): Promise<NetworkDto> {
    return this.networks.update(user, id, body);
  }
}
