import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Each organization's data stamp: the revision that every write to its data moves forward (a
 * trigger on its tables, migration `1766760000000-organization-data-revision`) and the time it
 * last moved. Two reads with the same stamp saw the same data, in whichever API process they
 * ran, so an answer computed only from the organization's data can be reused while the stamp
 * stays the same (the board's page does).
 */
@Injectable()
export class DataRevisionService {
  constructor(private readonly dataSource: DataSource) {}

  /** `revision@time`; `0` for an organization nothing has been written to since the migration. */
  async stamp(organizationId: string): Promise<string> {
    const [row]: { stamp: string }[] = await this.dataSource.query(
      `SELECT revision::text || '@' || (extract(epoch FROM changed_at) * 1000000)::bigint::text AS stamp FROM organization_data_revision WHERE organization_id = $1`,
      [organizationId],
    );
    return row?.stamp ?? '0';
  }
}
