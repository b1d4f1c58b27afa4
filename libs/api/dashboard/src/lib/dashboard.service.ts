import { BadRequestException, Injectable } from '@nestjs/common';
import { notFound, pickCamel, type PreparedJson, type RawRow, sqlRow } from '@suunta/api-core';
import { DataRevisionService, StampedAnswers } from '@suunta/api-organization';
import { PlanProgressReadService, RollupService } from '@suunta/api-plans';
import { StrategyOutlineService } from '@suunta/api-strategy';
import type { FocusAreaOutline, LineageOutline } from '@suunta/api-strategy';
import { SurveyScoresReadService } from '@suunta/api-surveys';
import type { SurveyScoreRow } from '@suunta/api-surveys';
import type {
  ActionRollupDto,
  CriterionRollupDto,
  DashboardDto,
  DashboardEntriesQuery,
  DashboardEntryDto,
  DashboardFocusAreaDto,
  DashboardFocusAreaEntriesDto,
  DashboardFilters,
  DashboardLineageNode,
  DashboardPlanRef,
  DashboardQuery,
  DashboardRegionOption,
  DashboardStrategyOption,
  DashboardSurveyPoint,
  GroupRollupDto,
  LocalizedText,
  RollupStatus,
  SessionUser,
} from '@suunta/shared-domain';
import { helsinkiDay, ROLLUP_STATUSES } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import {
  actionFigure,
  cellFigure,
  combineGroupStatus,
  countCriteria,
  criteriaFigure,
  latest,
  pickDefaultStrategy,
  pickDefaultYear,
  surveyFigure,
  uniqueBy,
} from './dashboard-figures.util';
import { REGIONS_SQL } from './dashboard.sql';


/** At most this many board answers are kept (each some tens of kB): every organization's few current views. */
const DASHBOARD_CACHE_ENTRIES = 64;

export interface BoardContext {
  strategies: DashboardStrategyOption[];
  regions: DashboardRegionOption[];
  asOf: string;
  strategy: DashboardStrategyOption;
  focusAreas: FocusAreaOutline[];
  lineage: LineageOutline[];
  focusAreaIds: string[];
  years: number[];
  yearsWithData: number[];
  year: number;
  region: DashboardRegionOption | null;
}

export interface Scope {
  organizationId: string;
  strategy: DashboardStrategyOption;
  year: number;
  region: DashboardRegionOption | null;
  asOf: string;
  plans: DashboardPlanRef[];
}

export interface PlanFigures {
  actions: ActionRollupDto[];
  criteria: CriterionRollupDto[];
  groups: (GroupRollupDto & { planId: string })[];
}

/**
 * The board's status page. A fixed number of queries whatever the strategy's size: strategies and
 * regions (2), focus areas with their lineage (1), years (2: plans and entries, surveys), plans in
 * scope (1), the plans library's roll-up per plan in scope (6 each; at most one organization-wide
 * plan and one per region cover a year), survey scores (1) and last updated (1). Every figure comes from the domain that owns it, through its exported read
 * services: strategies, focus areas and lineage from api-strategy, plans, entries and roll-ups from
 * api-plans, survey scores from api-surveys; this lib's own SQL reads only the regions.
 */
@Injectable()
export class DashboardService {
  /** Board answers computed since the organization's data last changed (see `dashboard`). */
  private readonly answers: StampedAnswers<DashboardDto>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly rollups: RollupService,
    private readonly planReads: PlanProgressReadService,
    private readonly strategyOutline: StrategyOutlineService,
    private readonly surveyScores: SurveyScoresReadService,
    dataRevision: DataRevisionService,
  ) {
    this.answers = new StampedAnswers<DashboardDto>(dataRevision, DASHBOARD_CACHE_ENTRIES);
  }


  /**
   * What every view of the board starts from: the strategies and regions, the resolved strategy
   * (default: the one valid on as-of), its focus areas with lineage, the years with plans, entries
   * or surveys, and the year (default: the latest with data up to as-of). Five queries.
   */
  async context(user: SessionUser, query: DashboardQuery): Promise<BoardContext> {
    const [strategies, regions] = await Promise.all([this.strategies(user), this.regions(user)]);
    const asOf = query.asOf ?? helsinkiDay();
    const strategy = this.resolveStrategy(strategies, query.strategyId, asOf);
    const org = user.organizationId;
    const { focusAreas, lineage } = await this.strategyOutline.focusAreasWithLineage(org, strategy.id);
    const focusAreaIds = focusAreas.map((fa) => fa.id);
    const [planYears, surveyYears] = await Promise.all([this.planReads.years(org, strategy.id, focusAreaIds), this.surveyScores.years(org, focusAreaIds)]);
    const yearRows = mergeYears(planYears, surveyYears);
    const years = yearRows.map((r) => r.year);
    const yearsWithData = yearRows.filter((r) => r.hasData).map((r) => r.year);
    // the latest year with entries or survey results; only plan years when nothing is logged yet
    const year = query.year ?? pickDefaultYear(yearsWithData.length ? yearsWithData : years, Number(asOf.slice(0, 4)));
    const region = this.resolveRegion(regions, query.regionId);
    return { strategies, regions, asOf, strategy, focusAreas, lineage, focusAreaIds, years, yearsWithData, year, region };
  }

  /**
   * The board's page. Its answer is a pure function of the organization's stored data, the query
   * and the as-of day, so it is computed once per data stamp (`DataRevisionService`: any committed
   * write, by any API process, moves the stamp) and reused until the next write: one indexed read
   * instead of the roll-ups on each of the board's many reads of an unchanged organization.
   */
  async dashboard(user: SessionUser, query: DashboardQuery): Promise<DashboardDto> {
    return (await this.dashboardAnswer(user, query)).value;
  }

  /** `dashboard` with its serialised bytes, as the controller sends it. */
  dashboardAnswer(user: SessionUser, query: DashboardQuery): Promise<PreparedJson<DashboardDto>> {
    const request = { ...query, asOf: query.asOf ?? helsinkiDay() };
    return this.answers.answer(user, request, () => this.computeDashboard(user, request));
  }

  private async computeDashboard(user: SessionUser, query: DashboardQuery & { asOf: string }): Promise<DashboardDto> {
    const ctx = await this.context(user, query);
    const { strategies, regions, asOf, strategy, focusAreaIds, years, yearsWithData, year } = ctx;
    const focusAreaRows = ctx.focusAreas;
    const lineageRows = ctx.lineage;
    const org = user.organizationId;
    const scope = await this.scope(user, strategy, year, ctx.region, asOf);
    const [surveyRows, lastUpdated, figures] = await Promise.all([
      this.surveyScores.scores(org, focusAreaIds),
      this.planReads.lastUpdated(org, focusAreaIds, year, scope.region?.id ?? null, asOf, scope.plans.map((x) => x.id)),
      this.planFigures(user, scope),
    ]);

    const points = surveyRows.map(toSurveyPoint);
    const regionId = scope.region?.id ?? null;
    const surveyTrend = points.filter((pt) => pt.regionId === regionId && (regionId !== null || isPooled(pt)));
    const surveyByRegion = points.filter((pt) => pt.regionId !== null && pt.year === year);
    const surveyUpdated = new Map<string, string | null>();
    for (const r of surveyRows) {
      const inScope = r.year === year && (regionId === null ? r.pooled : r.regionId === regionId);
      if (inScope) surveyUpdated.set(r.focusAreaId, r.updatedAt);
    }

    const focusAreas: DashboardFocusAreaDto[] = focusAreaRows.map((fa) => {
      const id = fa.id;
      const actions = figures.actions.filter((a) => a.focusAreaId === id && a.year === year);
      const criteria = figures.criteria.filter((c) => c.focusAreaId === id && c.year === year);
      const groups = figures.groups.filter((g) => g.id === id && g.year === year);
      return {
        id,
        code: fa.code,
        title: fa.title,
        sortOrder: fa.sortOrder,
        status: combineGroupStatus(groups),
        planIds: groups.map((g) => g.planId),
        themeIds: groups.map((g) => g.themeId ?? '').filter(Boolean),
        actions: actionFigure(actions),
        criteria: criteriaFigure(criteria),
        countCriteria: countCriteria(criteria),
        survey: surveyFigure(
          surveyTrend.filter((pt) => pt.focusAreaId === id),
          year,
        ),
        lineage: lineageRows.filter((l) => l.rootId === id).map(toLineageNode),
        lastUpdated: latest(lastUpdated.get(id) ?? null, surveyUpdated.get(id) ?? null),
        freshness: cellFigure(figures, id, year, asOf).freshness,
        links: links(id, year, regionId),
      };
    });
    const statusCounts = Object.fromEntries(ROLLUP_STATUSES.map((s) => [s, focusAreas.filter((f) => f.status === s).length])) as Record<
      RollupStatus,
      number
    >;
    return {
      filters: boardFilters(strategy, year, scope.region, asOf),
      options: { strategies, years, yearsWithData, regions },
      plans: scope.plans,
      focusAreas,
      surveyTrend,
      surveyByRegion,
      statusCounts,
    };
  }

  /** Everything behind one focus area's figures: actions, criteria, progress entries, survey themes. */
  async focusAreaEntries(user: SessionUser, focusAreaId: string, query: DashboardEntriesQuery): Promise<DashboardFocusAreaEntriesDto> {
    const org = user.organizationId;
    const fa = await this.strategyOutline.focusArea(org, focusAreaId);
    if (!fa) throw notFound('focus_area_not_found', `Focus area ${focusAreaId} not found`, { id: focusAreaId });
    const [strategies, regions] = await Promise.all([this.strategies(user), this.regions(user)]);
    const asOf = query.asOf ?? helsinkiDay();
    const strategy = this.resolveStrategy(strategies, fa.strategyId, asOf);
    const scope = await this.scope(user, strategy, query.year, this.resolveRegion(regions, query.regionId), asOf);
    const regionId = scope.region?.id ?? null;
    const [figures, entryRows, surveys] = await Promise.all([
      this.planFigures(user, scope),
      this.planReads.focusAreaEntries(org, focusAreaId, query.year, regionId, asOf, scope.plans.map((x) => x.id)),
      this.surveyScores.focusAreaThemes(org, focusAreaId, query.year, regionId),
    ]);
    const criterionTitles = await this.strategyOutline.criterionTitles(
      org,
      entryRows.flatMap((e) => (e.criterionId ? [e.criterionId] : [])),
    );
    return {
      focusArea: { id: fa.id, code: fa.code, title: fa.title, strategyId: strategy.id },
      year: query.year,
      regionId,
      regionCode: scope.region?.code ?? null,
      asOf,
      actions: figures.actions.filter((a) => a.focusAreaId === focusAreaId && a.year === query.year),
      criteria: figures.criteria.filter((c) => c.focusAreaId === focusAreaId && c.year === query.year),
      entries: entryRows.map((e): DashboardEntryDto => ({ ...e, criterionTitle: e.criterionId ? (criterionTitles.get(e.criterionId) ?? null) : null })),
      surveys,
    };
  }

  private strategies(user: SessionUser): Promise<DashboardStrategyOption[]> {
    return this.strategyOutline.strategies(user.organizationId);
  }

  private async regions(user: SessionUser): Promise<DashboardRegionOption[]> {
    const rows: RawRow[] = await this.dataSource.query(REGIONS_SQL, [user.organizationId]);
    return rows.map(sqlRow).map((r) => ({ id: r.string('id'), code: r.string('code'), name: r.json<LocalizedText>('name') }));
  }

  private resolveStrategy(strategies: DashboardStrategyOption[], strategyId: string | undefined, asOf: string): DashboardStrategyOption {
    const strategy = strategyId ? strategies.find((s) => s.id === strategyId) : pickDefaultStrategy(strategies, asOf);
    if (strategyId && !strategy) throw notFound('strategy_not_found', `Strategy ${strategyId} not found`, { id: strategyId });
    if (!strategy) throw notFound('no_strategy', 'The organization has no strategy yet');
    return strategy;
  }

  /** @internal */
  resolveRegion(regions: DashboardRegionOption[], regionId: string | undefined): DashboardRegionOption | null {
    if (!regionId) return null;
    const region = regions.find((r) => r.id === regionId);
    if (!region) throw notFound('region_not_found', `Region ${regionId} not found`, { id: regionId });
    return region;
  }

  /** The plans in force for the year and region: the scope every figure is computed over. */
  async scope(
    user: SessionUser,
    strategy: DashboardStrategyOption,
    year: number,
    region: DashboardRegionOption | null,
    asOf: string,
  ): Promise<Scope> {
    if (!Number.isInteger(year)) throw new BadRequestException('year must be an integer');
    const plans = await this.planReads.plansInForce(user.organizationId, strategy.id, year, region?.id ?? null);
    return { organizationId: user.organizationId, strategy, year, region, asOf, plans };
  }

  /** The plans library's roll-ups for each plan in scope, merged (organization-wide plans first). */
  async planFigures(user: SessionUser, scope: Scope): Promise<PlanFigures> {
    const rollups = await Promise.all(
      scope.plans.map((plan) => this.rollups.planRollup(user, plan.id, { regionId: scope.region?.id, asOf: scope.asOf })),
    );
    return {
      actions: rollups.flatMap((r) => r.actions),
      criteria: uniqueBy(
        rollups.flatMap((r) => r.criteria),
        (c) => `${c.criterionId}/${c.year}`,
      ),
      groups: rollups.flatMap((r) => r.focusAreas.map((g) => ({ ...g, planId: r.planId }))),
    };
  }
}

export { toSurveyPoint };

function isPooled(pt: DashboardSurveyPoint): boolean {
  return pt.regionId === null;
}

function links(focusAreaId: string, year: number, regionId: string | null): DashboardFocusAreaDto['links'] {
  const region = regionId ? `&regionId=${regionId}` : '';
  return {
    entries: `/api/dashboard/focus-areas/${focusAreaId}/entries?year=${year}${region}`,
    progressEntries: `/api/progress-entries?focusAreaId=${focusAreaId}&year=${year}${region}`,
    surveys: `/api/surveys?focusAreaId=${focusAreaId}&year=${year}${region}`,
    surveySeries: `/api/surveys/series?focusAreaId=${focusAreaId}&lineage=true`,
  };
}

/** What a board answer was computed for (the strategy, year, region and day), and when. */
export function boardFilters(
  strategy: Pick<DashboardStrategyOption, 'id' | 'code' | 'title'>,
  year: number,
  region: { id: string; code: string } | null,
  asOf: string,
): DashboardFilters {
  return {
    strategyId: strategy.id,
    strategyCode: strategy.code,
    strategyTitle: strategy.title,
    year,
    regionId: region?.id ?? null,
    regionCode: region?.code ?? null,
    asOf,
    generatedAt: new Date().toISOString(),
  };
}

/** The plan domain's years (with their "has data") and the survey years (all with data), merged and sorted. */
function mergeYears(planYears: { year: number; hasData: boolean }[], surveyYears: number[]): { year: number; hasData: boolean }[] {
  const byYear = new Map<number, boolean>();
  for (const y of planYears) byYear.set(y.year, (byYear.get(y.year) ?? false) || y.hasData);
  for (const y of surveyYears) byYear.set(y, true);
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, hasData]) => ({ year, hasData }));
}

function toSurveyPoint(r: SurveyScoreRow): DashboardSurveyPoint {
  return pickCamel(r, ['focusAreaId', 'year', 'regionId', 'average', 'respondentCount', 'surveyIds', 'sourceFocusAreaIds']);
}

function toLineageNode(l: LineageOutline): DashboardLineageNode {
  return { focusAreaId: l.focusAreaId, code: l.code, title: l.title, strategyId: l.strategyId, strategyCode: l.strategyCode, distance: l.distance };
}
