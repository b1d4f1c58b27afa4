import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local accounts, their roles and planner regions, server-side sessions, the login throttle,
 * and the append-only audit trail.
 */
export class AccountsSessionsAudit1763910000000 implements MigrationInterface {
  name = 'AccountsSessionsAudit1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        email text NOT NULL,
        display_name text NOT NULL,
        -- argon2id PHC string; NULL until an invited user sets a password (or for SSO-only users later)
        password_hash text,
        roles text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'invited',
        -- SHA-256 of the one-time invitation token; the token itself is shown once and never stored
        invite_token_hash text,
        invite_expires_at timestamptz,
        password_changed_at timestamptz,
        last_login_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_user_account_status CHECK (status IN ('invited', 'active', 'disabled')),
        CONSTRAINT ck_user_account_roles CHECK (roles <@ ARRAY['admin', 'management', 'planner', 'board', 'viewer']::text[]),
        CONSTRAINT ck_user_account_email_lower CHECK (email = lower(email))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_user_account_email ON user_account (email)`);
    await q.query(`CREATE UNIQUE INDEX uq_user_account_invite ON user_account (invite_token_hash) WHERE invite_token_hash IS NOT NULL`);
    await q.query(`CREATE INDEX ix_user_account_organization ON user_account (organization_id)`);

    await q.query(`
      CREATE TABLE user_region (
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        PRIMARY KEY (user_id, region_id)
      )`);
    await q.query(`CREATE INDEX ix_user_region_region ON user_region (region_id)`);

    await q.query(`
      CREATE TABLE user_session (
        -- SHA-256 (hex) of the cookie's random token: a leaked table does not yield usable sessions
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        -- the absolute timeout; the idle timeout is checked against last_seen_at
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX ix_user_session_user ON user_session (user_id)`);
    await q.query(`CREATE INDEX ix_user_session_expires ON user_session (expires_at)`);

    await q.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_login_attempt_email_at ON login_attempt (email, at)`);
    await q.query(`CREATE INDEX ix_login_attempt_ip_at ON login_attempt (ip, at)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        organization_id uuid REFERENCES organization(id) ON DELETE RESTRICT,
        -- no foreign key: the trail outlives what it describes; email and name are kept as they were
        actor_id uuid,
        actor_email text,
        actor_name text,
        entity_type text NOT NULL,
        entity_id text,
        action text NOT NULL,
        before jsonb,
        after jsonb,
        ip text
      )`);
    await q.query(`CREATE INDEX ix_audit_log_org_at ON audit_log (organization_id, at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id, at DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER tr_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP TABLE login_attempt`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE user_region`);
    await q.query(`DROP TABLE user_account`);
  }
}
