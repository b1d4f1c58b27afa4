import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whoever reads: the signed-in user of a request (`SessionUser`), or anything with an organization. */
export interface StampReader {
  organizationId: string;
}

/**
 * Each organization's data stamp: the revision that every write to its data moves forward (a
 * trigger on its tables, migration `1766760000000-organization-data-revision`) and the time it
 * last moved, as the SQL function `organization_data_stamp(organization_id)` gives it (migration
 * `1766800000000`). Two reads with the same stamp saw the same data, in whichever API process they
 * ran, so an answer computed only from the organization's data can be reused while the stamp
 * stays the same (the board's page does).
 */
@Injectable()
export class DataRevisionService {
  /** Stamps read with a GET request's session (`rememberForRequest`), by the request's user object. */
  private readonly requestStamps = new WeakMap<StampReader, string>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The session lookup of a read-only request reads the stamp in the same statement; kept here
   * for that request's user object, `stamp` answers from it instead of asking again (one query per
   * cached answer instead of two). Only for requests that write nothing: a write in the request
   * would move the stamp after it was read.
   */
  rememberForRequest(reader: StampReader, stamp: string): void {
    this.requestStamps.set(reader, stamp);
  }

  /** `revision@µs`; `0` for an organization nothing has been written to since the migration. */
  async stamp(organizationId: string, reader?: StampReader): Promise<string> {
    const known = reader && reader.organizationId === organizationId ? this.requestStamps.get(reader) : undefined;
    if (known !== undefined) {
      return known;
    }
    const [row]: { stamp: string }[] = await this.dataSource.query(`SELECT organization_data_stamp($1) AS stamp`, [organizationId]);
    return row?.stamp ?? '0';
  }
}
