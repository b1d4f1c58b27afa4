import type { SignedInAgent, TestApp } from '@suunta/api-testing';
import { randomBytes } from 'node:crypto';

/**
 * Test data for the plans and progress suites. The strategy tree is inserted straight into its
 * tables (the strategy migration is the contract); plans and entries go through the API.
 */
export interface StrategyFixture {
  strategyId: string;
  focusAreas: [string, string];
  roleId: string;
  personId: string;
  criteria: {
    /** count, unit "kokousta", yearly target 4 (focus area 0) */
    meetings: string;
    /** count, no unit (→ "kpl"), no target (focus area 0) */
    plainCount: string;
    /** survey (focus area 1) */
    survey: string;
    /** milestone with deadline 2021-06-30 (focus area 1) */
    milestone: string;
    /** qualitative (focus area 1) */
    qualitative: string;
  };
}

export async function createStrategyFixture(t: TestApp, organizationId: string): Promise<StrategyFixture> {
  const q = async (sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as { id: string }[])[0].id;
  const key = randomBytes(3).toString('hex');
  const strategyId = await q(`INSERT INTO strategy (organization_id, code, title, status) VALUES ($1, $2, $3, 'approved') RETURNING id`, [organizationId, `s-${key}`, `Strategia ${key}`]);
  const fa = async (n: number) => q(`INSERT INTO focus_area (organization_id, strategy_id, code, title, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [organizationId, strategyId, `${key}-${n}`, `Painopiste ${n}`, n]);
  const fa1 = await fa(1);
  const fa2 = await fa(2);
  const csf = async (focusAreaId: string) => q(`INSERT INTO critical_success_factor (organization_id, focus_area_id, title) VALUES ($1, $2, 'Menestystekijä') RETURNING id`, [organizationId, focusAreaId]);
  const csf1 = await csf(fa1);
  const csf2 = await csf(fa2);
  const crit = (csfId: string, title: string, kind: string, unit: string | null, target: number | null, deadline: string | null = null) =>
    q(
      `INSERT INTO evaluation_criterion (organization_id, csf_id, title, measurement_kind, unit, yearly_target, deadline) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [organizationId, csfId, title, kind, unit, target, deadline],
    );
  const roleId = await q(
    `INSERT INTO responsible_role (organization_id, code, kind, scope, name) VALUES ($1, $2, 'person', 'region', '{"fi":"Kehittämissuunnittelija","sv":"Utvecklingsplanerare","en":"Development planner"}') RETURNING id`,
    [organizationId, `planner-${key}`],
  );
  const personId = await q(`INSERT INTO person (organization_id, code, name) VALUES ($1, $2, 'Iiris Jurvansuu') RETURNING id`, [organizationId, `person-${key}`]);
  return {
    strategyId,
    focusAreas: [fa1, fa2],
    roleId,
    personId,
    criteria: {
      meetings: await crit(csf1, 'Ohjausryhmän kokoukset', 'count', 'kokousta', 4),
      plainCount: await crit(csf1, 'Verkostotapaamiset', 'count', null, null),
      survey: await crit(csf2, 'Kyselyn arvio', 'survey', null, null),
      milestone: await crit(csf2, 'Raportti valmis', 'milestone', null, null, '2021-06-30'),
      qualitative: await crit(csf2, 'Kuvaus yhteistyöstä', 'qualitative', null, null),
    },
  };
}

/** A draft plan with one theme per focus area, through the API. */
export async function createPlan(
  management: SignedInAgent,
  s: StrategyFixture,
  opts: { startYear?: number; regionId?: string | null; title?: string } = {},
): Promise<{ id: string; version: number; themes: { id: string; focusAreaId: string }[] }> {
  const res = await management.post('/api/plans').send({
    strategyId: s.strategyId,
    title: opts.title ?? `Toimintasuunnitelma ${opts.startYear ?? 2021}–${(opts.startYear ?? 2021) + 1}`,
    startYear: opts.startYear ?? 2021,
    regionId: opts.regionId ?? null,
    themes: s.focusAreas.map((focusAreaId) => ({ focusAreaId })),
  });
  if (res.status !== 201) throw new Error(`createPlan: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface ActionOptions {
  themeIndex?: number;
  year?: number;
  regionIds: string[];
  status?: string;
  target?: { value?: number | null; unit?: string | null; milestoneDate?: string | null } | null;
  criterionIds?: string[];
  title?: string;
}

/** Adds an action to a draft plan; returns the new action (the one not there before). */
export async function addAction(management: SignedInAgent, plan: { id: string; themes: { id: string }[] }, s: StrategyFixture, o: ActionOptions) {
  const title = o.title ?? `Toimenpide ${randomBytes(3).toString('hex')}`;
  const res = await management.post(`/api/plans/${plan.id}/actions`).send({
    themeId: plan.themes[o.themeIndex ?? 0].id,
    year: o.year ?? 2021,
    title,
    regionIds: o.regionIds,
    roleIds: [s.roleId],
    status: o.status ?? 'planned',
    target: o.target ?? null,
    criterionIds: o.criterionIds ?? [],
  });
  if (res.status !== 201) throw new Error(`addAction: ${res.status} ${JSON.stringify(res.body)}`);
  const action = (res.body.actions as { id: string; title: string; version: number }[]).find((a) => a.title === title);
  if (!action) throw new Error('addAction: the new action is not in the answer');
  return action;
}

export async function approve(management: SignedInAgent, planId: string, approvedOn = '2020-12-15') {
  const current = await management.get(`/api/plans/${planId}`).expect(200);
  const res = await management.post(`/api/plans/${planId}/approve`).send({ version: current.body.version, approvedOn });
  if (res.status !== 200) throw new Error(`approve: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
