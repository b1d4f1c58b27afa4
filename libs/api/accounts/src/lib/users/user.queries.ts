import { pickCamel } from '@suunta/api-core';
import type { AppRole, LanguageCode, SessionUser, UserDto, UserStatus } from '@suunta/shared-domain';
import { EntityManager } from 'typeorm';

interface UserRow {
  id: string;
  organization_id: string;
  email: string;
  display_name: string;
  roles: AppRole[];
  status: UserStatus;
  language: LanguageCode;
  last_login_at: Date | null;
  version: number;
  region_ids: string[];
}

/** One query for users and their regions, whatever their number. */
const SELECT_USERS = `
  SELECT u.id, u.organization_id, u.email, u.display_name, u.roles, u.status, u.language, u.last_login_at, u.version,
         COALESCE(array_agg(r.region_id::text ORDER BY r.region_id) FILTER (WHERE r.region_id IS NOT NULL), '{}') AS region_ids
    FROM user_account u
    LEFT JOIN user_region r ON r.user_id = u.id`;

export async function findUsers(manager: EntityManager, organizationId: string, userId?: string): Promise<UserDto[]> {
  const rows: UserRow[] = await manager.query(
    `${SELECT_USERS}
      WHERE u.organization_id = $1 AND ($2::uuid IS NULL OR u.id = $2::uuid)
      GROUP BY u.id
      ORDER BY lower(u.display_name), u.email`,
    [organizationId, userId ?? null],
  );
  return rows.map(toUserDto);
}

export async function findUser(manager: EntityManager, organizationId: string, userId: string): Promise<UserDto | undefined> {
  return (await findUsers(manager, organizationId, userId))[0];
}

export async function findSessionUser(manager: EntityManager, userId: string): Promise<SessionUser> {
  const rows: UserRow[] = await manager.query(`${SELECT_USERS} WHERE u.id = $1 GROUP BY u.id`, [userId]);
  const row = rows[0];
  return pickCamel(row, ['id', 'organization_id', 'email', 'display_name', 'roles', 'region_ids', 'language']);
}

function toUserDto(row: UserRow): UserDto {
  return {
    ...pickCamel(row, ['id', 'email', 'display_name', 'roles', 'region_ids', 'status', 'language']),
    lastLoginAt: row.last_login_at ? row.last_login_at.toISOString() : null,
    version: row.version,
  };
}
