import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenancy: every row of the product belongs, directly or through its parent, to one organization. */
export class OrganizationsAndRegions1763900000000 implements MigrationInterface {
  name = 'OrganizationsAndRegions1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        full_name text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_organization_code UNIQUE (code)
      )`);
    await q.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        code text NOT NULL,
        name jsonb NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_region_org_code UNIQUE (organization_id, code)
      )`);
    await q.query(`CREATE INDEX ix_region_organization ON region (organization_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE region`);
    await q.query(`DROP TABLE organization`);
  }
}
