import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail and single sign-on (owned by the accounts domain):
 * - `user_account.language`: the language of the user's mails (fi, sv, en);
 * - `user_account.reset_token_hash/expires_at`: the one-time "forgot password" link (SHA-256 only);
 * - `sso_provider`: one OpenID Connect provider per organization, the e-mail domains it covers;
 * - `sso_login`: a started sign-in (state, nonce, PKCE verifier) until its callback, so any API
 *   process can finish a sign-in another one started.
 * The job queue (pg-boss) keeps its own tables in the schema `pgboss`, created by pg-boss itself.
 */
export class MailResetSso1764100000000 implements MigrationInterface {
  name = 'MailResetSso1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account ADD COLUMN language text NOT NULL DEFAULT 'fi'`);
    await q.query(`ALTER TABLE user_account ADD CONSTRAINT ck_user_account_language CHECK (language IN ('fi', 'sv', 'en'))`);
    await q.query(`ALTER TABLE user_account ADD COLUMN reset_token_hash text, ADD COLUMN reset_expires_at timestamptz`);
    await q.query(`CREATE UNIQUE INDEX uq_user_account_reset ON user_account (reset_token_hash) WHERE reset_token_hash IS NOT NULL`);

    await q.query(`
      CREATE TABLE password_reset_request (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_password_reset_request_email ON password_reset_request (email, at)`);
    await q.query(`CREATE INDEX ix_password_reset_request_ip ON password_reset_request (ip, at)`);

    await q.query(`
      CREATE TABLE sso_provider (
        organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
        enabled boolean NOT NULL DEFAULT true,
        issuer text NOT NULL,
        client_id text NOT NULL,
        -- needed in clear to authenticate at the token endpoint; never returned by the API
        client_secret text NOT NULL,
        email_domains text[] NOT NULL DEFAULT '{}',
        just_in_time boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_sso_provider_domains_lower CHECK (email_domains = lower(email_domains::text)::text[])
      )`);
    // One domain belongs to one organization: the sign-in finds the provider by the e-mail's domain.
    await q.query(`
      CREATE TABLE sso_domain (
        domain text PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES sso_provider(organization_id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE sso_login (
        -- SHA-256 of the state sent to the provider
        state_hash text PRIMARY KEY,
        -- SHA-256 of the random value in the browser's suunta_sso cookie: the callback must come from the browser that started
        browser_hash text NOT NULL,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_url text,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_sso_login_expires ON sso_login (expires_at)`);
    // A session made by single sign-on keeps the ID token, to offer the provider's logout with id_token_hint.
    await q.query(`ALTER TABLE user_session ADD COLUMN sso_id_token text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_session DROP COLUMN sso_id_token`);
    await q.query(`DROP TABLE sso_login`);
    await q.query(`DROP TABLE sso_domain`);
    await q.query(`DROP TABLE sso_provider`);
    await q.query(`DROP TABLE password_reset_request`);
    await q.query(`DROP INDEX uq_user_account_reset`);
    await q.query(`ALTER TABLE user_account DROP COLUMN reset_token_hash, DROP COLUMN reset_expires_at, DROP CONSTRAINT ck_user_account_language, DROP COLUMN language`);
  }
}
