import type { NamedRef, PlanActionDto, PlanDto, PlanStatus, PlanSummaryDto, PlanThemeDto } from '@suunta/shared-domain';
import type { EntityManager } from 'typeorm';

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Plans of an organization (or one of them): one query, the action count included. */
export async function selectPlanSummaries(manager: EntityManager, organizationId: string, planId?: string): Promise<PlanSummaryDto[]> {
  const rows: Row[] = await manager.query(
    `SELECT p.id, p.code, p.title, p.strategy_id, s.title AS strategy_title, p.region_id, p.start_year, p.status,
            p.approved_on::text AS approved_on, p.predecessor_id, p.version,
            (SELECT n.id FROM action_plan n WHERE n.predecessor_id = p.id ORDER BY n.start_year LIMIT 1) AS successor_id,
            (SELECT count(*)::int FROM plan_action a WHERE a.plan_id = p.id) AS action_count
     FROM action_plan p JOIN strategy s ON s.id = p.strategy_id
     WHERE p.organization_id = $1 AND ($2::uuid IS NULL OR p.id = $2::uuid)
     ORDER BY p.start_year DESC, p.title, p.id`,
    [organizationId, planId ?? null],
  );
  return rows.map((r) => ({
    id: String(r['id']),
    code: (r['code'] as string | null) ?? null,
    title: String(r['title']),
    strategyId: String(r['strategy_id']),
    strategyTitle: String(r['strategy_title']),
    regionId: (r['region_id'] as string | null) ?? null,
    startYear: Number(r['start_year']),
    endYear: Number(r['start_year']) + 1,
    status: r['status'] as PlanStatus,
    approvedOn: (r['approved_on'] as string | null) ?? null,
    predecessorId: (r['predecessor_id'] as string | null) ?? null,
    successorId: (r['successor_id'] as string | null) ?? null,
    actionCount: Number(r['action_count']),
    version: Number(r['version']),
  }));
}

/** A whole plan in three queries (plan, themes, actions with their links), whatever its size. */
export async function selectPlan(manager: EntityManager, organizationId: string, planId: string): Promise<PlanDto | null> {
  const [summary] = await selectPlanSummaries(manager, organizationId, planId);
  if (!summary) return null;
  const themes: Row[] = await manager.query(
    `SELECT t.id, t.focus_area_id, fa.code AS focus_area_code, fa.title AS focus_area_title, t.title, t.sort_order, t.version
     FROM action_plan_theme t JOIN focus_area fa ON fa.id = t.focus_area_id
     WHERE t.plan_id = $1 ORDER BY t.sort_order, fa.sort_order, t.title`,
    [planId],
  );
  const actions: Row[] = await manager.query(
    `SELECT a.id, a.plan_id, a.theme_id, a.year, a.title, a.description, a.status, a.target_value, a.target_unit,
            a.target_date::text AS target_date, a.copied_from_id, a.sort_order, a.version,
            coalesce((SELECT array_agg(x.region_id::text ORDER BY r.sort_order, r.code) FROM plan_action_region x JOIN region r ON r.id = x.region_id WHERE x.action_id = a.id), '{}'::text[]) AS region_ids,
            coalesce((SELECT json_agg(json_build_object('id', rr.id, 'code', rr.code, 'name', rr.name->>'fi', 'localizedName', rr.name) ORDER BY x.sort_order, rr.sort_order)
                      FROM plan_action_role x JOIN responsible_role rr ON rr.id = x.role_id WHERE x.action_id = a.id), '[]'::json) AS roles,
            coalesce((SELECT json_agg(json_build_object('id', pp.id, 'code', pp.code, 'name', pp.name) ORDER BY x.sort_order, pp.name)
                      FROM plan_action_person x JOIN person pp ON pp.id = x.person_id WHERE x.action_id = a.id), '[]'::json) AS people,
            coalesce((SELECT json_agg(json_build_object('id', c.id, 'code', NULL, 'name', c.title, 'measurementKind', c.measurement_kind, 'unit', c.unit) ORDER BY x.sort_order, c.title)
                      FROM plan_action_criterion x JOIN evaluation_criterion c ON c.id = x.criterion_id WHERE x.action_id = a.id), '[]'::json) AS criteria
     FROM plan_action a WHERE a.plan_id = $1
     ORDER BY a.year, a.sort_order, a.created_at, a.id`,
    [planId],
  );
  return {
    ...summary,
    themes: themes.map(
      (t): PlanThemeDto => ({
        id: String(t['id']),
        focusAreaId: String(t['focus_area_id']),
        focusAreaCode: (t['focus_area_code'] as string | null) ?? null,
        focusAreaTitle: String(t['focus_area_title']),
        title: String(t['title']),
        sortOrder: Number(t['sort_order']),
        version: Number(t['version']),
      }),
    ),
    actions: actions.map(
      (a): PlanActionDto => ({
        id: String(a['id']),
        planId: String(a['plan_id']),
        themeId: String(a['theme_id']),
        year: Number(a['year']),
        title: String(a['title']),
        description: (a['description'] as string | null) ?? null,
        status: a['status'] as PlanActionDto['status'],
        target: { value: num(a['target_value']), unit: (a['target_unit'] as string | null) ?? null, milestoneDate: (a['target_date'] as string | null) ?? null },
        regionIds: a['region_ids'] as string[],
        roles: a['roles'] as PlanActionDto['roles'],
        people: a['people'] as NamedRef[],
        criteria: a['criteria'] as PlanActionDto['criteria'],
        copiedFromId: (a['copied_from_id'] as string | null) ?? null,
        sortOrder: Number(a['sort_order']),
        version: Number(a['version']),
      }),
    ),
  };
}
