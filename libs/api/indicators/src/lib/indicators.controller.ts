import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, RequireRoles, UuidParam } from '@suunta/api-core';
import type { IndicatorChoiceDto, IndicatorFocusAreaOptionDto, IndicatorCsvPreviewDto, IndicatorRegionDto, IndicatorSyncStartedDto, IndicatorTrendDto, SessionUser } from '@suunta/shared-domain';
import { CreateIndicatorChoiceBody, DeleteIndicatorChoiceParams, IndicatorCsvUploadBody, UpdateIndicatorChoiceBody, UpdateIndicatorRegionBody } from './indicators.dto';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "The chosen THL Sotkanet indicators with THL's metadata and the state of their values" })
  @ApiOkResponse({ description: 'IndicatorChoiceDto[]' })
  list(@CurrentUser() user: SessionUser): Promise<IndicatorChoiceDto[]> {
    return this.indicators.list(user.organizationId);
  }

  @Get('regions')
  @Authenticated()
  @ApiOperation({ summary: "How each of the organization's regions is found in Sotkanet" })
  @ApiOkResponse({ description: 'IndicatorRegionDto[]' })
  regions(@CurrentUser() user: SessionUser): Promise<IndicatorRegionDto[]> {
    return this.indicators.regions(user.organizationId);
  }

  @Get('focus-area-options')
  @Authenticated()
  @ApiOperation({ summary: 'Focus areas an indicator may be linked to: those of strategies valid this year first, then newest strategy first' })
  focusAreaOptions(@CurrentUser() user: SessionUser): Promise<IndicatorFocusAreaOptionDto[]> {
    return this.indicators.focusAreaOptions(user.organizationId);
  }

  @Get('focus-areas/:focusAreaId')
  @Authenticated()
  @ApiOperation({ summary: 'The indicators linked to a focus area, each with its values per region (oldest year first)' })
  @ApiOkResponse({ description: 'IndicatorTrendDto[]' })
  trends(@CurrentUser() user: SessionUser, @UuidParam('focusAreaId') focusAreaId: string): Promise<IndicatorTrendDto[]> {
    return this.indicators.trends(user.organizationId, focusAreaId);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One chosen indicator' })
  @ApiNotFoundResponse({ description: "Unknown or another organization's indicator" })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<IndicatorChoiceDto> {
    return this.indicators.get(user.organizationId, id);
  }

  @Post()
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Choose a Sotkanet indicator (by its id), optionally linked to a focus area' })
  @ApiCreatedResponse({ description: 'IndicatorChoiceDto (fetchStatus not_fetched)' })
  @ApiConflictResponse({ description: 'Already chosen' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateIndicatorChoiceBody): Promise<IndicatorChoiceDto> {
    return this.indicators.create(user, body);
  }

  @Patch(':id')
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Link the indicator to a focus area (or none)' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateIndicatorChoiceBody): Promise<IndicatorChoiceDto> {
    return this.indicators.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Stop following the indicator (its stored values go with it)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DeleteIndicatorChoiceParams): Promise<void> {
    return this.indicators.remove(user, id, query.version);
  }

  @Put('regions/:regionId')
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Set how a region is found in Sotkanet (category and code, or its Sotkanet id)' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  updateRegion(@CurrentUser() user: SessionUser, @UuidParam('regionId') regionId: string, @Body() body: UpdateIndicatorRegionBody): Promise<IndicatorRegionDto> {
    return this.indicators.updateRegion(user, regionId, body);
  }

  @Post('sync')
  @HttpCode(HttpStatus.ACCEPTED)
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Fetch every chosen indicator from Sotkanet in the background (each shows its outcome)' })
  @ApiAcceptedResponse({ description: 'IndicatorSyncStartedDto' })
  sync(@CurrentUser() user: SessionUser): Promise<IndicatorSyncStartedDto> {
    return this.indicators.startSync(user);
  }

  @Post('csv')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Check (dryRun) or store a Sotkanet CSV export; problems are named by line' })
  @ApiOkResponse({ description: 'IndicatorCsvPreviewDto' })
  @ApiBadRequestResponse({ description: 'indicator_csv_invalid: the problems, each with its line (nothing stored)' })
  upload(@CurrentUser() user: SessionUser, @Body() body: IndicatorCsvUploadBody): Promise<IndicatorCsvPreviewDto> {
    return this.indicators.uploadCsv(user, body);
  }
}
