import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '@suunta/api-core';
import type { SessionUser, SteeringGroupDto } from '@suunta/shared-domain';
import { SteeringGroupQuery } from '../governance.dto';
import { SteeringGroupService } from './steering-group.service';

@ApiTags('governance')
@Controller('steering-groups')
export class SteeringGroupsController {
  constructor(private readonly groups: SteeringGroupService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Steering groups with their members and deputies valid on a day (default today)' })
  @ApiOkResponse({ description: 'SteeringGroupDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: SteeringGroupQuery): Promise<SteeringGroupDto[]> {
    return this.groups.list(user.organizationId, query);
  }
}
