import { Injectable } from '@nestjs/common';
import type { LanguageCode } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/** An organization's admin as the operator's command line lists it. */
export interface OrganizationAdmin {
  email: string;
  status: string;
}

/**
 * How other domains read `user_account` (operations: the test mail, the `org` command line;
 * governance: the names of comment authors):
 * a few answers, never the rows. Pass a transaction's `manager` to see its own writes.
 */
@Injectable()
export class AccountDirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The user's interface language and organization name (what a mail to them is written in), or null for an unknown user. */
  async mailContext(userId: string, manager: EntityManager = this.dataSource.manager): Promise<{ language: LanguageCode; organizationName: string } | null> {
    const [row]: { language: LanguageCode; organization_name: string }[] = await manager.query(
      `SELECT u.language, o.name AS organization_name FROM user_account u JOIN organization o ON o.id = u.organization_id WHERE u.id = $1`,
      [userId],
    );
    return row ? { language: row.language, organizationName: row.organization_name } : null;
  }

  /** The organization's admins (any status), by e-mail. */
  async adminsOf(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<OrganizationAdmin[]> {
    return manager.query(`SELECT email, status FROM user_account WHERE organization_id = $1 AND 'admin' = ANY(roles) ORDER BY email`, [organizationId]);
  }

  /** How many accounts the organization has (any status). */
  async userCount(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM user_account WHERE organization_id = $1`, [organizationId]);
    return n;
  }

  /**
   * The display names of the organization's accounts among `userIds`, by id. An id of another
   * organization or of no account is absent from the map. Duplicates in `userIds` are fine.
   */
  async displayNames(organizationId: string, userIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await manager.query(
      `SELECT id, display_name FROM user_account WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, [...new Set(userIds)]],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }
}
