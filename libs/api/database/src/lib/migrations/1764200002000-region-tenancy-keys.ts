import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenancy for regions in the database, like every other parent: `region` gets the key
 * `(id, organization_id)`, and the eleven foreign keys that pointed at `region(id)` alone become
 * `(region_id, organization_id) → region(id, organization_id)`, so a row can no longer name another
 * organization's region (PostgreSQL answers 23503, which the API turns into a 4xx).
 *
 * Existing data: `user_region` had no `organization_id`; it is added and filled from the user.
 * Before any constraint is added, every table is checked for rows that already point at another
 * organization's region; if there are any, the migration stops and names them rather than
 * deleting or rewriting anyone's data (fix those rows, then start again).
 */
const REFERRING = [
  ['person_region', 'fk_person_region_region'],
  ['user_region', 'user_region_region_id_fkey'],
  ['action_plan', 'fk_action_plan_region'],
  ['plan_action_region', 'fk_plan_action_region_region'],
  ['progress_entry', 'fk_progress_entry_region'],
  ['survey', 'fk_survey_region'],
  ['steering_group', 'fk_steering_group_region'],
  ['annual_report', 'fk_annual_report_region'],
  ['meeting', 'fk_meeting_region'],
  ['network', 'fk_network_region'],
  ['comment', 'fk_comment_region'],
] as const;

export class RegionTenancyKeys1764200002000 implements MigrationInterface {
  name = 'RegionTenancyKeys1764200002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE region ADD CONSTRAINT uq_region_id_org UNIQUE (id, organization_id)`);
    await q.query(`ALTER TABLE user_account ADD CONSTRAINT uq_user_account_id_org UNIQUE (id, organization_id)`);

    await q.query(`ALTER TABLE user_region ADD COLUMN organization_id uuid`);
    await q.query(`UPDATE user_region ur SET organization_id = u.organization_id FROM user_account u WHERE u.id = ur.user_id`);
    await q.query(`ALTER TABLE user_region ALTER COLUMN organization_id SET NOT NULL`);

    const wrong: string[] = [];
    for (const [table] of REFERRING) {
      const [{ n }]: { n: number }[] = await q.query(
        `SELECT count(*)::int AS n FROM ${table} t JOIN region r ON r.id = t.region_id WHERE r.organization_id <> t.organization_id`,
      );
      if (n > 0) wrong.push(`${table}: ${n}`);
    }
    if (wrong.length > 0) {
      throw new Error(`Rows that name another organization's region (fix them first, nothing was changed): ${wrong.join(', ')}`);
    }

    // A user's regions belong to the user's organization.
    await q.query(`ALTER TABLE user_region DROP CONSTRAINT user_region_user_id_fkey`);
    await q.query(
      `ALTER TABLE user_region ADD CONSTRAINT fk_user_region_user FOREIGN KEY (user_id, organization_id) REFERENCES user_account(id, organization_id) ON DELETE CASCADE`,
    );
    for (const [table, oldName] of REFERRING) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${oldName}`);
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT fk_${table}_region_org FOREIGN KEY (region_id, organization_id) REFERENCES region(id, organization_id) ON DELETE RESTRICT`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, oldName] of REFERRING) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT fk_${table}_region_org`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${oldName} FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT`);
    }
    await q.query(`ALTER TABLE user_region DROP CONSTRAINT fk_user_region_user`);
    await q.query(`ALTER TABLE user_region ADD CONSTRAINT user_region_user_id_fkey FOREIGN KEY (user_id) REFERENCES user_account(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE user_region DROP COLUMN organization_id`);
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT uq_user_account_id_org`);
    await q.query(`ALTER TABLE region DROP CONSTRAINT uq_region_id_org`);
  }
}
