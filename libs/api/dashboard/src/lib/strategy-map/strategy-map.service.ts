import { Injectable } from '@nestjs/common';
import type { PreparedJson } from '@suunta/api-core';
import { DataRevisionService, StampedAnswers } from '@suunta/api-organization';
import { SurveyScoresReadService } from '@suunta/api-surveys';
import type {
  DashboardRegionOption,
  SessionUser,
  StrategyMapCell,
  StrategyMapColumn,
  StrategyMapDto,
  StrategyMapQuery,
} from '@suunta/shared-domain';
import { helsinkiDay } from '@suunta/shared-domain';
import { cellFigure, type CellFigure, criteriaTrend, surveyFigure, surveyTrend } from '../dashboard-figures.util';
import { boardFilters, DashboardService, type PlanFigures, toSurveyPoint } from '../dashboard.service';

/**
 * The strategy map (issue 18 item 5): focus areas × regions (in the chosen year) or focus areas ×
 * years (in the chosen region or the whole organization). Each cell is exactly what the board
 * page shows for that region and year: the same plans in scope, the same roll-ups (the plans
 * library's SQL and its one `groupStatus`), the same survey scores. Nothing is re-decided here;
 * the trend compares a cell with the same cell a year earlier (criteria) or the latest earlier
 * year with answers (survey, as the page's change does).
 *
 * Cost: the board's context (5 queries) and survey scores (1), then per (year, region) computed —
 * each column and the year before the first — the plans in force (1) and 6 per plan in scope.
 */
/** Maps kept per process: each organization's few current views (a map costs tens of queries to compute). */
const MAP_CACHE_ENTRIES = 32;

@Injectable()
export class StrategyMapService {
  /** Maps computed since the organization's data last changed (a map costs tens of queries). */
  private readonly answers: StampedAnswers<StrategyMapDto>;

  constructor(
    private readonly dashboard: DashboardService,
    private readonly surveyScores: SurveyScoresReadService,
    dataRevision: DataRevisionService,
  ) {
    this.answers = new StampedAnswers<StrategyMapDto>(dataRevision, MAP_CACHE_ENTRIES);
  }


  async map(user: SessionUser, query: StrategyMapQuery): Promise<StrategyMapDto> {
    return (await this.mapAnswer(user, query)).value;
  }

  /** `map` with its serialised bytes, as the controller sends it. */
  mapAnswer(user: SessionUser, query: StrategyMapQuery): Promise<PreparedJson<StrategyMapDto>> {
    const request = { ...query, asOf: query.asOf ?? helsinkiDay() };
    return this.answers.answer(user, request, () => this.computeMap(user, request));
  }

  private async computeMap(user: SessionUser, query: StrategyMapQuery): Promise<StrategyMapDto> {
    const axis = query.axis ?? 'regions';
    const ctx = await this.dashboard.context(user, query);
    const { asOf, strategy, year } = ctx;
    const regionScope: (DashboardRegionOption | null)[] = ctx.region ? [ctx.region] : ctx.regions;
    const asOfYear = Number(asOf.slice(0, 4));
    const columns: StrategyMapColumn[] =
      axis === 'regions'
        ? regionScope.map((r) => ({ year, regionId: r?.id ?? null, regionCode: r?.code ?? null }))
        : mapYears(ctx.years, year, asOfYear).map((y) => ({ year: y, regionId: ctx.region?.id ?? null, regionCode: ctx.region?.code ?? null }));

    // one roll-up per (year, region), shared by a column and the next year's trend
    const cache = new Map<string, Promise<PlanFigures>>();
    const figuresFor = (y: number, region: DashboardRegionOption | null): Promise<PlanFigures> => {
      const key = `${y}/${region?.id ?? ''}`;
      let hit = cache.get(key);
      if (!hit) {
        hit = this.dashboard.scope(user, strategy, y, region, asOf).then((scope) => this.dashboard.planFigures(user, scope));
        cache.set(key, hit);
      }
      return hit;
    };
    const regionOf = (id: string | null) => ctx.regions.find((r) => r.id === id) ?? null;
    const [surveyRows, columnFigures] = await Promise.all([
      this.surveyScores.scores(user.organizationId, ctx.focusAreaIds),
      Promise.all(
        columns.map(async (col) => {
          const region = regionOf(col.regionId);
          const [current, previous] = await Promise.all([figuresFor(col.year, region), figuresFor(col.year - 1, region)]);
          return { current, previous };
        }),
      ),
    ]);
    const points = surveyRows.map(toSurveyPoint);

    const rows = ctx.focusAreas.map((fa) => ({
      focusAreaId: fa.id,
      code: fa.code,
      title: fa.title,
      cells: columns.map((col, i): StrategyMapCell => {
        const now = cellFigure(columnFigures[i].current, fa.id, col.year, asOf);
        const before: CellFigure = cellFigure(columnFigures[i].previous, fa.id, col.year - 1, asOf);
        const series = points.filter((pt) => pt.focusAreaId === fa.id && pt.regionId === col.regionId);
        const survey = surveyFigure(series, col.year);
        return {
          ...col,
          status: now.status,
          criteria: {
            ...now.criteria,
            previousYear: col.year - 1,
            previousOnTarget: before.criteria.onTarget,
            previousTotal: before.criteria.total,
            trend: criteriaTrend(now.criteria, before.criteria),
          },
          survey: {
            average: survey.average,
            respondentCount: survey.respondentCount,
            previousYear: survey.previousYear,
            previousAverage: survey.previousAverage,
            change: survey.change,
            trend: surveyTrend(survey.change),
          },
          freshness: now.freshness,
        };
      }),
    }));

    return {
      filters: { ...boardFilters(strategy, year, ctx.region, asOf), axis },
      columns,
      rows,
    };
  }
}

/**
 * The years axis: the strategy's years (plans, entries, surveys) up to the as-of year — a later
 * year has nothing true yet — always including the chosen year, at most the six latest.
 */
export function mapYears(years: readonly number[], year: number, asOfYear: number): number[] {
  const upTo = Math.max(asOfYear, year);
  const list = [...new Set([...years.filter((y) => y <= upTo), year])].sort((a, b) => a - b);
  return list.slice(-6);
}
