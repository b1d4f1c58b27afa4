import { BadRequestException, Injectable } from '@nestjs/common';
import { notFound } from '@suunta/api-core';
import { RollupService } from '@suunta/api-plans';
import type {
  ActionRollupDto,
  CriterionRollupDto,
  DashboardDto,
  DashboardEntriesQuery,
  DashboardEntryDto,
  DashboardFocusAreaDto,
  DashboardFocusAreaEntriesDto,
  DashboardLineageNode,
  DashboardPlanRef,
  DashboardQuery,
  DashboardRegionOption,
  DashboardStrategyOption,
  DashboardSurveyPoint,
  DashboardSurveyRowDto,
  GroupRollupDto,
  LocalizedText,
  PlanActionStatus,
  RollupStatus,
  SessionUser,
  StrategyStatus,
} from '@suunta/shared-domain';
import { ROLLUP_STATUSES } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import {
  actionFigure,
  combineGroupStatus,
  countCriteria,
  criteriaFigure,
  latest,
  pickDefaultStrategy,
  pickDefaultYear,
  surveyFigure,
  uniqueBy,
} from './dashboard-figures.util';
import {
  FOCUS_AREA_ENTRIES_SQL,
  FOCUS_AREA_SURVEYS_SQL,
  FOCUS_AREAS_SQL,
  LAST_UPDATED_SQL,
  LINEAGE_SQL,
  PLANS_IN_SCOPE_SQL,
  REGIONS_SQL,
  STRATEGIES_SQL,
  SURVEY_SCORES_SQL,
  YEARS_SQL,
} from './dashboard.sql';

type Row = Record<string, unknown>;

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string | Date).toISOString());
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

interface Scope {
  organizationId: string;
  strategy: DashboardStrategyOption;
  year: number;
  region: DashboardRegionOption | null;
  asOf: string;
  plans: DashboardPlanRef[];
}

interface PlanFigures {
  actions: ActionRollupDto[];
  criteria: CriterionRollupDto[];
  groups: (GroupRollupDto & { planId: string })[];
}

/**
 * The board's status page. A fixed number of queries whatever the strategy's size: options (3),
 * plans in scope (1), the plans library's roll-up per plan in scope (4 each; at most one
 * organization-wide plan and one per region cover a year), survey scores (1), lineage (1) and
 * last updated (1).
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rollups: RollupService,
  ) {}

  async dashboard(user: SessionUser, query: DashboardQuery): Promise<DashboardDto> {
    const [strategies, regions] = await Promise.all([this.strategies(user), this.regions(user)]);
    const asOf = query.asOf ?? todayIso();
    const strategy = this.resolveStrategy(strategies, query.strategyId, asOf);
    const yearRows: Row[] = await this.dataSource.query(YEARS_SQL, [user.organizationId, strategy.id]);
    const years = yearRows.map((r) => Number(r['year']));
    const yearsWithData = yearRows.filter((r) => r['has_data'] === true).map((r) => Number(r['year']));
    // the latest year with entries or survey results; only plan years when nothing is logged yet
    const year = query.year ?? pickDefaultYear(yearsWithData.length ? yearsWithData : years, Number(asOf.slice(0, 4)));
    const scope = await this.scope(user, strategy, year, this.resolveRegion(regions, query.regionId), asOf);
    const p = [user.organizationId, strategy.id];
    const [focusAreaRows, lineageRows, surveyRows, lastUpdatedRows, figures] = await Promise.all([
      this.dataSource.query(FOCUS_AREAS_SQL, p) as Promise<Row[]>,
      this.dataSource.query(LINEAGE_SQL, p) as Promise<Row[]>,
      this.dataSource.query(SURVEY_SCORES_SQL, p) as Promise<Row[]>,
      this.dataSource.query(LAST_UPDATED_SQL, [...p, year, scope.region?.id ?? null, asOf, scope.plans.map((x) => x.id)]) as Promise<Row[]>,
      this.planFigures(user, scope),
    ]);

    const points = surveyRows.map(toSurveyPoint);
    const regionId = scope.region?.id ?? null;
    const surveyTrend = points.filter((pt) => pt.regionId === regionId && (regionId !== null || isPooled(pt)));
    const surveyByRegion = points.filter((pt) => pt.regionId !== null && pt.year === year);
    const surveyUpdated = new Map<string, string | null>();
    for (const r of surveyRows) {
      const inScope = Number(r['year']) === year && (regionId === null ? r['pooled'] === true : r['region_id'] === regionId);
      if (inScope) surveyUpdated.set(String(r['focus_area_id']), iso(r['updated_at']));
    }
    const lastUpdated = new Map(lastUpdatedRows.map((r) => [String(r['focus_area_id']), iso(r['last_updated'])]));

    const focusAreas: DashboardFocusAreaDto[] = focusAreaRows.map((fa) => {
      const id = String(fa['id']);
      const actions = figures.actions.filter((a) => a.focusAreaId === id && a.year === year);
      const criteria = figures.criteria.filter((c) => c.focusAreaId === id && c.year === year);
      const groups = figures.groups.filter((g) => g.id === id && g.year === year);
      return {
        id,
        code: (fa['code'] as string | null) ?? null,
        title: String(fa['title']),
        sortOrder: Number(fa['sort_order']),
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
        lineage: lineageRows.filter((l) => l['root'] === id).map(toLineageNode),
        lastUpdated: latest(lastUpdated.get(id) ?? null, surveyUpdated.get(id) ?? null),
        links: links(id, year, regionId),
      };
    });
    const statusCounts = Object.fromEntries(ROLLUP_STATUSES.map((s) => [s, focusAreas.filter((f) => f.status === s).length])) as Record<
      RollupStatus,
      number
    >;
    return {
      filters: {
        strategyId: strategy.id,
        strategyCode: strategy.code,
        strategyTitle: strategy.title,
        year,
        regionId,
        regionCode: scope.region?.code ?? null,
        asOf,
        generatedAt: new Date().toISOString(),
      },
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
    const [fa]: Row[] = await this.dataSource.query(
      `SELECT fa.id, fa.code, fa.title, fa.strategy_id FROM focus_area fa WHERE fa.id = $1 AND fa.organization_id = $2`,
      [focusAreaId, user.organizationId],
    );
    if (!fa) throw notFound('focus_area_not_found', `Focus area ${focusAreaId} not found`, { id: focusAreaId });
    const [strategies, regions] = await Promise.all([this.strategies(user), this.regions(user)]);
    const asOf = query.asOf ?? todayIso();
    const strategy = this.resolveStrategy(strategies, String(fa['strategy_id']), asOf);
    const scope = await this.scope(user, strategy, query.year, this.resolveRegion(regions, query.regionId), asOf);
    const regionId = scope.region?.id ?? null;
    const [figures, entryRows, surveyRows] = await Promise.all([
      this.planFigures(user, scope),
      this.dataSource.query(FOCUS_AREA_ENTRIES_SQL, [user.organizationId, focusAreaId, query.year, regionId, asOf, scope.plans.map((x) => x.id)]) as Promise<Row[]>,
      this.dataSource.query(FOCUS_AREA_SURVEYS_SQL, [user.organizationId, focusAreaId, query.year, regionId]) as Promise<Row[]>,
    ]);
    return {
      focusArea: { id: String(fa['id']), code: (fa['code'] as string | null) ?? null, title: String(fa['title']), strategyId: strategy.id },
      year: query.year,
      regionId,
      regionCode: scope.region?.code ?? null,
      asOf,
      actions: figures.actions.filter((a) => a.focusAreaId === focusAreaId && a.year === query.year),
      criteria: figures.criteria.filter((c) => c.focusAreaId === focusAreaId && c.year === query.year),
      entries: entryRows.map(toEntry),
      surveys: surveyRows.map(toSurveyRow),
    };
  }

  private async strategies(user: SessionUser): Promise<DashboardStrategyOption[]> {
    const rows: Row[] = await this.dataSource.query(STRATEGIES_SQL, [user.organizationId]);
    return rows.map((r) => ({
      id: String(r['id']),
      code: (r['code'] as string | null) ?? null,
      title: String(r['title']),
      status: r['status'] as StrategyStatus,
      validFrom: (r['valid_from'] as string | null) ?? null,
      validTo: (r['valid_to'] as string | null) ?? null,
    }));
  }

  private async regions(user: SessionUser): Promise<DashboardRegionOption[]> {
    const rows: Row[] = await this.dataSource.query(REGIONS_SQL, [user.organizationId]);
    return rows.map((r) => ({ id: String(r['id']), code: String(r['code']), name: r['name'] as LocalizedText }));
  }

  private resolveStrategy(strategies: DashboardStrategyOption[], strategyId: string | undefined, asOf: string): DashboardStrategyOption {
    const strategy = strategyId ? strategies.find((s) => s.id === strategyId) : pickDefaultStrategy(strategies, asOf);
    if (strategyId && !strategy) throw notFound('strategy_not_found', `Strategy ${strategyId} not found`, { id: strategyId });
    if (!strategy) throw notFound('no_strategy', 'The organization has no strategy yet');
    return strategy;
  }

  private resolveRegion(regions: DashboardRegionOption[], regionId: string | undefined): DashboardRegionOption | null {
    if (!regionId) return null;
    const region = regions.find((r) => r.id === regionId);
    if (!region) throw notFound('region_not_found', `Region ${regionId} not found`, { id: regionId });
    return region;
  }

  private async scope(
    user: SessionUser,
    strategy: DashboardStrategyOption,
    year: number,
    region: DashboardRegionOption | null,
    asOf: string,
  ): Promise<Scope> {
    if (!Number.isInteger(year)) throw new BadRequestException('year must be an integer');
    const rows: Row[] = await this.dataSource.query(PLANS_IN_SCOPE_SQL, [user.organizationId, strategy.id, year, region?.id ?? null]);
    const plans = rows.map((r) => ({
      id: String(r['id']),
      code: (r['code'] as string | null) ?? null,
      title: String(r['title']),
      regionId: (r['region_id'] as string | null) ?? null,
      startYear: Number(r['start_year']),
    }));
    return { organizationId: user.organizationId, strategy, year, region, asOf, plans };
  }

  /** The plans library's roll-ups for each plan in scope, merged (organization-wide plans first). */
  private async planFigures(user: SessionUser, scope: Scope): Promise<PlanFigures> {
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

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

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

function toSurveyPoint(r: Row): DashboardSurveyPoint {
  return {
    focusAreaId: String(r['focus_area_id']),
    year: Number(r['year']),
    regionId: r['pooled'] === true ? null : String(r['region_id']),
    average: num(r['average']),
    respondentCount: Number(r['respondent_count']),
    surveyIds: (r['survey_ids'] as string[]) ?? [],
    sourceFocusAreaIds: (r['source_focus_area_ids'] as string[]) ?? [],
  };
}

function toLineageNode(r: Row): DashboardLineageNode {
  return {
    focusAreaId: String(r['id']),
    code: (r['code'] as string | null) ?? null,
    title: String(r['title']),
    strategyId: String(r['strategy_id']),
    strategyCode: (r['strategy_code'] as string | null) ?? null,
    distance: Number(r['distance']),
  };
}

function toEntry(r: Row): DashboardEntryDto {
  return {
    id: String(r['id']),
    entryDate: String(r['entry_date']),
    year: Number(r['year']),
    regionId: String(r['region_id']),
    regionCode: String(r['region_code']),
    actionId: (r['action_id'] as string | null) ?? null,
    actionTitle: (r['action_title'] as string | null) ?? null,
    actionStatus: (r['action_status'] as PlanActionStatus | null) ?? null,
    criterionId: (r['criterion_id'] as string | null) ?? null,
    criterionTitle: (r['criterion_title'] as string | null) ?? null,
    value: num(r['value']),
    unit: (r['unit'] as string | null) ?? null,
    narrative: String(r['narrative']),
    evidenceUrl: (r['evidence_url'] as string | null) ?? null,
    authorName: String(r['author_name']),
  };
}

function toSurveyRow(r: Row): DashboardSurveyRowDto {
  return {
    surveyId: String(r['survey_id']),
    title: String(r['title']),
    year: Number(r['year']),
    regionId: String(r['region_id']),
    regionCode: String(r['region_code']),
    focusAreaId: String(r['focus_area_id']),
    themeTitle: String(r['theme_title']),
    average: num(r['average']),
    respondentCount: Number(r['respondent_count']),
  };
}
