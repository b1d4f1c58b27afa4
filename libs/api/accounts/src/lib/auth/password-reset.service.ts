import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Environment, publicUrl, RequestValidationException } from '@suunta/api-core';
import { AuditService } from '../audit/audit.service';
import { MailService } from '@suunta/api-mail';
import type { LanguageCode } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../password/password-hasher';
import { passwordProblem } from '../password/password-policy';
import { hashToken, randomToken, SessionService } from '../session/session.service';
import type { ClientInfo } from './auth.service';

/** How long a mailed reset link works. */
export const RESET_VALID_MINUTES = 60;
/** Requests per client address per hour before 429 (it says nothing about any account). */
export const RESET_MAX_PER_ADDRESS_PER_HOUR = 10;
/** Mails per account per hour; further requests are answered the same but send nothing. */
export const RESET_MAX_MAILS_PER_ACCOUNT_PER_HOUR = 3;

interface ResetAccount {
  id: string;
  organization_id: string;
  email: string;
  display_name: string;
  language: LanguageCode;
  organization_name: string;
}

/**
 * "Forgot password": the request always gets the same answer, whatever the address (no
 * enumeration); an active account gets a single-use link valid RESET_VALID_MINUTES (only its
 * SHA-256 is stored) by e-mail, in its language. Setting the new password ends every session.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly env: Environment,
  ) {}

  async request(rawEmail: string, client: ClientInfo): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    const [{ n, retry_after }]: { n: number; retry_after: number | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n, ceil(extract(epoch FROM min(at) + interval '1 hour' - now()))::int AS retry_after
         FROM password_reset_request WHERE ip = $1 AND at > now() - interval '1 hour'`,
      [client.ip],
    );
    if (n >= RESET_MAX_PER_ADDRESS_PER_HOUR) {
      throw new TooManyResetRequestsException(Math.max(1, retry_after ?? 60));
    }
    await this.dataSource.transaction(async (manager) => {
      const [{ recent }]: { recent: number }[] = await manager.query(
        `SELECT count(*)::int AS recent FROM password_reset_request WHERE email = $1 AND at > now() - interval '1 hour'`,
        [email],
      );
      await manager.query(`INSERT INTO password_reset_request (email, ip) VALUES ($1, $2)`, [email, client.ip]);
      if (Math.random() < 0.02) {
        await manager.query(`DELETE FROM password_reset_request WHERE at < now() - interval '1 day'`);
      }
      const [account]: ResetAccount[] = await manager.query(
        `SELECT u.id, u.organization_id, u.email, u.display_name, u.language, o.name AS organization_name
           FROM user_account u JOIN organization o ON o.id = u.organization_id
          WHERE u.email = $1 AND u.status = 'active'
          FOR UPDATE OF u`,
        [email],
      );
      const reason = !account ? 'no_active_account' : recent >= RESET_MAX_MAILS_PER_ACCOUNT_PER_HOUR ? 'throttled' : null;
      if (reason || !account) {
        await this.audit.record(
          manager,
          { system: 'anonymous', organizationId: account?.organization_id ?? null },
          { entityType: 'user', entityId: account?.id ?? null, action: 'password_reset_requested', after: { email, sent: false, reason } },
          { ip: client.ip },
        );
        return;
      }
      const token = randomToken();
      const [[{ expires_at }]] = await manager.query(
        `UPDATE user_account SET reset_token_hash = $2, reset_expires_at = now() + make_interval(mins => $3) WHERE id = $1 RETURNING reset_expires_at AS expires_at`,
        [account.id, hashToken(token), RESET_VALID_MINUTES],
      );
      await this.mail.enqueue(
        {
          kind: 'password_reset',
          to: account.email,
          language: account.language,
          recipientName: account.display_name,
          organizationName: account.organization_name,
          link: `${publicUrl(this.env)}/reset-password?token=${encodeURIComponent(token)}`,
          expiresAt: (expires_at as Date).toISOString(),
        },
        manager,
      );
      await this.audit.record(
        manager,
        { system: 'anonymous', organizationId: account.organization_id },
        { entityType: 'user', entityId: account.id, action: 'password_reset_requested', after: { email, sent: true } },
        { ip: client.ip },
      );
    });
  }

  /** Sets the new password from a reset link (once), and ends all the user's sessions. */
  async reset(token: string, password: string, client: ClientInfo): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [account]: ResetAccount[] = await manager.query(
        `SELECT id, organization_id, email, display_name, language, '' AS organization_name FROM user_account
          WHERE reset_token_hash = $1 AND reset_expires_at > now() AND status = 'active'
          FOR UPDATE`,
        [hashToken(token)],
      );
      if (!account) {
        throw new RequestValidationException([{ field: 'token', message: 'The reset link is invalid, used or expired; ask for a new one' }]);
      }
      const problem = passwordProblem(password, { email: account.email, displayName: account.display_name });
      if (problem) {
        throw new RequestValidationException([{ field: 'password', message: problem }]);
      }
      await manager.query(
        `UPDATE user_account
            SET password_hash = $2, reset_token_hash = NULL, reset_expires_at = NULL,
                password_changed_at = now(), updated_at = now(), version = version + 1
          WHERE id = $1`,
        [account.id, await this.hasher.hash(password)],
      );
      await this.sessions.endAllOf(manager, account.id);
      const actor = { id: account.id, organizationId: account.organization_id, email: account.email, displayName: account.display_name };
      await this.audit.record(manager, actor, { entityType: 'user', entityId: account.id, action: 'password_reset' }, { ip: client.ip });
    });
  }
}

export class TooManyResetRequestsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      { statusCode: HttpStatus.TOO_MANY_REQUESTS, error: 'Too Many Requests', message: `Too many password reset requests from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} min` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
