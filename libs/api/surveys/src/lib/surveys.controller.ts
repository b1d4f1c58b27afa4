import { Body, Controller, HttpStatus, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, UuidParam } from '@suunta/api-core';
import type {
  SessionUser,
  SurveyDetailDto,
  SurveyFocusAreaRefDto,
  SurveyImportCommitDto,
  SurveyImportPreviewDto,
  SurveySeriesDto,
  SurveySummaryDto,
} from '@suunta/shared-domain';
import type { FastifyReply } from 'fastify';
import { DeleteSurveyQueryDto, FocusAreaOptionsQueryDto, SurveyImportBody, SurveyListQueryDto, SurveySeriesQueryDto, UpdateSurveyBody } from './dto/survey.dto';
import { SurveyImportService } from './survey-import.service';
import { SurveyReadService } from './survey-read.service';
import { SurveyWriteService } from './survey-write.service';

/** Planners write in their own regions (checked in the services), management and admin anywhere. */
const WRITERS = ['admin', 'management', 'planner'] as const;

@ApiTags('surveys')
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly importer: SurveyImportService,
    private readonly reader: SurveyReadService,
    private readonly writer: SurveyWriteService,
  ) {}

  @PostRoute('import', {
    access: WRITERS,
    summary: 'Import a Webropol report (text) or raw-answer export (CSV)',
    description:
      '`mode: "preview"` answers 200 with every parsed figure and problem and saves nothing. ' +
      '`mode: "commit"` answers 201 with the saved survey, all or nothing; 409 when the same content was already imported; ' +
      '422 naming the line or cell when the file has blocking problems.',
    conflict: 'The same content was already imported',
    unprocessable: 'The file has problems; `errors[].field` names the line or cell',
  })
  async import(
    @CurrentUser() user: SessionUser,
    @Body() body: SurveyImportBody,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<SurveyImportPreviewDto | SurveyImportCommitDto> {
    if (body.mode === 'preview') {
      res.status(200);
      return this.importer.preview(user, body);
    }
    const id = await this.importer.commit(user, body);
    res.status(201);
    return { mode: 'commit', survey: await this.reader.get(user, id) };
  }

  @GetRoute({ access: 'authenticated', summary: 'Surveys of the organization, newest year first; filter by region, year or focus area' })
  list(@CurrentUser() user: SessionUser, @Query() query: SurveyListQueryDto): Promise<SurveySummaryDto[]> {
    return this.reader.list(user, query);
  }

  @GetRoute('focus-areas', { access: 'authenticated', summary: 'Focus areas that survey themes are linked to (for the comparison view)' })
  focusAreas(@CurrentUser() user: SessionUser): Promise<SurveyFocusAreaRefDto[]> {
    return this.reader.measuredFocusAreas(user);
  }

  @GetRoute('focus-area-options', { access: 'authenticated', summary: 'Focus areas a survey theme may be linked to; those of strategies valid in `year` first' })
  focusAreaOptions(@CurrentUser() user: SessionUser, @Query() query: FocusAreaOptionsQueryDto): Promise<SurveyFocusAreaRefDto[]> {
    return this.importer.linkOptions(user.organizationId, query.year ?? null);
  }

  @GetRoute('series', {
    access: 'authenticated',
    summary: "One focus area's scores per year and region",
    description: 'With `lineage` (default), focus areas mapped to or from it in other strategy versions count too.',
  })
  series(@CurrentUser() user: SessionUser, @Query() query: SurveySeriesQueryDto): Promise<SurveySeriesDto> {
    return this.reader.series(user, query.focusAreaId, query.lineage ?? true);
  }

  @GetRoute(':id', { access: 'authenticated', summary: 'A survey with its themes, distributions, respondent counts, averages and open answers' })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<SurveyDetailDto> {
    return this.reader.get(user, id);
  }

  @PatchRoute(':id', { access: WRITERS, summary: 'Edit title, year, region, dates, invited count, theme links and claimed averages (not the counts)' })
  async update(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @Body() body: UpdateSurveyBody,
  ): Promise<SurveyDetailDto> {
    await this.writer.update(user, id, body);
    return this.reader.get(user, id);
  }

  @DeleteRoute(':id', {
    access: WRITERS,
    status: HttpStatus.NO_CONTENT,
    summary: 'Delete a survey with everything imported with it; `version` must be current (409)',
    ok: '',
  })
  async remove(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @Query() query: DeleteSurveyQueryDto,
  ): Promise<void> {
    await this.writer.remove(user, id, query.version);
  }
}
