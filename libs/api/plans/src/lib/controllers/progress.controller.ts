import { Body, Controller, Header, HttpStatus, Query } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, GetRoute, PatchRoute, PostRoute, UuidParam } from '@suunta/api-core';
import type { ProgressAuthorDto, ProgressEntryDetailDto, ProgressEntryPageDto, ProgressTargetDto, SessionUser } from '@suunta/shared-domain';
import { CorrectProgressEntryDto, CreateProgressEntryDto, ProgressQueryDto, ProgressTargetsQueryDto, RetractProgressEntryDto } from '../dto/progress.dto';
import { ProgressService } from '../services/progress.service';

const LOGGERS = ['admin', 'management', 'planner'] as const;

/** Planners log in their regions; management and admin anywhere; board and viewer read. */
@ApiTags('progress')
@Controller('progress-entries')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @GetRoute({ access: 'authenticated', ok: 'The progress log, newest first, filtered by region, year, focus area (theme), author…' })
  list(@CurrentUser() user: SessionUser, @Query() query: ProgressQueryDto): Promise<ProgressEntryPageDto> {
    return this.progress.list(user, query);
  }

  @GetRoute('export.csv', { access: 'authenticated', ok: 'The filtered log as CSV (UTF-8 with BOM)' })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="progress-log.csv"')
  @ApiProduces('text/csv')
  exportCsv(@CurrentUser() user: SessionUser, @Query() query: ProgressQueryDto): Promise<string> {
    return this.progress.exportCsv(user, query);
  }

  @GetRoute('targets', { access: 'authenticated', ok: 'Actions and criteria an entry can be logged against, with unit and target' })
  targets(@CurrentUser() user: SessionUser, @Query() query: ProgressTargetsQueryDto): Promise<ProgressTargetDto[]> {
    return this.progress.targets(user, query);
  }

  @GetRoute('authors', { access: 'authenticated', ok: 'Everyone who has written an entry (for the author filter)' })
  authors(@CurrentUser() user: SessionUser): Promise<ProgressAuthorDto[]> {
    return this.progress.authors(user);
  }

  @GetRoute(':id', { access: 'authenticated', ok: 'The entry with its revision history' })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<ProgressEntryDetailDto> {
    return this.progress.get(user, id);
  }

  @PostRoute({
    access: LOGGERS,
    summary: 'Log progress against a criterion and/or a yearly action',
    ok: 'The entry',
    badRequest: 'Invalid fields with their paths: e.g. value "N/A", a unit other than the criterion\'s, a closed year without a reason',
    forbidden: 'Not one of your regions',
  })
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.progress.create(user, dto);
  }

  @PatchRoute(':id', { access: LOGGERS, summary: 'Correct an entry; the replaced text is kept as a revision', conflict: 'Your version is out of date, or the entry was retracted' })
  correct(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: CorrectProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.progress.correct(user, id, dto);
  }

  @PostRoute(':id/retract', {
    access: LOGGERS,
    status: HttpStatus.OK,
    summary: 'Retract an entry (kept with its reason, left out of roll-ups)',
    conflict: 'Your version is out of date, or already retracted',
  })
  retract(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: RetractProgressEntryDto): Promise<ProgressEntryDetailDto> {
    return this.progress.retract(user, id, dto);
  }
}
