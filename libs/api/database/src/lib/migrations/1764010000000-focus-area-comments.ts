import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on a focus area for a year (optionally one region), written by the board, management
 * or admins on the board's drill-down page. Soft-deleted (`deleted_at`) so the audit trail and
 * any reference stay meaningful; `edited_at` is set on every edit, `version` guards concurrent edits.
 *
 * Tenancy as elsewhere: composite `(focus_area_id, organization_id)` key; the focus area cannot be
 * deleted while comments refer to it (ON DELETE RESTRICT).
 */
export class FocusAreaComments1764010000000 implements MigrationInterface {
  name = 'FocusAreaComments1764010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        focus_area_id uuid NOT NULL,
        year integer NOT NULL,
        -- NULL: about the whole organization
        region_id uuid,
        author_id uuid NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        CONSTRAINT fk_comment_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_comment_focus_area FOREIGN KEY (focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT fk_comment_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT,
        CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES user_account(id) ON DELETE RESTRICT,
        CONSTRAINT uq_comment_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_comment_year CHECK (year BETWEEN 2000 AND 2100),
        CONSTRAINT ck_comment_body CHECK (length(btrim(body)) > 0 AND length(body) <= 4000)
      )`);
    await q.query(`CREATE INDEX ix_comment_focus_area_year ON comment (organization_id, focus_area_id, year) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_comment_author ON comment (author_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE comment`);
  }
}
