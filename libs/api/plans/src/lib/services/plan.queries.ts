import { type RawRow, sqlRow } from '@suunta/api-core';
import type { NamedRef, PlanActionDto, PlanDto, PlanStatus, PlanSummaryDto, PlanThemeDto } from '@suunta/shared-domain';
import type { EntityManager } from 'typeorm';


/** Plans of an organization (or one of them): one query, the action count included. */
export async function selectPlanSummaries(manager: EntityManager, organizationId: string, planId?: string): Promise<PlanSummaryDto[]> {
  const rows: RawRow[] = await manager.query(
    `SELECT p.id, p.code, p.title, p.strategy_id, s.title AS strategy_title, p.region_id, p.start_year, p.status,
            p.approved_on::text AS approved_on, p.predecessor_id, p.version,
            (SELECT n.id FROM action_plan n WHERE n.predecessor_id = p.id ORDER BY n.start_year LIMIT 1) AS successor_id,
            (SELECT count(*)::int FROM plan_action a WHERE a.plan_id = p.id) AS action_count
     FROM action_plan p JOIN strategy_outline s ON s.id = p.strategy_id
     WHERE p.organization_id = $1 AND ($2::uuid IS NULL OR p.id = $2::uuid)
     ORDER BY p.start_year DESC, p.title, p.id`,
    [organizationId, planId ?? null],
  );
  return rows.map((r) => ({
    id: sqlRow(r).string('id'),
    code: sqlRow(r).stringOrNull('code'),
    title: sqlRow(r).string('title'),
    strategyId: sqlRow(r).string('strategy_id'),
    strategyTitle: sqlRow(r).string('strategy_title'),
    regionId: sqlRow(r).stringOrNull('region_id'),
    startYear: sqlRow(r).number('start_year'),
    endYear: sqlRow(r).number('start_year') + 1,
    status: sqlRow(r).oneOf<PlanStatus>('status'),
    approvedOn: sqlRow(r).stringOrNull('approved_on'),
    predecessorId: sqlRow(r).stringOrNull('predecessor_id'),
    successorId: sqlRow(r).stringOrNull('successor_id'),
    actionCount: sqlRow(r).number('action_count'),
    version: sqlRow(r).number('version'),
  }));
}

/** A whole plan in three queries (plan, themes, actions with their links), whatever its size. */
export async function selectPlan(manager: EntityManager, organizationId: string, planId: string): Promise<PlanDto | null> {
  const [summary] = await selectPlanSummaries(manager, organizationId, planId);
  if (!summary) return null;
  const themes: RawRow[] = await manager.query(
    `SELECT t.id, t.focus_area_id, fa.code AS focus_area_code, fa.title AS focus_area_title, t.title, t.sort_order, t.version
     FROM action_plan_theme t JOIN focus_area_outline fa ON fa.id = t.focus_area_id
     WHERE t.plan_id = $1 ORDER BY t.sort_order, fa.sort_order, t.title`,
    [planId],
  );
  const actions: RawRow[] = await manager.query(
    `SELECT a.id, a.plan_id, a.theme_id, a.year, a.title, a.description, a.status, a.target_value, a.target_unit,
            a.target_date::text AS target_date, a.copied_from_id, a.sort_order, a.version,
            coalesce((SELECT array_agg(x.region_id::text ORDER BY r.sort_order, r.code) FROM plan_action_region x JOIN region r ON r.id = x.region_id WHERE x.action_id = a.id), '{}'::text[]) AS region_ids,
            coalesce((SELECT json_agg(json_build_object('id', rr.id, 'code', rr.code, 'name', rr.name->>'fi', 'localizedName', rr.name) ORDER BY x.sort_order, rr.sort_order)
                      FROM plan_action_role x JOIN responsible_role_outline rr ON rr.id = x.role_id WHERE x.action_id = a.id), '[]'::json) AS roles,
            coalesce((SELECT json_agg(json_build_object('id', pp.id, 'code', pp.code, 'name', pp.name) ORDER BY x.sort_order, pp.name)
                      FROM plan_action_person x JOIN person_outline pp ON pp.id = x.person_id WHERE x.action_id = a.id), '[]'::json) AS people,
            coalesce((SELECT json_agg(json_build_object('id', c.id, 'code', NULL, 'name', c.title, 'measurementKind', c.measurement_kind, 'unit', c.unit) ORDER BY x.sort_order, c.title)
                      FROM plan_action_criterion x JOIN criterion_outline c ON c.id = x.criterion_id WHERE x.action_id = a.id), '[]'::json) AS criteria
     FROM plan_action a WHERE a.plan_id = $1
     ORDER BY a.year, a.sort_order, a.created_at, a.id`,
    [planId],
  );
  return {
    ...summary,
    themes: themes.map(
      (t): PlanThemeDto => ({
        id: sqlRow(t).string('id'),
        focusAreaId: sqlRow(t).string('focus_area_id'),
        focusAreaCode: sqlRow(t).stringOrNull('focus_area_code'),
        focusAreaTitle: sqlRow(t).string('focus_area_title'),
        title: sqlRow(t).string('title'),
        sortOrder: sqlRow(t).number('sort_order'),
        version: sqlRow(t).number('version'),
      }),
    ),
    actions: actions.map(
      (a): PlanActionDto => ({
        id: sqlRow(a).string('id'),
        planId: sqlRow(a).string('plan_id'),
        themeId: sqlRow(a).string('theme_id'),
        year: sqlRow(a).number('year'),
        title: sqlRow(a).string('title'),
        description: sqlRow(a).stringOrNull('description'),
        status: sqlRow(a).oneOf<PlanActionDto['status']>('status'),
        target: { value: sqlRow(a).numberOrNull('target_value'), unit: sqlRow(a).stringOrNull('target_unit'), milestoneDate: sqlRow(a).stringOrNull('target_date') },
        regionIds: sqlRow(a).json<string[]>('region_ids'),
        roles: sqlRow(a).json<PlanActionDto['roles']>('roles'),
        people: sqlRow(a).json<NamedRef[]>('people'),
        criteria: sqlRow(a).json<PlanActionDto['criteria']>('criteria'),
        copiedFromId: sqlRow(a).stringOrNull('copied_from_id'),
        sortOrder: sqlRow(a).number('sort_order'),
        version: sqlRow(a).number('version'),
      }),
    ),
  };
}
