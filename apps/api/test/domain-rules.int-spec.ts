import { createTestApp, ensureOrganization } from '@suunta/api-testing';
import type { TestApp, TestOrganization } from '@suunta/api-testing';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../src/app/app.module';

/**
 * The rules other domains read in SQL, each with one owner (libs/api/strategy and libs/api/plans
 * READMEs, "For other domains"): the focus-area lineage walk, "plan in force", and an entry's focus
 * area. Edge cases pinned on real PostgreSQL against rows inserted by hand.
 */
describe('shared SQL rules: lineage, plan in force, entry focus area', () => {
  let t: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(sql, params);
  const id = async (sql: string, params: unknown[]) => (await q<{ id: string }>(sql, params))[0].id;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    other = await ensureOrganization(t, `other-${randomBytes(3).toString('hex')}`);
  });
  afterAll(() => t.close());

  async function strategy(organizationId: string, code: string): Promise<string> {
    return id(`INSERT INTO strategy (organization_id, code, title, status) VALUES ($1, $2, $2, 'approved') RETURNING id`, [organizationId, `${code}-${randomBytes(3).toString('hex')}`]);
  }
  async function focusArea(organizationId: string, strategyId: string, title: string, predecessorId: string | null = null): Promise<string> {
    return id(`INSERT INTO focus_area (organization_id, strategy_id, code, title, predecessor_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      organizationId,
      strategyId,
      `${title}-${randomBytes(3).toString('hex')}`,
      title,
      predecessorId,
    ]);
  }
  const map = (from: string, to: string, organizationId = org.organizationId) =>
    q(`INSERT INTO focus_area_mapping (organization_id, from_focus_area_id, to_focus_area_id) VALUES ($1, $2, $3)`, [organizationId, from, to]);

  describe('focus_area_lineage (strategy domain)', () => {
    // 2015: A, B (siblings) → 2018: C (mapped from A and B) → 2020: D (copy of C) → 2025: E (mapped from D)
    let A: string, B: string, C: string, D: string, E: string;
    beforeAll(async () => {
      const [s15, s18, s20, s25] = [await strategy(org.organizationId, '2015'), await strategy(org.organizationId, '2018'), await strategy(org.organizationId, '2020'), await strategy(org.organizationId, '2025')];
      A = await focusArea(org.organizationId, s15, 'A');
      B = await focusArea(org.organizationId, s15, 'B');
      C = await focusArea(org.organizationId, s18, 'C');
      D = await focusArea(org.organizationId, s20, 'D', C);
      E = await focusArea(org.organizationId, s25, 'E');
      await map(A, C);
      await map(B, C);
      await map(D, E);
    });
    const lineage = async (roots: string[], direction: string, maxDistance?: number) =>
      Object.fromEntries(
        (
          await q<{ root_id: string; focus_area_id: string; distance: number }>(
            maxDistance === undefined ? `SELECT * FROM focus_area_lineage($1, $2::uuid[], $3)` : `SELECT * FROM focus_area_lineage($1, $2::uuid[], $3, $4)`,
            maxDistance === undefined ? [org.organizationId, roots, direction] : [org.organizationId, roots, direction, maxDistance],
          )
        ).map((r) => [`${r.root_id === roots[0] ? '' : `${r.root_id}:`}${r.focus_area_id}`, r.distance]),
      );

    it('up: the root at 0 and each predecessor by its nearest distance, through mappings and copy links', async () => {
      expect(await lineage([D], 'up')).toEqual({ [D]: 0, [C]: -1, [A]: -2, [B]: -2 });
    });
    it('down: successors only', async () => {
      expect(await lineage([A], 'down')).toEqual({ [A]: 0, [C]: 1, [D]: 2, [E]: 3 });
    });
    it('both: never sideways (B shares a successor with A but is not its lineage)', async () => {
      expect(await lineage([A], 'both')).toEqual({ [A]: 0, [C]: 1, [D]: 2, [E]: 3 });
      expect(await lineage([C], 'both')).toEqual({ [C]: 0, [A]: -1, [B]: -1, [D]: 1, [E]: 2 });
    });
    it('max distance bounds the walk in both directions', async () => {
      expect(await lineage([D], 'both', 1)).toEqual({ [D]: 0, [C]: -1, [E]: 1 });
      expect(await lineage([D], 'both', 0)).toEqual({ [D]: 0 });
    });
    it('several roots at once, each with its own lineage', async () => {
      const rows = await q<{ root_id: string; focus_area_id: string }>(`SELECT * FROM focus_area_lineage($1, $2::uuid[], 'up')`, [org.organizationId, [C, E]]);
      expect(rows.filter((r) => r.root_id === E).map((r) => r.focus_area_id).sort()).toEqual([A, B, C, D, E].sort());
      expect(rows.filter((r) => r.root_id === C).map((r) => r.focus_area_id).sort()).toEqual([A, B, C].sort());
    });
    it('a cycle ends: each node once, at its nearest distance', async () => {
      const s = await strategy(org.organizationId, 'cycle');
      const [X, Y] = [await focusArea(org.organizationId, s, 'X'), await focusArea(org.organizationId, s, 'Y')];
      await map(X, Y);
      await map(Y, X);
      expect(await lineage([X], 'both')).toEqual({ [X]: 0, [Y]: -1 });
    });
    it("another organization's focus area is no root and no link", async () => {
      const s = await strategy(other.organizationId, 'foreign');
      const foreign = await focusArea(other.organizationId, s, 'F');
      expect(await lineage([foreign], 'both')).toEqual({});
    });
    it('an unknown direction is an error, not an empty lineage', async () => {
      await expect(q(`SELECT * FROM focus_area_lineage($1, $2::uuid[], 'sideways')`, [org.organizationId, [A]])).rejects.toThrow(/focus_area_lineage_direction/);
    });
  });

  describe('action_plan_in_force and progress_entry_focus_area (plans domain)', () => {
    let s: string, fa1: string, fa2: string, crit2: string;
    const plans: Record<string, string> = {};
    beforeAll(async () => {
      s = await strategy(org.organizationId, 'plans');
      fa1 = await focusArea(org.organizationId, s, 'P1');
      fa2 = await focusArea(org.organizationId, s, 'P2');
      const csf2 = await id(`INSERT INTO critical_success_factor (organization_id, focus_area_id, title) VALUES ($1, $2, 'M') RETURNING id`, [org.organizationId, fa2]);
      crit2 = await id(`INSERT INTO evaluation_criterion (organization_id, csf_id, title, measurement_kind) VALUES ($1, $2, 'K', 'qualitative') RETURNING id`, [org.organizationId, csf2]);
      for (const status of ['draft', 'approved', 'closed']) {
        plans[status] = await id(`INSERT INTO action_plan (organization_id, strategy_id, title, start_year, status) VALUES ($1, $2, $3, 2030, $3) RETURNING id`, [org.organizationId, s, status]);
      }
    });

    it('a plan is in force when approved or closed, never as a draft', async () => {
      const rows = await q<{ id: string; status: string }>(`SELECT id, status FROM action_plan_in_force WHERE strategy_id = $1 ORDER BY status`, [s]);
      expect(rows).toEqual([
        { id: plans['approved'], status: 'approved' },
        { id: plans['closed'], status: 'closed' },
      ]);
    });

    it("an entry's focus area is its action's theme's, even when its criterion is under another; else its criterion's", async () => {
      const theme = await id(`INSERT INTO action_plan_theme (organization_id, plan_id, focus_area_id, title) VALUES ($1, $2, $3, 'T') RETURNING id`, [org.organizationId, plans['draft'], fa1]);
      const action = await id(`INSERT INTO plan_action (organization_id, plan_id, plan_start_year, theme_id, year, title) VALUES ($1, $2, 2030, $3, 2030, 'A') RETURNING id`, [
        org.organizationId,
        plans['draft'],
        theme,
      ]);
      const entry = (actionId: string | null, criterionId: string | null) =>
        id(
          `INSERT INTO progress_entry (organization_id, region_id, year, entry_date, action_id, criterion_id, narrative, author_name) VALUES ($1, $2, 2030, '2030-02-01', $3, $4, 'x', 'Test') RETURNING id`,
          [org.organizationId, org.regions['KP'], actionId, criterionId],
        );
      const both = await entry(action, crit2);
      const criterionOnly = await entry(null, crit2);
      const actionOnly = await entry(action, null);
      const rows = await q<{ progress_entry_id: string; focus_area_id: string }>(
        `SELECT progress_entry_id, focus_area_id FROM progress_entry_focus_area WHERE progress_entry_id = ANY($1::uuid[])`,
        [[both, criterionOnly, actionOnly]],
      );
      expect(Object.fromEntries(rows.map((r) => [r.progress_entry_id, r.focus_area_id]))).toEqual({ [both]: fa1, [criterionOnly]: fa2, [actionOnly]: fa1 });
    });
  });
});
