import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision number per organization that every write to its data moves forward (issue 16: the
 * board at ≥ 500 req/s). Read paths whose answer is a pure function of the organization's stored
 * data and the request (the board's page) cache that answer keyed by this revision: one indexed
 * read decides whether the cached answer is still true, in every API process alike, and a write
 * committed by any process invalidates it at once. Figures stay derived; nothing is kept that the
 * next write would not replace.
 *
 * Statement-level triggers with transition tables: one upsert per statement, however many rows
 * it wrote (a survey import or the bench generator writes thousands). Every table of the public
 * schema with an `organization_id` gets them, except the ones that change on every sign-in or
 * request and feed no cached answer (sessions, login attempts, accounts, the audit log); the
 * survey count tables reach their organization through `survey`. A table created later needs the
 * same triggers: `schema-drift.int-spec.ts` fails until it has them (or is listed as exempt there).
 */
export class OrganizationDataRevision1766760000000 implements MigrationInterface {
  name = 'OrganizationDataRevision1766760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization_data_revision (
        organization_id uuid PRIMARY KEY,
        revision bigint NOT NULL DEFAULT 0,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO organization_data_revision (organization_id) SELECT id FROM organization`);
    await q.query(`
      CREATE FUNCTION bump_organization_data_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_ARGV[0] = 'via_survey' THEN
          IF TG_OP = 'DELETE' THEN
            INSERT INTO organization_data_revision AS r (organization_id, revision)
              SELECT DISTINCT s.organization_id, 1 FROM old_rows o JOIN survey s ON s.id = o.survey_id
              ON CONFLICT (organization_id) DO UPDATE SET revision = r.revision + 1, changed_at = now();
          ELSE
            INSERT INTO organization_data_revision AS r (organization_id, revision)
              SELECT DISTINCT s.organization_id, 1 FROM new_rows n JOIN survey s ON s.id = n.survey_id
              ON CONFLICT (organization_id) DO UPDATE SET revision = r.revision + 1, changed_at = now();
          END IF;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO organization_data_revision AS r (organization_id, revision)
            SELECT DISTINCT organization_id, 1 FROM old_rows WHERE organization_id IS NOT NULL
            ON CONFLICT (organization_id) DO UPDATE SET revision = r.revision + 1, changed_at = now();
        ELSE
          INSERT INTO organization_data_revision AS r (organization_id, revision)
            SELECT DISTINCT organization_id, 1 FROM new_rows WHERE organization_id IS NOT NULL
            ON CONFLICT (organization_id) DO UPDATE SET revision = r.revision + 1, changed_at = now();
        END IF;
        RETURN NULL;
      END $$`);
    // For a restore (api-operations), which writes every table with the triggers off.
    await q.query(`
      CREATE FUNCTION advance_organization_data_stamps() RETURNS void LANGUAGE sql AS $$
        INSERT INTO organization_data_revision AS r (organization_id, revision, changed_at)
          SELECT id, 1, clock_timestamp() FROM organization
          ON CONFLICT (organization_id) DO UPDATE SET revision = r.revision + 1, changed_at = clock_timestamp()
      $$`);
    const tables: { table_name: string }[] = await q.query(`
      SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema = 'public' AND c.column_name = 'organization_id'
         AND c.table_name NOT IN ('organization_data_revision', 'user_session', 'login_attempt', 'password_reset_request', 'user_account', 'user_region', 'sso_login', 'audit_log')
       ORDER BY c.table_name`);
    for (const { table_name } of tables) await attach(q, table_name, '');
    for (const table of ['survey_likert_count', 'survey_open_answer', 'survey_scale_point']) await attach(q, table, 'via_survey');
  }

  async down(q: QueryRunner): Promise<void> {
    const triggers: { table: string; name: string }[] = await q.query(
      `SELECT c.relname AS table, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE 'tr_data_revision_%'`,
    );
    for (const t of triggers) await q.query(`DROP TRIGGER ${t.name} ON ${t.table}`);
    await q.query(`DROP FUNCTION advance_organization_data_stamps()`);
    await q.query(`DROP FUNCTION bump_organization_data_revision()`);
    await q.query(`DROP TABLE organization_data_revision`);
  }
}

async function attach(q: QueryRunner, table: string, how: string): Promise<void> {
  const arg = how ? `'${how}'` : '';
  await q.query(`CREATE TRIGGER tr_data_revision_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_organization_data_revision(${arg})`);
  await q.query(`CREATE TRIGGER tr_data_revision_upd AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_organization_data_revision(${arg})`);
  await q.query(`CREATE TRIGGER tr_data_revision_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_organization_data_revision(${arg})`);
}
