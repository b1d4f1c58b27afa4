import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '@suunta/api-core';
import type { OrganizationDto, RegionDto, SessionUser } from '@suunta/shared-domain';
import { OrganizationService } from './organization.service';

@ApiTags('organization')
@Controller()
export class OrganizationController {
  constructor(private readonly service: OrganizationService) {}

  @Get('organization')
  @Authenticated()
  @ApiOkResponse({ description: "The signed-in user's organization" })
  organization(@CurrentUser() user: SessionUser): Promise<OrganizationDto> {
    return this.service.get(user.organizationId);
  }

  @Get('regions')
  @Authenticated()
  @ApiOkResponse({ description: 'The regions (provinces) the organization serves, in display order' })
  regions(@CurrentUser() user: SessionUser): Promise<RegionDto[]> {
    return this.service.listRegions(user.organizationId);
  }
}
