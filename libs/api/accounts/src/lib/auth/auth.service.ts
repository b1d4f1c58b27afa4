import { Injectable } from '@nestjs/common';
import { domainError, RequestValidationException } from '@suunta/api-core';
import { AuditService } from '../audit/audit.service';
import type { SessionUser, UserStatus } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../password/password-hasher';
import { passwordProblem } from '../password/password-policy';
import { hashToken, SessionService } from '../session/session.service';
import { findSessionUser } from '../users/user.queries';
import { AcceptInviteDto, ChangePasswordDto, LoginDto, UpdateOwnAccountDto } from './auth.dto';
import { LoginThrottle, TooManyAttemptsException } from './login-throttle.service';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

interface AccountRow {
  id: string;
  organization_id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  status: UserStatus;
}

/** The one message for every failed sign-in: it does not tell which e-mails exist. */
const WRONG_CREDENTIALS = 'Wrong e-mail or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(dto: LoginDto, client: ClientInfo, previousSessionId?: string): Promise<{ user: SessionUser; token: string; csrfToken: string }> {
    const email = dto.email.trim().toLowerCase();
    const [account]: AccountRow[] = await this.dataSource.query(
      `SELECT id, organization_id, email, display_name, password_hash, status FROM user_account WHERE email = $1`,
      [email],
    );
    try {
      await this.throttle.assertAllowed(email, client.ip);
    } catch (error) {
      if (error instanceof TooManyAttemptsException) {
        await this.recordFailure(email, account, client, 'throttled', false);
      }
      throw error;
    }
    // Verify even when the account is missing or unusable, so the answer takes as long.
    const passwordOk = await this.hasher.verify(account?.password_hash ?? null, dto.password);
    if (!account || !passwordOk || account.status !== 'active') {
      const reason = !account ? 'unknown_email' : !passwordOk ? 'wrong_password' : `account_${account.status}`;
      await this.recordFailure(email, account, client, reason, true);
      throw domainError('invalid_credentials', 401, WRONG_CREDENTIALS);
    }
    const rehash = account.password_hash && this.hasher.needsRehash(account.password_hash) ? await this.hasher.hash(dto.password) : null;
    return this.dataSource.transaction(async (manager) => {
      await this.throttle.recordAttempt(manager, email, client.ip, true);
      if (previousSessionId) {
        await this.sessions.end(manager, previousSessionId); // no session fixation: always a fresh id
      }
      await this.sessions.purgeExpired(manager);
      const session = await this.sessions.create(manager, account.id, client);
      await manager.query(`UPDATE user_account SET last_login_at = now(), password_hash = COALESCE($2, password_hash) WHERE id = $1`, [account.id, rehash]);
      const user = await findSessionUser(manager, account.id);
      await this.audit.record(manager, user, { entityType: 'user', entityId: user.id, action: 'login' }, { ip: client.ip });
      return { user, ...session };
    });
  }

  async logout(user: SessionUser | undefined, sessionId: string | undefined, client: ClientInfo): Promise<void> {
    if (!sessionId || !user) {
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, sessionId);
      await this.audit.record(manager, user, { entityType: 'user', entityId: user.id, action: 'logout' }, { ip: client.ip });
    });
  }

  /** Changes the signed-in user's password and ends their other sessions. */
  async changePassword(user: SessionUser, sessionId: string | undefined, dto: ChangePasswordDto, client: ClientInfo): Promise<void> {
    // Throttled on its own: a wrong current password is not a failed sign-in (five typos here must
    // not lock the user out of signing in), but guessing it through a stolen session is still limited.
    await this.throttle.assertPasswordChangeAllowed(user.id);
    const [row]: { password_hash: string | null }[] = await this.dataSource.query(`SELECT password_hash FROM user_account WHERE id = $1`, [user.id]);
    if (!(await this.hasher.verify(row?.password_hash ?? null, dto.currentPassword))) {
      await this.dataSource.transaction((manager) => this.throttle.recordPasswordChangeAttempt(manager, user.id, false));
      // 400, not 401: the session is fine, a field is wrong (and the web app must not go to the login page).
      throw new RequestValidationException([{ field: 'currentPassword', message: 'The current password is wrong', code: 'wrong_current_password' }]);
    }
    const problem =
      dto.newPassword === dto.currentPassword
        ? 'The new password must differ from the current one'
        : passwordProblem(dto.newPassword, { email: user.email, displayName: user.displayName });
    if (problem) {
      throw new RequestValidationException([{ field: 'newPassword', message: problem, code: 'weak_password' }]);
    }
    const hash = await this.hasher.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE user_account SET password_hash = $2, password_changed_at = now(), updated_at = now(), version = version + 1 WHERE id = $1`, [
        user.id,
        hash,
      ]);
      await this.throttle.recordPasswordChangeAttempt(manager, user.id, true);
      await this.sessions.endAllOf(manager, user.id, sessionId);
      await this.audit.record(manager, user, { entityType: 'user', entityId: user.id, action: 'password_change' }, { ip: client.ip });
    });
  }

  /** The signed-in user's own preferences: the language of their e-mails. */
  async updateOwnAccount(user: SessionUser, dto: UpdateOwnAccountDto, client: ClientInfo): Promise<SessionUser> {
    return this.dataSource.transaction(async (manager) => {
      const [[before]]: [{ language: string }[]] = await manager.query(
        `UPDATE user_account u SET language = $2, updated_at = now(), version = version + 1
           FROM (SELECT language FROM user_account WHERE id = $1 FOR UPDATE) old
          WHERE u.id = $1 RETURNING old.language`,
        [user.id, dto.language],
      );
      await this.audit.record(manager, user, { entityType: 'user', entityId: user.id, action: 'update', before: { language: before.language }, after: { language: dto.language } }, { ip: client.ip });
      return findSessionUser(manager, user.id);
    });
  }

  /** Sets the password from a one-time invitation (or reset) link and activates the account. */
  async acceptInvite(dto: AcceptInviteDto, client: ClientInfo): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [account]: AccountRow[] = await manager.query(
        `SELECT id, organization_id, email, display_name, password_hash, status FROM user_account
          WHERE invite_token_hash = $1 AND invite_expires_at > now() AND status <> 'disabled'
          FOR UPDATE`,
        [hashToken(dto.token)],
      );
      if (!account) {
        throw new RequestValidationException([{ field: 'token', message: 'The invitation link is invalid, used or expired; ask an admin for a new one', code: 'invite_invalid' }]);
      }
      const problem = passwordProblem(dto.password, { email: account.email, displayName: account.display_name });
      if (problem) {
        throw new RequestValidationException([{ field: 'password', message: problem, code: 'weak_password' }]);
      }
      const before = { status: account.status };
      await manager.query(
        `UPDATE user_account
            SET password_hash = $2, status = 'active', invite_token_hash = NULL, invite_expires_at = NULL,
                password_changed_at = now(), updated_at = now(), version = version + 1
          WHERE id = $1`,
        [account.id, await this.hasher.hash(dto.password)],
      );
      await this.sessions.endAllOf(manager, account.id);
      const actor = { id: account.id, organizationId: account.organization_id, email: account.email, displayName: account.display_name };
      await this.audit.record(manager, actor, { entityType: 'user', entityId: account.id, action: 'invite_accepted', before, after: { status: 'active' } }, { ip: client.ip });
    });
  }

  private async recordFailure(email: string, account: AccountRow | undefined, client: ClientInfo, reason: string, countAttempt: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (countAttempt) {
        await this.throttle.recordAttempt(manager, email, client.ip, false);
      }
      await this.audit.record(
        manager,
        { system: 'anonymous', organizationId: account?.organization_id ?? null },
        { entityType: 'user', entityId: account?.id ?? null, action: 'login_failed', after: { email, reason } },
        { ip: client.ip },
      );
    });
  }
}
