import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People are listed in an order the management group chooses, like the roles (issue 17 item 4:
 * "reorder"). Existing people keep the alphabetical order they were shown in until now.
 */
export class PeopleOrder1766300000000 implements MigrationInterface {
  name = 'PeopleOrder1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person ADD COLUMN sort_order integer NOT NULL DEFAULT 0`);
    await q.query(
      `UPDATE person p SET sort_order = o.n
       FROM (SELECT id, row_number() OVER (PARTITION BY organization_id ORDER BY name, id) AS n FROM person) o
       WHERE o.id = p.id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP COLUMN sort_order`);
  }
}
