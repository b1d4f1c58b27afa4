import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, GetRoute } from '@suunta/api-core';
import type { SessionUser, SteeringGroupDto } from '@suunta/shared-domain';
import { SteeringGroupQuery } from '../governance.dto';
import { SteeringGroupService } from './steering-group.service';

@ApiTags('governance')
@Controller('steering-groups')
export class SteeringGroupsController {
  constructor(private readonly groups: SteeringGroupService) {}

  @GetRoute({ access: 'authenticated', summary: 'Steering groups with their members and deputies valid on a day (default today)', ok: 'SteeringGroupDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: SteeringGroupQuery): Promise<SteeringGroupDto[]> {
    return this.groups.list(user.organizationId, query);
  }
}
