import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, RequireRoles, UuidParam } from '@suunta/api-core';
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

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Meetings (minutes), newest first; by region, or those with an item linked to a focus area' })
  @ApiOkResponse({ description: 'MeetingSummaryDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: GovernanceQuery): Promise<MeetingSummaryDto[]> {
    return this.governance.listMeetings(user.organizationId, query);
  }

  @Get('decisions')
  @Authenticated()
  @ApiOperation({ summary: 'Decisions (§ items of checked or approved minutes) that concern a focus area, newest first' })
  @ApiOkResponse({ description: 'FocusAreaDecisionDto[]' })
  decisions(@CurrentUser() user: SessionUser, @Query() query: DecisionsQuery): Promise<FocusAreaDecisionDto[]> {
    return this.governance.decisionsForFocusArea(user.organizationId, query.focusAreaId);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'A meeting with its § items (proposal, discussion, decision), their focus areas, actions and follow-ups' })
  @ApiOkResponse({ description: 'MeetingDto' })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<MeetingDto> {
    return this.governance.getMeeting(user.organizationId, id);
  }

  @Get(':id/export.docx')
  @Authenticated()
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOperation({ summary: 'The minutes as a Word document in the shape of Finnish minutes' })
  async exportDocx(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const meeting = await this.governance.getMeeting(user.organizationId, id);
    const content = await renderMinutesDocx(meeting);
    res.setHeader('Content-Disposition', `attachment; filename="${minutesFileName(meeting, 'docx')}"`);
    return new StreamableFile(content, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', length: content.length });
  }

  @Get(':id/export.pdf')
  @Authenticated()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The minutes as a tagged PDF in the shape of Finnish minutes' })
  async exportPdf(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const meeting = await this.governance.getMeeting(user.organizationId, id);
    const content = await renderMinutesPdf(meeting);
    res.setHeader('Content-Disposition', `attachment; filename="${minutesFileName(meeting, 'pdf')}"`);
    return new StreamableFile(content, { type: 'application/pdf', length: content.length });
  }

  @Post()
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Start the minutes of a meeting (a draft)' })
  @ApiCreatedResponse({ description: 'MeetingDto' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateMeetingBody): Promise<MeetingDto> {
    return this.minutes.create(user, body);
  }

  @Post('import/preview')
  @HttpCode(HttpStatus.OK)
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Read a minutes text into § items without saving; problems named by line' })
  @ApiOkResponse({ description: 'MinutesImportPreviewDto' })
  preview(@Body() body: ImportPreviewBody): MinutesImportPreviewDto {
    return this.minutes.preview(body.text);
  }

  @Post('import')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Save a minutes text as a draft meeting with its items (400 while the text has problems)' })
  @ApiCreatedResponse({ description: 'MeetingDto' })
  importMinutes(@CurrentUser() user: SessionUser, @Body() body: ImportSaveBody): Promise<MeetingDto> {
    return this.minutes.importMinutes(user, body);
  }

  @Patch(':id')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: "Change a draft's header (body, date, time, place, chair, secretary, minute-checkers, attendance)" })
  @ApiOkResponse({ description: 'MeetingDto' })
  @ApiConflictResponse({ description: 'Stale version' })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateMeetingBody): Promise<MeetingDto> {
    return this.minutes.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Delete draft minutes' })
  @ApiNoContentResponse({ description: 'Deleted' })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: VersionQuery): Promise<void> {
    return this.minutes.remove(user, id, query.version);
  }

  @Post(':id/items')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Add a § item to draft minutes' })
  @ApiCreatedResponse({ description: 'MeetingDto' })
  addItem(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: CreateMeetingItemBody): Promise<MeetingDto> {
    return this.minutes.addItem(user, id, body);
  }

  @Patch(':id/items/:itemId')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Change a § item of draft minutes' })
  @ApiOkResponse({ description: 'MeetingDto' })
  updateItem(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('itemId') itemId: string, @Body() body: UpdateMeetingItemBody): Promise<MeetingDto> {
    return this.minutes.updateItem(user, id, itemId, body);
  }

  @Delete(':id/items/:itemId')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Remove a § item of draft minutes' })
  @ApiOkResponse({ description: 'MeetingDto' })
  deleteItem(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('itemId') itemId: string, @Query() query: VersionQuery): Promise<MeetingDto> {
    return this.minutes.deleteItem(user, id, itemId, query.version);
  }

  @Post(':id/check')
  @HttpCode(HttpStatus.OK)
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'draft → checked (the minute-checkers have read the minutes)' })
  @ApiOkResponse({ description: 'MeetingDto' })
  check(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: MeetingTransitionBody): Promise<MeetingDto> {
    return this.minutes.check(user, id, body.version);
  }

  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'checked → approved (locked)' })
  @ApiOkResponse({ description: 'MeetingDto' })
  approve(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: MeetingTransitionBody): Promise<MeetingDto> {
    return this.minutes.approve(user, id, body.version);
  }

  @Post(':id/reopen')
  @HttpCode(HttpStatus.OK)
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'checked or approved → draft, with a reason (audited)' })
  @ApiOkResponse({ description: 'MeetingDto' })
  reopen(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: ReopenMeetingBody): Promise<MeetingDto> {
    return this.minutes.reopen(user, id, body.version, body.reason);
  }

  @Post(':id/items/:itemId/action')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: "The § decision becomes a yearly action in the plan in force (approved minutes only)" })
  @ApiCreatedResponse({ description: 'MeetingDto' })
  @ApiUnprocessableEntityResponse({ description: 'No plan in force has a theme for the focus area in that year' })
  createAction(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('itemId') itemId: string, @Body() body: ActionFromDecisionBody): Promise<MeetingDto> {
    return this.minutes.createAction(user, id, itemId, body);
  }

  @Post(':id/items/:itemId/follow-ups')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'A follow-up task of the § decision, with an owner and a due date' })
  @ApiCreatedResponse({ description: 'MeetingDto' })
  createFollowUp(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('itemId') itemId: string, @Body() body: FollowUpBody): Promise<MeetingDto> {
    return this.minutes.createFollowUp(user, id, itemId, body);
  }

  @Patch(':id/follow-ups/:followUpId')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Change a follow-up task (e.g. mark it done)' })
  @ApiOkResponse({ description: 'MeetingDto' })
  @ApiForbiddenResponse({ description: 'Not a writer of the meeting' })
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

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The networks the organization coordinates; by region or focus area' })
  @ApiOkResponse({ description: 'NetworkDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: GovernanceQuery): Promise<NetworkDto[]> {
    return this.governance.listNetworks(user.organizationId, query);
  }

  @Post()
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Add a network to the register' })
  @ApiCreatedResponse({ description: 'NetworkDto' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateNetworkBody): Promise<NetworkDto> {
    return this.networks.create(user, body);
  }

  @Patch(':id')
  @RequireRoles(...WRITERS)
  @ApiOperation({ summary: 'Change a network (name, region, coordinator, partners, since, meetings per year, status, focus areas)' })
  @ApiOkResponse({ description: 'NetworkDto' })
  @ApiConflictResponse({ description: 'Stale version' })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateNetworkBody): Promise<NetworkDto> {
    return this.networks.update(user, id, body);
  }
}
