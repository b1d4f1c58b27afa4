import { Injectable } from '@nestjs/common';
import { PlanReadService } from '@suunta/api-plans';
import { StrategyLookupService, StrategyReadService } from '@suunta/api-strategy';
import { SurveyResultsService } from '@suunta/api-surveys';
import type { ReportActionDto, ReportProgressEntryDto, ReportSurveyDto } from '@suunta/shared-domain';
import { EntityManager } from 'typeorm';

export interface SectionTarget {
  focusAreaId: string;
  heading: string;
}

export interface ReportFrame {
  strategyId: string | null;
  planId: string | null;
  sections: SectionTarget[];
}

/**
 * What a report is made from, read through the owners' exported read services: the plans domain
 * (plan in force, its themes, the progress log, action figures), the surveys domain (results per
 * theme) and the strategy domain (focus areas, criterion titles, the strategy in force). Each call
 * runs a fixed number of queries in the caller's transaction.
 */
@Injectable()
export class ReportSourcesService {
  constructor(
    private readonly plans: PlanReadService,
    private readonly surveys: SurveyResultsService,
    private readonly strategies: StrategyReadService,
    private readonly strategyLookup: StrategyLookupService,
  ) {}

  /**
   * The sections of a report: the themes of the plan in force for the region and year (the
   * region's own plan before an organization-wide one), else the focus areas of the strategy
   * valid that year.
   */
  async frame(manager: EntityManager, organizationId: string, regionId: string | null, year: number): Promise<ReportFrame> {
    const plan = await this.plans.planInForce(manager, organizationId, regionId, year);
    if (plan) {
      const themes = await this.plans.themesOf(manager, plan.id);
      if (themes.length > 0) {
        return { strategyId: plan.strategyId, planId: plan.id, sections: themes.map((t) => ({ focusAreaId: t.focusAreaId, heading: t.title })) };
      }
    }
    const strategyId = await this.strategies.strategyInForce(organizationId, year, manager);
    if (!strategyId) return { strategyId: null, planId: null, sections: [] };
    const areas = await this.strategyLookup.focusAreasOf(organizationId, strategyId, manager);
    return { strategyId, planId: null, sections: areas.map((a) => ({ focusAreaId: a.id, heading: a.title })) };
  }

  /** The organization-wide plan in force in the year, if any. */
  organizationPlan(manager: EntityManager, organizationId: string, year: number): Promise<{ id: string } | null> {
    return this.plans.planInForce(manager, organizationId, null, year);
  }

  /** The year's progress entries of the regions under the given focus areas (see {@link PlanReadService.progressEntries}), with criterion titles. */
  async entries(manager: EntityManager, organizationId: string, regionIds: string[], year: number, focusAreaIds: string[]): Promise<(ReportProgressEntryDto & { focusAreaId: string; regionId: string })[]> {
    const entries = await this.plans.progressEntries(manager, organizationId, regionIds, year, focusAreaIds);
    const titles = await this.strategies.criterionTitles(organizationId, [...new Set(entries.flatMap((e) => (e.criterionId ? [e.criterionId] : [])))], manager);
    return entries.map(({ criterionId, ...e }) => ({ ...e, criterionTitle: criterionId ? (titles.get(criterionId) ?? null) : null }));
  }

  /** The year's actions under the focus areas that concern the region, with the values logged in it (see {@link PlanReadService.actionFigures}). */
  actions(manager: EntityManager, organizationId: string, regionId: string, year: number, focusAreaIds: string[]): Promise<(ReportActionDto & { focusAreaId: string })[]> {
    return this.plans.actionFigures(manager, organizationId, regionId, year, focusAreaIds);
  }

  /** The region's survey of the year (the latest imported if several). */
  surveyIdFor(manager: EntityManager, organizationId: string, regionId: string, year: number): Promise<string | null> {
    return this.surveys.surveyIdFor(manager, organizationId, regionId, year);
  }

  /** A survey's results per theme (averages over those who answered the theme's scale questions). */
  survey(manager: EntityManager, surveyId: string): Promise<ReportSurveyDto | null> {
    return this.surveys.results(manager, surveyId);
  }

  /** Focus area id → its code and place in its strategy, for the sections' focus areas. */
  async focusAreas(manager: EntityManager, organizationId: string, ids: readonly (string | null)[]): Promise<Map<string, { code: string | null; sortOrder: number }>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    const refs = await this.strategies.focusAreaRefs(organizationId, wanted, 'newest_strategy_first', manager);
    return new Map(refs.map((r) => [r.id, { code: r.code, sortOrder: r.sortOrder }]));
  }
}
