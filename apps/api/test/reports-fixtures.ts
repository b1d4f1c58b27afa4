import type { TestApp, TestOrganization } from '@suunta/api-testing';

export interface PlanFixture {
  strategyId: string;
  focusAreaIds: string[];
}

/**
 * A strategy valid in `year` with two focus areas, and per region an approved action plan with one
 * theme per focus area; written with SQL (the plans tables are another domain's, the report only reads them).
 */
export async function strategyWithPlans(t: TestApp, org: TestOrganization, year: number, regionCodes: string[]): Promise<PlanFixture> {
  const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
  const [{ id: strategyId }] = await q(
    `INSERT INTO strategy (organization_id, code, title, status, valid_from, valid_to) VALUES ($1, $2, $3, 'approved', $4, $5) RETURNING id`,
    [org.organizationId, `fixture-${year}-${Math.random().toString(36).slice(2, 7)}`, `Strategia ${year}`, `${year}-01-01`, `${year + 1}-12-31`],
  );
  const focusAreaIds: string[] = [];
  for (const [i, title] of ['Käytännönläheinen kehittäminen', 'Tietotuotannon tukeminen'].entries()) {
    const [{ id }] = await q(`INSERT INTO focus_area (organization_id, strategy_id, title, sort_order) VALUES ($1, $2, $3, $4) RETURNING id`, [
      org.organizationId, strategyId, title, i + 1,
    ]);
    focusAreaIds.push(id);
  }
  for (const code of regionCodes) {
    const [{ id: planId }] = await q(
      `INSERT INTO action_plan (organization_id, strategy_id, title, region_id, start_year, status) VALUES ($1, $2, $3, $4, $5, 'approved') RETURNING id`,
      [org.organizationId, strategyId, `Toimintasuunnitelma ${year}–${year + 1} ${code}`, org.regions[code], year],
    );
    for (const [i, fa] of focusAreaIds.entries()) {
      await q(`INSERT INTO action_plan_theme (organization_id, plan_id, focus_area_id, title, sort_order) VALUES ($1, $2, $3, $4, $5)`, [
        org.organizationId, planId, fa, i === 0 ? 'Käytännönläheinen kehittäminen' : 'Tietotuotannon tukeminen', i + 1,
      ]);
    }
  }
  return { strategyId, focusAreaIds };
}

/** A yearly action under the region's plan theme for the focus area. */
export async function action(
  t: TestApp,
  org: TestOrganization,
  regionCode: string,
  focusAreaId: string,
  year: number,
  a: { title: string; status: string; target?: [number, string] },
): Promise<string> {
  const [theme] = await t.dataSource.query(
    `SELECT t.id, t.plan_id, p.start_year FROM action_plan_theme t JOIN action_plan p ON p.id = t.plan_id
      WHERE p.region_id = $1 AND t.focus_area_id = $2`,
    [org.regions[regionCode], focusAreaId],
  );
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO plan_action (organization_id, plan_id, plan_start_year, theme_id, year, title, status, target_value, target_unit)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [org.organizationId, theme.plan_id, theme.start_year, theme.id, year, a.title, a.status, a.target?.[0] ?? null, a.target?.[1] ?? null],
  );
  return id;
}

export async function progress(
  t: TestApp,
  org: TestOrganization,
  regionCode: string,
  e: { actionId: string; date: string; narrative: string; value?: [number, string]; retracted?: boolean },
): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO progress_entry (organization_id, region_id, year, entry_date, action_id, value, unit, narrative, author_name, retracted_at, retracted_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'Testi Suunnittelija', $9, $10)`,
    [org.organizationId, org.regions[regionCode], Number(e.date.slice(0, 4)), e.date, e.actionId, e.value?.[0] ?? null, e.value?.[1] ?? null, e.narrative,
      e.retracted ? new Date() : null, e.retracted ? 'virhe' : null],
  );
}
