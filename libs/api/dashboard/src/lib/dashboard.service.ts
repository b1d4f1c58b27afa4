import { BadRequestException, Injectable } from '@nestjs/common';
import { notFound, type RawRow, sqlRow } from '@suunta/api-core';
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
    const yearRows = ((await this.dataSource.query(YEARS_SQL, [user.organizationId, strategy.id])) as RawRow[]).map(sqlRow);
    const years = yearRows.map((r) => r.number('year'));
    const yearsWithData = yearRows.filter((r) => r.boolean('has_data')).map((r) => r.number('year'));
    // the latest year with entries or survey results; only plan years when nothing is logged yet
    const year = query.year ?? pickDefaultYear(yearsWithData.length ? yearsWithData : years, Number(asOf.slice(0, 4)));
    const scope = await this.scope(user, strategy, year, this.resolveRegion(regions, query.regionId), asOf);
    const p = [user.organizationId, strategy.id];
    const [focusAreaRows, lineageRows, surveyRows, lastUpdatedRows, figures] = await Promise.all([
      this.dataSource.query(FOCUS_AREAS_SQL, p) as Promise<RawRow[]>,
      this.dataSource.query(LINEAGE_SQL, p) as Promise<RawRow[]>,
      this.dataSource.query(SURVEY_SCORES_SQL, p) as Promise<RawRow[]>,
      this.dataSource.query(LAST_UPDATED_SQL, [...p, year, scope.region?.id ?? null, asOf, scope.plans.map((x) => x.id)]) as Promise<RawRow[]>,
      this.planFigures(user, scope),
    ]);

    const points = surveyRows.map(toSurveyPoint);
    const regionId = scope.region?.id ?? null;
    const surveyTrend = points.filter((pt) => pt.regionId === regionId && (regionId !== null || isPooled(pt)));
    const surveyByRegion = points.filter((pt) => pt.regionId !== null && pt.year === year);
    const surveyUpdated = new Map<string, string | null>();
    for (const r of surveyRows.map(sqlRow)) {
      const inScope = r.number('year') === year && (regionId === null ? r.boolean('pooled') : r.stringOrNull('region_id') === regionId);
      if (inScope) surveyUpdated.set(r.string('focus_area_id'), r.timestampOrNull('updated_at'));
    }
    const lastUpdated = new Map(lastUpdatedRows.map(sqlRow).map((r) => [r.string('focus_area_id'), r.timestampOrNull('last_updated')]));

    const focusAreas: DashboardFocusAreaDto[] = focusAreaRows.map(sqlRow).map((fa) => {
      const id = fa.string('id');
      const actions = figures.actions.filter((a) => a.focusAreaId === id && a.year === year);
      const criteria = figures.criteria.filter((c) => c.focusAreaId === id && c.year === year);
      const groups = figures.groups.filter((g) => g.id === id && g.year === year);
      return {
        id,
        code: fa.stringOrNull('code'),
        title: fa.string('title'),
        sortOrder: fa.number('sort_order'),
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
    const [fa]: RawRow[] = await this.dataSource.query(
      `SELECT fa.id, fa.code, fa.title, fa.strategy_id FROM focus_area fa WHERE fa.id = $1 AND fa.organization_id = $2`,
      [focusAreaId, user.organizationId],
    );
    if (!fa) throw notFound('focus_area_not_found', `Focus area ${focusAreaId} not found`, { id: focusAreaId });
    const [strategies, regions] = await Promise.all([this.strategies(user), this.regions(user)]);
    const asOf = query.asOf ?? todayIso();
    const strategy = this.resolveStrategy(strategies, sqlRow(fa).string('strategy_id'), asOf);
    const scope = await this.scope(user, strategy, query.year, this.resolveRegion(regions, query.regionId), asOf);
    const regionId = scope.region?.id ?? null;
    const [figures, entryRows, surveyRows] = await Promise.all([
      this.planFigures(user, scope),
      this.dataSource.query(FOCUS_AREA_ENTRIES_SQL, [user.organizationId, focusAreaId, query.year, regionId, asOf, scope.plans.map((x) => x.id)]) as Promise<RawRow[]>,
      this.dataSource.query(FOCUS_AREA_SURVEYS_SQL, [user.organizationId, focusAreaId, query.year, regionId]) as Promise<RawRow[]>,
    ]);
    return {
      focusArea: { id: sqlRow(fa).string('id'), code: sqlRow(fa).stringOrNull('code'), title: sqlRow(fa).string('title'), strategyId: strategy.id },
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
    const rows: RawRow[] = await this.dataSource.query(STRATEGIES_SQL, [user.organizationId]);
    return rows.map(sqlRow).map((r) => ({
      id: r.string('id'),
      code: r.stringOrNull('code'),
      title: r.string('title'),
      status: r.oneOf<StrategyStatus>('status'),
      validFrom: r.stringOrNull('valid_from'),
      validTo: r.stringOrNull('valid_to'),
    }));
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
    const rows: RawRow[] = await this.dataSource.query(PLANS_IN_SCOPE_SQL, [user.organizationId, strategy.id, year, region?.id ?? null]);
    const plans = rows.map(sqlRow).map((r) => ({
      id: r.string('id'),
      code: r.stringOrNull('code'),
      title: r.string('title'),
      regionId: r.stringOrNull('region_id'),
      startYear: r.number('start_year'),
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

function toSurveyPoint(raw: RawRow): DashboardSurveyPoint {
  const r = sqlRow(raw);
  return {
    focusAreaId: r.string('focus_area_id'),
    year: r.number('year'),
    regionId: r.boolean('pooled') ? null : r.string('region_id'),
    average: r.numberOrNull('average'),
    respondentCount: r.number('respondent_count'),
    surveyIds: r.json<string[] | null>('survey_ids') ?? [],
    sourceFocusAreaIds: r.json<string[] | null>('source_focus_area_ids') ?? [],
  };
}

function toLineageNode(raw: RawRow): DashboardLineageNode {
  const r = sqlRow(raw);
  return {
    focusAreaId: r.string('id'),
    code: r.stringOrNull('code'),
    title: r.string('title'),
    strategyId: r.string('strategy_id'),
    strategyCode: r.stringOrNull('strategy_code'),
    distance: r.number('distance'),
  };
}

function toEntry(raw: RawRow): DashboardEntryDto {
  const r = sqlRow(raw);
  return {
    id: r.string('id'),
    entryDate: r.string('entry_date'),
    year: r.number('year'),
    regionId: r.string('region_id'),
    regionCode: r.string('region_code'),
    actionId: r.stringOrNull('action_id'),
    actionTitle: r.stringOrNull('action_title'),
    actionStatus: (r.stringOrNull('action_status') as PlanActionStatus | null),
    criterionId: r.stringOrNull('criterion_id'),
    criterionTitle: r.stringOrNull('criterion_title'),
    value: r.numberOrNull('value'),
    unit: r.stringOrNull('unit'),
    narrative: r.string('narrative'),
    evidenceUrl: r.stringOrNull('evidence_url'),
    authorName: r.string('author_name'),
  };
}

function toSurveyRow(raw: RawRow): DashboardSurveyRowDto {
  const r = sqlRow(raw);
  return {
    surveyId: r.string('survey_id'),
    title: r.string('title'),
    year: r.number('year'),
    regionId: r.string('region_id'),
    regionCode: r.string('region_code'),
    focusAreaId: r.string('focus_area_id'),
    themeTitle: r.string('theme_title'),
    average: r.numberOrNull('average'),
    respondentCount: r.number('respondent_count'),
  };
}
