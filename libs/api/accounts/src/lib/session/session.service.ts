import { Injectable } from '@nestjs/common';
import { Environment } from '@suunta/api-core';
import { PreparedStatement, preparedQuery } from '@suunta/api-database';
import type { AppRole, LanguageCode, SessionUser } from '@suunta/shared-domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** The cookie carries a random token; the table keys the session by its hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** `last_seen_at` is written at most this often, so reads do not each cost a write. */
const TOUCH_AFTER_SECONDS = 60;

export interface ResolvedSession {
  id: string;
  csrfToken: string;
  user: SessionUser;
  /** The organization's data stamp, read in the same statement (`organization_data_stamp`, api-organization). */
  dataStamp: string;
}

interface SessionRow {
  id: string;
  csrf_token: string;
  stale: boolean;
  user_id: string;
  organization_id: string;
  email: string;
  display_name: string;
  roles: AppRole[];
  region_ids: string[];
  language: LanguageCode;
  data_stamp: string;
}

/**
 * The session lookup, on every signed-in request: prepared once per connection (issue 16). Also reads
 * the organization's data stamp, so that a read the cache answers costs this one query.
 */
const RESOLVE_SESSION: PreparedStatement = {
  name: 'suunta_resolve_session',
  text: `SELECT s.id, s.csrf_token, s.last_seen_at < now() - make_interval(secs => $3) AS stale,
              u.id AS user_id, u.organization_id, u.email, u.display_name, u.roles, u.language,
              COALESCE(array_agg(r.region_id::text ORDER BY r.region_id) FILTER (WHERE r.region_id IS NOT NULL), '{}') AS region_ids,
              organization_data_stamp(u.organization_id) AS data_stamp
         FROM user_session s
         JOIN user_account u ON u.id = s.user_id
         LEFT JOIN user_region r ON r.user_id = u.id
        WHERE s.id = $1
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND u.status = 'active'
        GROUP BY s.id, u.id`,
};

/**
 * Opaque server-side sessions (table `user_session`). The lookup also reads the organization's
 * data stamp (api-organization's `organization_data_stamp`), so that a read the cache answers
 * costs this one query. A session ends at logout, after
 * SESSION_IDLE_MINUTES without requests, SESSION_ABSOLUTE_HOURS after sign-in, when the user is
 * disabled, and (other sessions) when the password changes. Roles and regions are read with the
 * session on every request, so an admin's change takes effect at the user's next request.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
  ) {}

  /** Creates a session; returns the cookie token (only its hash is stored) and the CSRF token. */
  async create(manager: EntityManager, userId: string, client: { ip: string | null; userAgent: string | null }): Promise<{ token: string; csrfToken: string }> {
    const token = randomToken();
    const csrfToken = randomToken();
    await manager.query(
      `INSERT INTO user_session (id, user_id, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6)`,
      [hashToken(token), userId, csrfToken, this.env.SESSION_ABSOLUTE_HOURS, client.ip, client.userAgent?.slice(0, 500) ?? null],
    );
    return { token, csrfToken };
  }

  /** The live session of a cookie token, or null when it is unknown, expired, idle too long or its user is not active. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const id = hashToken(token);
    const rows = await preparedQuery<SessionRow>(this.dataSource, RESOLVE_SESSION, [id, this.env.SESSION_IDLE_MINUTES, TOUCH_AFTER_SECONDS]);
    const row = rows[0];
    if (!row) {
      return null;
    }
    if (row.stale) {
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [id]);
    }
    return {
      id: row.id,
      csrfToken: row.csrf_token,
      user: {
        id: row.user_id,
        organizationId: row.organization_id,
        email: row.email,
        displayName: row.display_name,
        roles: row.roles,
        regionIds: row.region_ids,
        language: row.language,
      },
      dataStamp: row.data_stamp,
    };
  }

  async end(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE id = $1`, [sessionId]);
  }

  /** Ends every session of a user, except `keepSessionId` (the one changing its own password). */
  async endAllOf(manager: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND id IS DISTINCT FROM $2`, [userId, keepSessionId ?? null]);
  }

  /** Deletes sessions that can no longer be used; called at each sign-in. */
  async purgeExpired(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`, [
      this.env.SESSION_IDLE_MINUTES,
    ]);
  }
}
