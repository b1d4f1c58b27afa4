import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `organization_data_stamp(organization_id)`: the organization's data stamp as text
 * (`'<revision>@<µs>'`, `'0'` before its first write), the one definition of the stamp's format.
 * `DataRevisionService` reads it, and the session lookup reads it in the same statement, so a GET
 * that the cache answers costs one query instead of two (issue 16). Owned by api-organization and
 * documented in its README.
 */
export class OrganizationDataStampFunction1766800000000 implements MigrationInterface {
  name = 'OrganizationDataStampFunction1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION organization_data_stamp(p_organization_id uuid) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT COALESCE(
          (SELECT revision::text || '@' || (extract(epoch FROM changed_at) * 1000000)::bigint::text
             FROM organization_data_revision WHERE organization_id = p_organization_id),
          '0')
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION organization_data_stamp(uuid)`);
  }
}
