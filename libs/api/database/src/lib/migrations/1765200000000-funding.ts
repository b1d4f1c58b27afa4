import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funding per year and source (api-funding): state subsidy, municipal contributions (from the
 * parties to the basic agreement or others), project funding, other. Amounts are `numeric(14,2)`
 * euros — exact, never float. Totals and shares are computed from these rows, never stored.
 *
 * - `funding_entry`: one amount of an organization for a year and source, optionally of a region;
 *   `pool_amount` is the whole allocation it is a share of (e.g. the state subsidy for all centres).
 * - `funding_earmark`: parts of an entry's amount set aside for a purpose ("of which the Nordic
 *   special task"); they are inside the amount, never added to totals. Their sum ≤ the amount is
 *   checked by the service in the same transaction.
 * - `funding_document`: documents an entry is based on (title + address or file reference).
 *
 * Tenancy as elsewhere: composite `(id, organization_id)` keys; a region of another organization
 * cannot be named.
 */
export class Funding1765200000000 implements MigrationInterface {
  name = 'Funding1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE funding_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        -- a seeded row's key (re-runnable seeding); NULL for rows written in the app
        code text,
        year integer NOT NULL,
        source text NOT NULL,
        payer text,
        region_id uuid,
        description text,
        amount numeric(14,2) NOT NULL,
        pool_amount numeric(14,2),
        pool_description text,
        source_ref text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT fk_funding_entry_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_funding_entry_region FOREIGN KEY (region_id, organization_id) REFERENCES region(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT uq_funding_entry_id_org UNIQUE (id, organization_id),
        CONSTRAINT uq_funding_entry_code UNIQUE (organization_id, code),
        CONSTRAINT ck_funding_entry_year CHECK (year BETWEEN 2000 AND 2100),
        CONSTRAINT ck_funding_entry_source CHECK (source IN ('state_subsidy', 'municipal', 'project', 'other')),
        CONSTRAINT ck_funding_entry_payer CHECK (payer IS NULL OR (source = 'municipal' AND payer IN ('basic_agreement_parties', 'other_parties'))),
        CONSTRAINT ck_funding_entry_amount CHECK (amount >= 0),
        CONSTRAINT ck_funding_entry_pool CHECK (pool_amount IS NULL OR pool_amount >= amount)
      )`);
    await q.query(`CREATE INDEX ix_funding_entry_org_year ON funding_entry (organization_id, year)`);
    await q.query(`CREATE INDEX ix_funding_entry_region ON funding_entry (region_id)`);
    await q.query(`
      CREATE TABLE funding_earmark (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        entry_id uuid NOT NULL,
        kind text NOT NULL,
        label text,
        amount numeric(14,2) NOT NULL,
        sort_order integer NOT NULL,
        CONSTRAINT fk_funding_earmark_entry FOREIGN KEY (entry_id, organization_id) REFERENCES funding_entry(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT ck_funding_earmark_kind CHECK (kind IN ('nordic_special_task', 'other')),
        CONSTRAINT ck_funding_earmark_label CHECK (kind <> 'other' OR length(btrim(coalesce(label, ''))) > 0),
        CONSTRAINT ck_funding_earmark_amount CHECK (amount > 0)
      )`);
    await q.query(`CREATE INDEX ix_funding_earmark_entry ON funding_earmark (entry_id)`);
    await q.query(`
      CREATE TABLE funding_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        entry_id uuid NOT NULL,
        title text NOT NULL,
        url text,
        file_ref text,
        sort_order integer NOT NULL,
        CONSTRAINT fk_funding_document_entry FOREIGN KEY (entry_id, organization_id) REFERENCES funding_entry(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT ck_funding_document_title CHECK (length(btrim(title)) > 0),
        CONSTRAINT ck_funding_document_target CHECK (url IS NOT NULL OR file_ref IS NOT NULL),
        CONSTRAINT ck_funding_document_url CHECK (url IS NULL OR url ~* '^https?://')
      )`);
    await q.query(`CREATE INDEX ix_funding_document_entry ON funding_document (entry_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE funding_document`);
    await q.query(`DROP TABLE funding_earmark`);
    await q.query(`DROP TABLE funding_entry`);
  }
}
