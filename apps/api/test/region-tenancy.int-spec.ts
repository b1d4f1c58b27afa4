import { createTestApp, createTestUser, ensureOrganization, signIn } from '@suunta/api-testing';
import type { TestApp, TestOrganization } from '@suunta/api-testing';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../src/app/app.module';

/**
 * Region tenancy is kept by the database itself (migration 1764200002000-region-tenancy-keys):
 * every reference to a region is `(region_id, organization_id) → region(id, organization_id)`, so a
 * row of one organization cannot name another organization's region, whatever a service forgets.
 */
describe('region tenancy in the database', () => {
  let t: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    other = await ensureOrganization(t, `tenancy-${randomBytes(3).toString('hex')}`);
  });
  afterAll(() => t.close());

  it('every foreign key to region is composite with organization_id (none points at region(id) alone)', async () => {
    const rows: { table: string; columns: string[] }[] = await t.dataSource.query(`
      SELECT c.conrelid::regclass::text AS table,
             array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns
        FROM pg_constraint c
       WHERE c.contype = 'f' AND c.confrelid = 'region'::regclass
       ORDER BY 1`);
    expect(rows.map((r) => r.table)).toEqual(
      ['action_plan', 'annual_report', 'comment', 'funding_entry', 'indicator_region', 'indicator_value', 'meeting', 'network', 'person_region', 'plan_action_region', 'progress_entry', 'reminder_sent', 'steering_group', 'survey', 'user_region'].sort(),
    );
    for (const r of rows) expect([r.table, r.columns]).toEqual([r.table, ['region_id', 'organization_id']]);
  });

  it("refuses a progress entry, a survey, a comment and a user's region naming another organization's region (23503)", async () => {
    const foreignRegion = other.regions['KP'];
    const strategyId = (await t.dataSource.query(`INSERT INTO strategy (organization_id, code, title) VALUES ($1, $2, 'S') RETURNING id`, [org.organizationId, `t-${randomBytes(3).toString('hex')}`]))[0].id;
    const focusAreaId = (await t.dataSource.query(`INSERT INTO focus_area (organization_id, strategy_id, title) VALUES ($1, $2, 'F') RETURNING id`, [org.organizationId, strategyId]))[0].id;
    const csfId = (await t.dataSource.query(`INSERT INTO critical_success_factor (organization_id, focus_area_id, title) VALUES ($1, $2, 'M') RETURNING id`, [org.organizationId, focusAreaId]))[0].id;
    const criterionId = (await t.dataSource.query(`INSERT INTO evaluation_criterion (organization_id, csf_id, title, measurement_kind) VALUES ($1, $2, 'K', 'qualitative') RETURNING id`, [org.organizationId, csfId]))[0].id;
    const { id: userId } = await createTestUser(t, { role: 'board' });

    const refused = async (sql: string, params: unknown[]) => {
      const error = await t.dataSource.query(sql, params).then(
        () => null,
        (e: { driverError?: { code?: string; constraint?: string } }) => e.driverError,
      );
      return error;
    };
    expect(
      await refused(`INSERT INTO progress_entry (organization_id, region_id, year, entry_date, criterion_id, narrative, author_name) VALUES ($1, $2, 2030, '2030-01-02', $3, 'x', 'T')`, [
        org.organizationId,
        foreignRegion,
        criterionId,
      ]),
    ).toMatchObject({ code: '23503', constraint: 'fk_progress_entry_region_org' });
    const survey = (regionId: string) =>
      t.dataSource.query(`INSERT INTO survey (organization_id, region_id, year, title, source_format, source_text, content_hash) VALUES ($1, $2, 2030, 'K', 'webropol-csv', 'x', $3)`, [
        org.organizationId,
        regionId,
        randomBytes(8).toString('hex'),
      ]);
    expect(await survey(foreignRegion).then(() => null, (e: { driverError?: unknown }) => e.driverError)).toMatchObject({
      code: '23503',
      constraint: 'fk_survey_region_org',
    });
    expect(
      await refused(`INSERT INTO comment (organization_id, focus_area_id, year, region_id, author_id, body) VALUES ($1, $2, 2030, $3, $4, 'x')`, [org.organizationId, focusAreaId, foreignRegion, userId]),
    ).toMatchObject({ code: '23503', constraint: 'fk_comment_region_org' });
    expect(await refused(`INSERT INTO user_region (user_id, region_id, organization_id) VALUES ($1, $2, $3)`, [userId, foreignRegion, org.organizationId])).toMatchObject({
      code: '23503',
      constraint: 'fk_user_region_region_org',
    });
    // nor can the row claim the other organization to get past the region key: the user is not theirs
    expect(await refused(`INSERT INTO user_region (user_id, region_id, organization_id) VALUES ($1, $2, $3)`, [userId, foreignRegion, other.organizationId])).toMatchObject({
      code: '23503',
      constraint: 'fk_user_region_user',
    });
    // the same rows with the organization's own region are accepted
    await survey(org.regions['KP']);
  });

  it('a client naming a foreign region gets a 4xx naming the field, never a 500', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const res = await admin.post('/api/users').send({ email: `x-${randomBytes(3).toString('hex')}@test.invalid`, displayName: 'X', roles: ['planner'], regionIds: [other.regions['KP']] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('regionIds');
  });
});
