import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes written in Suunta (issue 17): a meeting gets its lifecycle (draft → checked → approved,
 * approved is locked; reopening goes back to draft with a reason in the audit trail), its time,
 * remote flag, minute-checkers and attendance; a § item gets attachments (links). A decision can
 * create a yearly action (`meeting_item_action`, also used for "the § concerns this action") or a
 * follow-up task (`meeting_follow_up`, owner and due date). Networks get partners and the status
 * `paused`.
 *
 * Existing meetings (the seeded 2014 minutes) are historical, approved minutes: they become
 * `approved`.
 */
export class MinutesWrittenInSuunta1765100000000 implements MigrationInterface {
  name = 'MinutesWrittenInSuunta1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE meeting
        ADD COLUMN status text NOT NULL DEFAULT 'draft',
        ADD COLUMN start_time time,
        ADD COLUMN end_time time,
        ADD COLUMN remote boolean NOT NULL DEFAULT false,
        ADD COLUMN minute_checkers text[] NOT NULL DEFAULT '{}',
        -- [{ "name", "organization"?, "role"?, "present" }] in the order of the minutes
        ADD COLUMN attendance jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN approved_at timestamptz,
        ADD CONSTRAINT ck_meeting_status CHECK (status IN ('draft', 'checked', 'approved')),
        ADD CONSTRAINT ck_meeting_attendance CHECK (jsonb_typeof(attendance) = 'array')`);
    await q.query(`UPDATE meeting SET status = 'approved'`);

    await q.query(`
      ALTER TABLE meeting_item
        -- [{ "title", "url" }]
        ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]',
        ADD CONSTRAINT ck_meeting_item_attachments CHECK (jsonb_typeof(attachments) = 'array')`);

    await q.query(`
      CREATE TABLE meeting_item_action (
        organization_id uuid NOT NULL,
        item_id uuid NOT NULL,
        action_id uuid NOT NULL,
        -- true: the yearly action was created from this § decision
        from_decision boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, action_id),
        CONSTRAINT fk_meeting_item_action_item FOREIGN KEY (item_id, organization_id) REFERENCES meeting_item(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_meeting_item_action_action FOREIGN KEY (action_id, organization_id) REFERENCES plan_action(id, organization_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_meeting_item_action_action ON meeting_item_action (action_id)`);

    await q.query(`
      CREATE TABLE meeting_follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        item_id uuid NOT NULL,
        title text NOT NULL,
        owner text NOT NULL,
        due_date date NOT NULL,
        done boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_meeting_follow_up_item FOREIGN KEY (item_id, organization_id) REFERENCES meeting_item(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT ck_meeting_follow_up_title CHECK (length(btrim(title)) > 0),
        CONSTRAINT ck_meeting_follow_up_owner CHECK (length(btrim(owner)) > 0)
      )`);
    await q.query(`CREATE INDEX ix_meeting_follow_up_item ON meeting_follow_up (item_id)`);

    await q.query(`ALTER TABLE network DROP CONSTRAINT ck_network_status`);
    await q.query(`ALTER TABLE network ADD CONSTRAINT ck_network_status CHECK (status IN ('active', 'paused', 'planned', 'under_consideration', 'ended'))`);
    await q.query(`ALTER TABLE network ADD COLUMN partners text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE network DROP COLUMN partners`);
    await q.query(`UPDATE network SET status = 'active' WHERE status = 'paused'`);
    await q.query(`ALTER TABLE network DROP CONSTRAINT ck_network_status`);
    await q.query(`ALTER TABLE network ADD CONSTRAINT ck_network_status CHECK (status IN ('active', 'planned', 'under_consideration', 'ended'))`);
    await q.query(`DROP TABLE meeting_follow_up`);
    await q.query(`DROP TABLE meeting_item_action`);
    await q.query(`ALTER TABLE meeting_item DROP CONSTRAINT ck_meeting_item_attachments, DROP COLUMN attachments`);
    await q.query(`
      ALTER TABLE meeting
        DROP CONSTRAINT ck_meeting_attendance, DROP CONSTRAINT ck_meeting_status,
        DROP COLUMN approved_at, DROP COLUMN attendance, DROP COLUMN minute_checkers, DROP COLUMN remote,
        DROP COLUMN end_time, DROP COLUMN start_time, DROP COLUMN status`);
  }
}
