import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Update cadence and reminders (issue 18, owned by api-reminders):
 * - `reminder_duty`: who keeps a criterion or a yearly action up to date (a user, or an account
 *   role resolved to people per region) and how often (monthly, before each steering-group
 *   meeting, yearly). One duty per criterion or action; it goes with its subject (CASCADE: a duty
 *   is no logged work).
 * - `reminder_setting`: per organization, how many days before a due date the reminder goes out.
 * - `reminder_digest`: one row per digest mailed (the hash of its unsubscribe/snooze token).
 * - `reminder_sent`: what each digest reminded of, one row per (user, duty, region, due period):
 *   the primary key makes a reminder go out once, whatever restarts or parallel runs happen.
 * - `reminder_subscription`: a user's unsubscribe or snooze.
 */
export class UpdateCadenceReminders1766400000000 implements MigrationInterface {
  name = 'UpdateCadenceReminders1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reminder_duty (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        criterion_id uuid,
        action_id uuid,
        owner_user_id uuid,
        owner_role text,
        cadence text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_reminder_duty_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_reminder_duty_criterion FOREIGN KEY (criterion_id, organization_id) REFERENCES evaluation_criterion(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_reminder_duty_action FOREIGN KEY (action_id, organization_id) REFERENCES plan_action(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_reminder_duty_owner_user FOREIGN KEY (owner_user_id, organization_id) REFERENCES user_account(id, organization_id) ON DELETE SET NULL (owner_user_id),
        CONSTRAINT uq_reminder_duty_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_reminder_duty_subject CHECK ((criterion_id IS NULL) <> (action_id IS NULL)),
        CONSTRAINT ck_reminder_duty_owner CHECK (owner_user_id IS NULL OR owner_role IS NULL),
        CONSTRAINT ck_reminder_duty_role CHECK (owner_role IS NULL OR owner_role IN ('planner', 'management')),
        CONSTRAINT ck_reminder_duty_cadence CHECK (cadence IN ('monthly', 'before_meeting', 'yearly'))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_reminder_duty_criterion ON reminder_duty (criterion_id) WHERE criterion_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX uq_reminder_duty_action ON reminder_duty (action_id) WHERE action_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_reminder_duty_org ON reminder_duty (organization_id)`);
    await q.query(`CREATE INDEX ix_reminder_duty_owner_user ON reminder_duty (owner_user_id)`);

    await q.query(`
      CREATE TABLE reminder_setting (
        organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE RESTRICT,
        lead_days integer NOT NULL DEFAULT 7,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_reminder_setting_lead_days CHECK (lead_days BETWEEN 0 AND 60)
      )`);

    await q.query(`
      CREATE TABLE reminder_digest (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        -- the day (Europe/Helsinki) of the run that sent it
        run_on date NOT NULL,
        -- SHA-256 (hex) of the unsubscribe/snooze token in the mail; the token itself is not stored
        token_hash text NOT NULL,
        job_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_reminder_digest_user FOREIGN KEY (user_id, organization_id) REFERENCES user_account(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT uq_reminder_digest_token UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX ix_reminder_digest_user ON reminder_digest (user_id, run_on)`);

    await q.query(`
      CREATE TABLE reminder_sent (
        user_id uuid NOT NULL,
        duty_id uuid NOT NULL,
        region_id uuid NOT NULL,
        -- the due period: 2026-03 (monthly), 2026 (yearly), meeting:<id> (before a meeting)
        due_key text NOT NULL,
        organization_id uuid NOT NULL,
        digest_id uuid NOT NULL REFERENCES reminder_digest(id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_reminder_sent PRIMARY KEY (user_id, duty_id, region_id, due_key),
        CONSTRAINT fk_reminder_sent_duty FOREIGN KEY (duty_id, organization_id) REFERENCES reminder_duty(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_reminder_sent_region_org FOREIGN KEY (region_id, organization_id) REFERENCES region(id, organization_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_reminder_sent_digest ON reminder_sent (digest_id)`);
    await q.query(`CREATE INDEX ix_reminder_sent_duty ON reminder_sent (duty_id)`);
    await q.query(`CREATE INDEX ix_reminder_sent_region ON reminder_sent (region_id)`);

    await q.query(`
      CREATE TABLE reminder_subscription (
        user_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        unsubscribed_at timestamptz,
        snoozed_until date,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_reminder_subscription_user FOREIGN KEY (user_id, organization_id) REFERENCES user_account(id, organization_id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['reminder_subscription', 'reminder_sent', 'reminder_digest', 'reminder_setting', 'reminder_duty']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
