import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The meeting digest (issue 18.2, owned by api-digest): `meeting_digest` keeps the digest made for
 * a meeting — by the job that scheduling the meeting enqueues, or again on request — one row per
 * meeting, replaced when made again: when it was made (`generated_at`), by whom (NULL: the job),
 * the computed content (jsonb, as the API serves it) and the Finnish PDF for the invitation.
 * It goes with its meeting (CASCADE: a digest is derived, not written by anyone).
 */
export class MeetingDigest1766600000000 implements MigrationInterface {
  name = 'MeetingDigest1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_digest (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        generated_at timestamptz NOT NULL DEFAULT now(),
        generated_by uuid,
        trigger text NOT NULL,
        content jsonb NOT NULL,
        pdf bytea NOT NULL,
        CONSTRAINT fk_meeting_digest_meeting FOREIGN KEY (meeting_id, organization_id) REFERENCES meeting(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_meeting_digest_user FOREIGN KEY (generated_by) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT uq_meeting_digest_meeting UNIQUE (meeting_id),
        CONSTRAINT ck_meeting_digest_trigger CHECK (trigger IN ('scheduled', 'manual'))
      )`);
    await q.query(`CREATE INDEX ix_meeting_digest_org ON meeting_digest (organization_id)`);
    await q.query(`CREATE INDEX ix_meeting_digest_user ON meeting_digest (generated_by) WHERE generated_by IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_digest`);
  }
}
