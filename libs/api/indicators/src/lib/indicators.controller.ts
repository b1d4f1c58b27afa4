import { Body, Controller, HttpStatus, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, PutRoute, STALE_VERSION, UuidParam } from '@suunta/api-core';
import type { IndicatorChoiceDto, IndicatorFocusAreaOptionDto, IndicatorCsvPreviewDto, IndicatorRegionDto, IndicatorSyncStartedDto, IndicatorTrendDto, SessionUser } from '@suunta/shared-domain';
import { CreateIndicatorChoiceBody, DeleteIndicatorChoiceParams, IndicatorCsvUploadBody, UpdateIndicatorChoiceBody, UpdateIndicatorRegionBody } from './indicators.dto';
import { IndicatorsService } from './indicators.service';

/** Who chooses indicators and maps regions: the management group and admins; everyone signed in reads. */
const WRITERS = ['management', 'admin'] as const;

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @GetRoute({ access: 'authenticated', summary: "The chosen THL Sotkanet indicators with THL's metadata and the state of their values", ok: 'IndicatorChoiceDto[]' })
  list(@CurrentUser() user: SessionUser): Promise<IndicatorChoiceDto[]> {
    return this.indicators.list(user.organizationId);
  }

  @GetRoute('regions', { access: 'authenticated', summary: "How each of the organization's regions is found in Sotkanet", ok: 'IndicatorRegionDto[]' })
  regions(@CurrentUser() user: SessionUser): Promise<IndicatorRegionDto[]> {
    return this.indicators.regions(user.organizationId);
  }

  @GetRoute('focus-area-options', {
    access: 'authenticated',
    summary: 'Focus areas an indicator may be linked to: those of strategies valid this year first, then newest strategy first',
  })
  focusAreaOptions(@CurrentUser() user: SessionUser): Promise<IndicatorFocusAreaOptionDto[]> {
    return this.indicators.focusAreaOptions(user.organizationId);
  }

  @GetRoute('focus-areas/:focusAreaId', {
    access: 'authenticated',
    summary: 'The indicators linked to a focus area, each with its values per region (oldest year first)',
    ok: 'IndicatorTrendDto[]',
  })
  trends(@CurrentUser() user: SessionUser, @UuidParam('focusAreaId') focusAreaId: string): Promise<IndicatorTrendDto[]> {
    return this.indicators.trends(user.organizationId, focusAreaId);
  }

  @GetRoute(':id', { access: 'authenticated', summary: 'One chosen indicator', notFound: "Unknown or another organization's indicator" })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<IndicatorChoiceDto> {
    return this.indicators.get(user.organizationId, id);
  }

  @PostRoute({
    access: WRITERS,
    summary: 'Choose a Sotkanet indicator (by its id), optionally linked to a focus area',
    ok: 'IndicatorChoiceDto (fetchStatus not_fetched)',
    conflict: 'Already chosen',
  })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateIndicatorChoiceBody): Promise<IndicatorChoiceDto> {
    return this.indicators.create(user, body);
  }

  @PatchRoute(':id', { access: WRITERS, summary: 'Link the indicator to a focus area (or none)', conflict: STALE_VERSION })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateIndicatorChoiceBody): Promise<IndicatorChoiceDto> {
    return this.indicators.update(user, id, body);
  }

  @DeleteRoute(':id', { access: WRITERS, status: HttpStatus.NO_CONTENT, summary: 'Stop following the indicator (its stored values go with it)', ok: 'Deleted', conflict: STALE_VERSION })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DeleteIndicatorChoiceParams): Promise<void> {
    return this.indicators.remove(user, id, query.version);
  }

  @PutRoute('regions/:regionId', { access: WRITERS, summary: 'Set how a region is found in Sotkanet (category and code, or its Sotkanet id)', conflict: STALE_VERSION })
  updateRegion(@CurrentUser() user: SessionUser, @UuidParam('regionId') regionId: string, @Body() body: UpdateIndicatorRegionBody): Promise<IndicatorRegionDto> {
    return this.indicators.updateRegion(user, regionId, body);
  }

  @PostRoute('sync', {
    access: WRITERS,
    status: HttpStatus.ACCEPTED,
    summary: 'Fetch every chosen indicator from Sotkanet in the background (each shows its outcome)',
    ok: 'IndicatorSyncStartedDto',
  })
  sync(@CurrentUser() user: SessionUser): Promise<IndicatorSyncStartedDto> {
    return this.indicators.startSync(user);
  }

  @PostRoute('csv', {
    access: WRITERS,
    status: HttpStatus.OK,
    summary: 'Check (dryRun) or store a Sotkanet CSV export; problems are named by line',
    ok: 'IndicatorCsvPreviewDto',
    badRequest: 'indicator_csv_invalid: the problems, each with its line (nothing stored)',
  })
  upload(@CurrentUser() user: SessionUser, @Body() body: IndicatorCsvUploadBody): Promise<IndicatorCsvPreviewDto> {
    return this.indicators.uploadCsv(user, body);
  }
}
