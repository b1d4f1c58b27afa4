import { Body, Controller, Get, Header, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, RequireRoles, UuidParam } from '@suunta/api-core';
import type { ProgressAuthorDto, ProgressEntryDetailDto, ProgressEntryPageDto, ProgressTargetDto, SessionUser } from '@suunta/shared-domain';
import { CorrectProgressEntryDto, CreateProgressEntryDto, ProgressQueryDto, ProgressTargetsQueryDto, RetractProgressEntryDto } from '../dto/progress.dto';
import { ProgressService } from '../services/progress.service';

/** Planners log in their regions; management and admin anywhere; board and viewer read. */
@ApiTags('progress')
@Controller('progress-entries')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ description: 'The progress log, newest first, filtered by region, year, focus area (theme), author…' })
  list(@CurrentUser() user: SessionUser, @Query() query: ProgressQueryDto): Promise<ProgressEntryPageDto> {
    return this.progress.list(user, query);
  }

  @Get('export.csv')
  @Authenticated()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="progress-log.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The filtered log as CSV (UTF-8 with BOM)' })
  exportCsv(@CurrentUser() user: SessionUser, @Query() query: ProgressQueryDto): Promise<string> {
    return this.progress.exportCsv(user, query);
  }

  @Get('targets')
  @Authenticated()
  @ApiOkResponse({ description: 'Actions and criteria an entry can be logged against, with unit and target' })
  targets(@CurrentUser() user: SessionUser, @Query() query: ProgressTargetsQueryDto): Promise<ProgressTargetDto[]> {
    return this.progress.targets(user, query);
  }

  @Get('authors')
  @Authenticated()
  @ApiOkResponse({ description: 'Everyone who has written an entry (for the author filter)' })
  authors(@CurrentUser() user: SessionUser): Promise<ProgressAuthorDto[]> {
    return this.progress.authors(user);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ description: 'The entry with its revision history' })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<ProgressEntryDetailDto> {
    return this.progress.get(user, id);
  }

  @Post()
  @RequireRoles('admin', 'management', 'planner')
  @ApiOperation({ summary: 'Log progress against a criterion and/or a yearly action' })
  @ApiCreatedResponse({ description: 'The entry' })
  @ApiBadRequestResponse({ description: 'Invalid fields with their paths: e.g. value "N/A", a unit other than the criterion\'s, a closed year without a reason' })
  @ApiForbiddenResponse({ description: 'Not one of your regions' })
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.progress.create(user, dto);
  }

  @Patch(':id')
  @RequireRoles('admin', 'management', 'planner')
  @ApiOperation({ summary: 'Correct an entry; the replaced text is kept as a revision' })
  @ApiConflictResponse({ description: 'Your version is out of date, or the entry was retracted' })
  correct(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: CorrectProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.progress.correct(user, id, dto);
  }

  @Post(':id/retract')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('admin', 'management', 'planner')
  @ApiOperation({ summary: 'Retract an entry (kept with its reason, left out of roll-ups)' })
  @ApiConflictResponse({ description: 'Your version is out of date, or already retracted' })
  retract(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: RetractProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.progress.retract(user, id, dto);
  }
}
