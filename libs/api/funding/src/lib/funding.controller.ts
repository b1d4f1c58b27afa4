import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, RequireRoles, UuidParam } from '@suunta/api-core';
import type { FundingEntryDto, FundingOverviewDto, SessionUser } from '@suunta/shared-domain';
import { CreateFundingEntryBody, DeleteFundingEntryParams, FundingQueryParams, UpdateFundingEntryBody } from './funding.dto';
import { FundingService } from './funding.service';

@ApiTags('funding')
@Controller('funding')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Funding per year (oldest first) with every entry and the totals and shares computed from them' })
  @ApiOkResponse({ description: 'FundingOverviewDto' })
  overview(@CurrentUser() user: SessionUser, @Query() query: FundingQueryParams): Promise<FundingOverviewDto> {
    return this.funding.overview(user.organizationId, query);
  }

  @Get('entries/:id')
  @Authenticated()
  @ApiOperation({ summary: 'One funding entry' })
  @ApiOkResponse({ description: 'FundingEntryDto' })
  @ApiNotFoundResponse({ description: "Unknown or another organization's entry" })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<FundingEntryDto> {
    return this.funding.get(user.organizationId, id);
  }

  @Post('entries')
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Record an amount of funding for a year and source' })
  @ApiCreatedResponse({ description: 'FundingEntryDto' })
  @ApiBadRequestResponse({ description: 'Invalid fields, each named (earmarks above the amount, payer on non-municipal money…)' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateFundingEntryBody): Promise<FundingEntryDto> {
    return this.funding.create(user, body);
  }

  @Patch('entries/:id')
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Change a funding entry (the whole entry, earmarks and documents included)' })
  @ApiOkResponse({ description: 'FundingEntryDto' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateFundingEntryBody): Promise<FundingEntryDto> {
    return this.funding.update(user, id, body);
  }

  @Delete('entries/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Delete a funding entry' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DeleteFundingEntryParams): Promise<void> {
    return this.funding.remove(user, id, query.version);
  }
}
