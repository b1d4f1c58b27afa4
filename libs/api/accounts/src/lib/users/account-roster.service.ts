import { Injectable } from '@nestjs/common';
import type { AppRole, LanguageCode } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/** An account as a domain that mails people (reminders) needs it: never the password or token columns. */
export interface RosterEntry {
  id: string;
  email: string;
  displayName: string;
  language: LanguageCode;
  status: 'invited' | 'active' | 'disabled';
  roles: AppRole[];
  /** The regions a planner is assigned to (empty: none assigned). */
  regionIds: string[];
}

/**
 * The organization's accounts for domains that address people by role and region (api-reminders):
 * one query, every status (the caller decides whom to mail; disabled accounts are kept so a
 * "disabled owner" can be shown). Kept apart from `AccountDirectoryService` on purpose.
 */
@Injectable()
export class AccountRosterService {
  constructor(private readonly dataSource: DataSource) {}

  async roster(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<RosterEntry[]> {
    const rows: { id: string; email: string; display_name: string; language: LanguageCode; status: RosterEntry['status']; roles: AppRole[]; region_ids: string[] }[] = await manager.query(
      `SELECT u.id, u.email, u.display_name, u.language, u.status, u.roles,
              coalesce((SELECT array_agg(ur.region_id::text ORDER BY ur.region_id) FROM user_region ur WHERE ur.user_id = u.id), '{}'::text[]) AS region_ids
         FROM user_account u WHERE u.organization_id = $1 ORDER BY u.display_name, u.email`,
      [organizationId],
    );
    return rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, language: r.language, status: r.status, roles: r.roles, regionIds: r.region_ids }));
  }
}
