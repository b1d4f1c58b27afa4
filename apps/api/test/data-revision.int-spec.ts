import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp } from '@suunta/api-testing';
import type { DashboardDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { buildDashboardWorld, DashboardWorld } from './dashboard/dashboard-fixture';

/**
 * The organization's data stamp (migration 1766760000000) and the board's page cached against it:
 * every table that holds an organization's data moves the stamp when written, so a cached board
 * answer is never served after a write, in this process or any other.
 */

/** Tables with organization_id that feed no cached answer and change on every sign-in or request. */
const EXEMPT = ['organization_data_revision', 'user_session', 'login_attempt', 'password_reset_request', 'user_account', 'user_region', 'sso_login', 'audit_log'];
/** Tables without organization_id, reaching it through their survey. */
const VIA_SURVEY = ['survey_likert_count', 'survey_open_answer', 'survey_scale_point'];
const AS_OF = '2020-06-30';

describe('organization data stamp and the cached board', () => {
  let t: TestApp;
  let board: SignedInAgent;
  let w: DashboardWorld;
  const stamp = async (organizationId: string): Promise<string> =>
    (await t.dataSource.query(`SELECT revision || '@' || changed_at AS s FROM organization_data_revision WHERE organization_id = $1`, [organizationId]))[0]?.s ?? 'none';

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    const org = await ensureOrganization(t);
    const management = await signIn(t, { role: 'management' });
    board = await signIn(t, { role: 'board' });
    w = await buildDashboardWorld(t, org, management);
  }, 60000);
  afterAll(() => t.close());

  it('every table that holds an organization\'s data carries the insert, update and delete triggers', async () => {
    const tables: { table_name: string }[] = await t.dataSource.query(
      `SELECT DISTINCT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND c.column_name = 'organization_id'`,
    );
    const expected = [...tables.map((r) => r.table_name).filter((n) => !EXEMPT.includes(n)), ...VIA_SURVEY].sort();
    const triggers: { table: string; n: number }[] = await t.dataSource.query(
      `SELECT c.relname AS table, count(*)::int AS n FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
        WHERE tg.tgname IN ('tr_data_revision_ins', 'tr_data_revision_upd', 'tr_data_revision_del') GROUP BY c.relname`,
    );
    // On failure: a new table holds organization data — give it the three triggers in its migration (see 1766760000000).
    expect(triggers.filter((r) => r.n === 3).map((r) => r.table).sort()).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['progress_entry', 'plan_action', 'survey', 'focus_area', 'region']));
  });

  it('a write moves only its own organization\'s stamp; sessions and sign-ins do not move it', async () => {
    const other = await ensureOrganization(t, 'OTHER');
    const [mine0, other0] = [await stamp(w.org.organizationId), await stamp(other.organizationId)];
    await t.dataSource.query(`UPDATE region SET sort_order = sort_order WHERE id = $1`, [w.org.regions['KP']]);
    const mine1 = await stamp(w.org.organizationId);
    expect(mine1).not.toBe(mine0);
    expect(await stamp(other.organizationId)).toBe(other0);

    await signIn(t, { role: 'viewer' }); // writes a session, an account and an audit row
    await board.get('/api/auth/me');
    expect(await stamp(w.org.organizationId)).toBe(mine1);

    // a survey's counts reach the organization through the survey
    const [count] = await t.dataSource.query(
      `SELECT l.survey_id, l.question_id, l.value FROM survey_likert_count l JOIN survey s ON s.id = l.survey_id WHERE s.organization_id = $1 LIMIT 1`,
      [w.org.organizationId],
    );
    expect(count).toBeDefined();
    await t.dataSource.query(`UPDATE survey_likert_count SET n = n WHERE survey_id = $1 AND question_id = $2 AND value = $3`, [count.survey_id, count.question_id, count.value]);
    expect(await stamp(w.org.organizationId)).not.toBe(mine1);
  });

  it('reads a strategy tree from the cache until the strategy is edited', async () => {
    const management = await signIn(t, { role: 'management' });
    // a draft strategy: an approved one is locked against edits
    const strategy = (await management.post('/api/strategies').send({ title: 'Luonnos', validFrom: '2027-01-01' }).expect(201)).body as { id: string };
    const focusArea = (await management.post(`/api/strategies/${strategy.id}/focus-areas`).send({ title: 'Vanha otsikko' }).expect(201)).body as { id: string };
    const tree = async () => (await board.get(`/api/strategies/${strategy.id}/tree`).expect(200)).body as { focusAreas: { id: string; title: string; version: number }[] };
    // every statement, TypeORM's and the prepared session lookup's, goes through the data source's logger
    const queries = jest.spyOn(t.dataSource.logger, 'logQuery');
    try {
      const first = await tree();
      const computed = queries.mock.calls.length;
      expect(await tree()).toEqual(first);
      // one query: the session lookup, which reads the data stamp in the same statement
      const again = queries.mock.calls.slice(computed).map(([sql]) => String(sql));
      expect(again).toEqual([expect.stringContaining('organization_data_stamp(u.organization_id)')]);
      expect(again[0]).toContain('FROM user_session');

      const fa = first.focusAreas.find((f) => f.id === focusArea.id);
      expect(fa?.title).toBe('Vanha otsikko');
      await management.patch(`/api/focus-areas/${focusArea.id}`).send({ title: 'Uusi otsikko', version: fa?.version }).expect(200);
      expect((await tree()).focusAreas.find((f) => f.id === focusArea.id)?.title).toBe('Uusi otsikko');
    } finally {
      queries.mockRestore();
    }
  });

  it('answers an unchanged organization from the cache, and a logged entry shows at once', async () => {
    const page = async (): Promise<DashboardDto> => (await board.get(`/api/dashboard?asOf=${AS_OF}`).expect(200)).body as DashboardDto;
    // every statement, TypeORM's and the prepared session lookup's, goes through the data source's logger
    const queries = jest.spyOn(t.dataSource.logger, 'logQuery');
    try {
      const first = await page();
      const computed = queries.mock.calls.length;
      const second = await page();
      // the second read runs one query, the session lookup that also reads the data stamp: none of the board's queries run again
      const again = queries.mock.calls.slice(computed).map(([sql]) => String(sql));
      expect(again).toEqual([expect.stringContaining('organization_data_stamp(u.organization_id)')]);
      expect(again[0]).toContain('FROM user_session');
      expect(computed).toBeGreaterThan(5);
      expect(second).toEqual(first);
      const fa = (d: DashboardDto) => d.focusAreas.find((f) => f.id === w.fa.one);
      // the fixture: A3 (planned, KP) and A5 have no entry after 2020-04-01 → 2 overdue
      expect(fa(first)?.actions.overdue).toBe(2);

      const planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
      await planner
        .post('/api/progress-entries')
        .send({ regionId: w.org.regions['KP'], year: 2020, entryDate: '2020-06-01', actionId: w.actions.A3, narrative: 'Käynnistyskokous pidetty.' })
        .expect(201);
      // A3 now has an entry inside the last 90 days: only A5 is overdue
      expect(fa(await page())?.actions.overdue).toBe(1);
    } finally {
      queries.mockRestore();
    }
  });
});
