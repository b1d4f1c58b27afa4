import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type PreparedJson, UuidParam } from '@suunta/api-core';
import { FundingService } from '@suunta/api-funding';
import type { DashboardDto, DashboardFocusAreaEntriesDto, SessionUser, StrategyMapDto } from '@suunta/shared-domain';
import type { FastifyReply } from 'fastify';
import { boardPackFileName, renderBoardPack } from './board-pack/board-pack.pdf';
import { DashboardService } from './dashboard.service';
import { StrategyMapService } from './strategy-map/strategy-map.service';
import {
  BoardPackQueryDto,
  DashboardEntriesQueryDto,
  DashboardFocusAreaEntriesResponse,
  DashboardQueryDto,
  DashboardResponse,
  StrategyMapQueryDto,
  StrategyMapResponse,
} from './dto/dashboard.dto';

/** The board's status page, its drill-down and its printable board pack. Any signed-in user may read. */
@ApiTags('dashboard')
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly funding: FundingService,
    private readonly strategyMap: StrategyMapService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'The whole status page for a strategy version, year and region in one answer',
    description:
      'Per focus area: status (plans roll-up rules), actions done / in progress / overdue, criteria on target, the survey ' +
      'average with its answer count and the change from the previous year with answers (following focus-area lineage across ' +
      'strategy versions), last updated, and links to the entries behind each figure. Also the series for the charts.',
  })
  @ApiOkResponse({ type: DashboardResponse })
  @ApiNotFoundResponse({ description: 'Unknown strategy or region' })
  get(@CurrentUser() user: SessionUser, @Query() query: DashboardQueryDto): Promise<PreparedJson<DashboardDto>> {
    return this.dashboard.dashboardAnswer(user, query);
  }

  @Get('strategy-map')
  @Authenticated()
  @ApiOperation({
    summary: 'The strategy map: focus areas × regions (in the year) or × years (in the region), a status cell each',
    description:
      "Each cell is the board page's figure for that focus area, region and year (the same plans in scope and roll-up rules): " +
      'status, criteria on target against the previous year, the survey average against the latest earlier year with answers, ' +
      'and data freshness (the newest progress entry up to asOf; stale after 90 days without one). Respects year and asOf.',
  })
  @ApiOkResponse({ type: StrategyMapResponse })
  @ApiNotFoundResponse({ description: 'Unknown strategy or region' })
  map(@CurrentUser() user: SessionUser, @Query() query: StrategyMapQueryDto): Promise<PreparedJson<StrategyMapDto>> {
    return this.strategyMap.mapAnswer(user, query);
  }

  @Get('focus-areas/:id/entries')
  @Authenticated()
  @ApiOperation({ summary: "The actions, criteria, progress entries and survey themes behind one focus area's figures" })
  @ApiOkResponse({ type: DashboardFocusAreaEntriesResponse })
  @ApiNotFoundResponse({ description: 'Unknown focus area or region' })
  entries(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @Query() query: DashboardEntriesQueryDto,
  ): Promise<DashboardFocusAreaEntriesDto> {
    return this.dashboard.focusAreaEntries(user, id, query);
  }

  @Get('board-pack.pdf')
  @Authenticated()
  @ApiOperation({ summary: 'The status page and its charts as an A4 PDF for a meeting, with the date and the filters used' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  async boardPack(
    @CurrentUser() user: SessionUser,
    @Query() query: BoardPackQueryDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<StreamableFile> {
    const { lang, ...rest } = query;
    const data = await this.dashboard.dashboard(user, rest);
    // funding up to the pack's year (the last six years), from api-funding's exported service
    const funding = await this.funding.overview(user.organizationId, { fromYear: data.filters.year - 5, toYear: data.filters.year });
    // the strategy map for the same filters: by regions in the year, by years in the region (or the whole organization)
    const filters = { ...rest, strategyId: data.filters.strategyId, year: data.filters.year };
    const [regions, years] = await Promise.all([this.strategyMap.map(user, { ...filters, axis: 'regions' }), this.strategyMap.map(user, { ...filters, axis: 'years' })]);
    const pdf = await renderBoardPack(data, lang ?? 'fi', funding, { regions, years });
    res.header('Content-Disposition', `attachment; filename="${boardPackFileName(data)}"`);
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length });
  }
}
