import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, UuidParam } from '@suunta/api-core';
import type { MeetingDto, MeetingSummaryDto, NetworkDto, SessionUser } from '@suunta/shared-domain';
import { GovernanceQuery } from './governance.dto';
import { GovernanceService } from './governance.service';

@ApiTags('governance')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly governance: GovernanceService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Meetings (minutes), newest first; by region, or those with an item linked to a focus area' })
  @ApiOkResponse({ description: 'MeetingSummaryDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: GovernanceQuery): Promise<MeetingSummaryDto[]> {
    return this.governance.listMeetings(user.organizationId, query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'A meeting with its § items (proposal, discussion, decision) and their focus areas' })
  @ApiOkResponse({ description: 'MeetingDto' })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<MeetingDto> {
    return this.governance.getMeeting(user.organizationId, id);
  }
}

@ApiTags('governance')
@Controller('networks')
export class NetworksController {
  constructor(private readonly governance: GovernanceService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The networks the organization coordinates; by region or focus area' })
  @ApiOkResponse({ description: 'NetworkDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: GovernanceQuery): Promise<NetworkDto[]> {
    return this.governance.listNetworks(user.organizationId, query);
  }
}
