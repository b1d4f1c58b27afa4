import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Responsible roles and people can be retired instead of deleted: a retired role stays on every
 * action, criterion, approval and person that already names it (history stays true), but it is
 * no longer offered for new links. `retired_at` is null while the role or person is in use.
 */
export class RetiredRolesAndPeople1765400000000 implements MigrationInterface {
  name = 'RetiredRolesAndPeople1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE responsible_role ADD COLUMN retired_at timestamptz`);
    await q.query(`ALTER TABLE person ADD COLUMN retired_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP COLUMN retired_at`);
    await q.query(`ALTER TABLE responsible_role DROP COLUMN retired_at`);
  }
}
