import { Injectable } from '@nestjs/common';
import { conflict, Environment, notFound, publicUrl, RequestValidationException, versionConflict } from '@suunta/api-core';
import { AuditService } from '../audit/audit.service';
import { MailService } from '@suunta/api-mail';
import type { InviteDto, SessionUser, UserDto } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { hashToken, randomToken, SessionService } from '../session/session.service';
import { findUser, findUsers } from './user.queries';
import { CreateUserDto, UpdateUserDto } from './users.dto';

/** Who invites: a signed-in admin, or a system actor such as the `org` command line. */
export type InvitingActor = SessionUser | { system: string; organizationId: string };

/** How long a one-time invitation (or reset) link is valid. */
export const INVITE_VALID_DAYS = 7;

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly env: Environment,
  ) {}

  list(admin: SessionUser): Promise<UserDto[]> {
    return findUsers(this.dataSource.manager, admin.organizationId);
  }

  /**
   * Creates the account (no password yet) and a one-time invitation link; the admin passes it on.
   * Also the path of `npm run org -- create-admin`, so anything that should follow every
   * invitation (sending it by e-mail) belongs here.
   */
  async invite(admin: InvitingActor, dto: CreateUserDto): Promise<InviteDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertRegionsOf(manager, admin.organizationId, dto.regionIds);
      const exists = await manager.query(`SELECT 1 FROM user_account WHERE email = $1`, [dto.email]);
      if (exists.length > 0) {
        throw new RequestValidationException([{ field: 'email', message: 'An account with this e-mail already exists', code: 'email_taken' }]);
      }
      const [{ id }] = await manager.query(
        `INSERT INTO user_account (organization_id, email, display_name, roles, status, language) VALUES ($1, $2, $3, $4, 'invited', $5) RETURNING id`,
        [admin.organizationId, dto.email, dto.displayName, dto.roles, dto.language ?? 'fi'],
      );
      await this.setRegions(manager, id, dto.regionIds);
      const invite = await this.issueInvite(manager, admin.organizationId, id);
      await this.audit.record(manager, admin, { entityType: 'user', entityId: id, action: 'create', before: null, after: invite.user });
      return invite;
    });
  }

  /** A new one-time link for an existing account (first sign-in, or a forgotten password). */
  async reissueInvite(admin: SessionUser, userId: string): Promise<InviteDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.require(manager, admin.organizationId, userId);
      if (user.status === 'disabled') {
        throw conflict('account_disabled', 'The account is disabled; enable it first');
      }
      const invite = await this.issueInvite(manager, admin.organizationId, userId);
      await this.audit.record(manager, admin, { entityType: 'user', entityId: userId, action: 'invite', after: { expiresAt: invite.expiresAt } });
      return invite;
    });
  }

  async update(admin: SessionUser, userId: string, dto: UpdateUserDto): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      // Lock the organization's admins so two admins cannot demote each other at once.
      await manager.query(`SELECT id FROM user_account WHERE organization_id = $1 AND 'admin' = ANY(roles) FOR UPDATE`, [admin.organizationId]);
      const before = await this.require(manager, admin.organizationId, userId);
      if (dto.regionIds) {
        await this.assertRegionsOf(manager, admin.organizationId, dto.regionIds);
      }
      const status = dto.active === undefined ? before.status : dto.active ? (before.status === 'disabled' ? 'active' : before.status) : 'disabled';
      const roles = dto.roles ?? before.roles;
      // Only admins who can sign in count: an invited admin who never accepted cannot rescue the organization.
      if (before.roles.includes('admin') && before.status === 'active' && (!roles.includes('admin') || status === 'disabled')) {
        const [{ n }] = await manager.query(
          `SELECT count(*)::int AS n FROM user_account WHERE organization_id = $1 AND 'admin' = ANY(roles) AND status = 'active' AND id <> $2`,
          [admin.organizationId, userId],
        );
        if (n === 0) {
          throw conflict('last_admin', 'This is the last admin of the organization who can sign in: make someone else admin first');
        }
      }
      const result = await manager.query(
        `UPDATE user_account SET display_name = $3, roles = $4, status = $5, language = $6, updated_at = now(), version = version + 1
          WHERE id = $1 AND version = $2`,
        [userId, dto.version, dto.displayName ?? before.displayName, roles, status, dto.language ?? before.language],
      );
      if (result[1] !== 1) {
        throw versionConflict(`User ${userId} was changed by someone else (your version ${dto.version} is out of date); reload and try again`, { version: dto.version });
      }
      if (dto.regionIds) {
        await this.setRegions(manager, userId, dto.regionIds);
      }
      if (status === 'disabled') {
        await this.sessions.endAllOf(manager, userId);
      }
      const after = (await findUser(manager, admin.organizationId, userId)) as UserDto;
      await this.audit.record(manager, admin, { entityType: 'user', entityId: userId, action: 'update', before, after });
      return after;
    });
  }

  private async require(manager: EntityManager, organizationId: string, userId: string): Promise<UserDto> {
    const user = await findUser(manager, organizationId, userId);
    if (!user) {
      throw notFound('user_not_found', `User ${userId} not found`, { id: userId });
    }
    return user;
  }

  private async issueInvite(manager: EntityManager, organizationId: string, userId: string): Promise<InviteDto> {
    const token = randomToken();
    const [[{ expires_at }]] = await manager.query(
      `UPDATE user_account SET invite_token_hash = $2, invite_expires_at = now() + make_interval(days => $3) WHERE id = $1 RETURNING invite_expires_at AS expires_at`,
      [userId, hashToken(token), INVITE_VALID_DAYS],
    );
    const user = (await findUser(manager, organizationId, userId)) as UserDto;
    const path = `/accept-invite?token=${encodeURIComponent(token)}`;
    const expiresAt = (expires_at as Date).toISOString();
    const [{ name: organizationName }]: { name: string }[] = await manager.query(`SELECT name FROM organization WHERE id = $1`, [organizationId]);
    await this.mail.enqueue(
      { kind: 'invitation', to: user.email, language: user.language, recipientName: user.displayName, organizationName, link: `${publicUrl(this.env)}${path}`, expiresAt },
      manager,
    );
    return { user, token, path, expiresAt, mailQueued: true };
  }

  /** Every region id must be one of the admin's organization's (tenancy). */
  private async assertRegionsOf(manager: EntityManager, organizationId: string, regionIds: string[]): Promise<void> {
    if (regionIds.length === 0) return;
    const rows: { id: string }[] = await manager.query(`SELECT id FROM region WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, regionIds]);
    if (rows.length !== regionIds.length) {
      throw new RequestValidationException([{ field: 'regionIds', message: 'Unknown region', code: 'unknown_region' }]);
    }
  }

  private async setRegions(manager: EntityManager, userId: string, regionIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM user_region WHERE user_id = $1`, [userId]);
    if (regionIds.length > 0) {
      await manager.query(`INSERT INTO user_region (user_id, region_id, organization_id) SELECT u.id, unnest($2::uuid[]), u.organization_id FROM user_account u WHERE u.id = $1`, [userId, regionIds]);
    }
  }
}
