import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Environment } from '@suunta/api-core';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Persistent sign-in rate limit (table `login_attempt`, so it survives restarts and holds across
 * API instances). Two sliding windows of LOGIN_WINDOW_MINUTES:
 * - per account: LOGIN_MAX_FAILURES_PER_ACCOUNT failures since the account's last success;
 * - per client address: LOGIN_MAX_FAILURES_PER_ADDRESS failures, whatever the account (a success
 *   does not reset it, or an attacker could reset it with an account of their own).
 * Over either limit the sign-in is refused with 429 and Retry-After, without checking the password.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [row]: { account_failures: number; address_failures: number; retry_after: number | null }[] = await this.dataSource.query(
      `WITH w AS (SELECT now() - make_interval(mins => $3) AS since)
       SELECT
         (SELECT count(*)::int FROM login_attempt a, w
           WHERE a.email = $1 AND NOT a.succeeded AND a.at > w.since
             AND a.at > COALESCE((SELECT max(at) FROM login_attempt WHERE email = $1 AND succeeded), '-infinity')) AS account_failures,
         (SELECT count(*)::int FROM login_attempt a, w WHERE a.ip = $2 AND NOT a.succeeded AND a.at > w.since) AS address_failures,
         (SELECT ceil(extract(epoch FROM min(a.at) + make_interval(mins => $3) - now()))::int
            FROM login_attempt a, w WHERE (a.email = $1 OR a.ip = $2) AND NOT a.succeeded AND a.at > w.since) AS retry_after`,
      [email, ip, this.env.LOGIN_WINDOW_MINUTES],
    );
    if (row.account_failures >= this.env.LOGIN_MAX_FAILURES_PER_ACCOUNT || row.address_failures >= this.env.LOGIN_MAX_FAILURES_PER_ADDRESS) {
      throw new TooManyAttemptsException(Math.max(1, row.retry_after ?? 60));
    }
  }

  /**
   * Wrong *current* passwords at `POST /api/auth/password` are counted apart from sign-ins (a
   * typo there must not lock the user out of signing in): under the key `password-change:<id>`
   * and a pseudo-address no sign-in uses. LOGIN_MAX_FAILURES_PER_ACCOUNT of them since the last
   * success within the window → 429 with Retry-After.
   */
  async assertPasswordChangeAllowed(userId: string): Promise<void> {
    const key = passwordChangeKey(userId);
    const [row]: { failures: number; retry_after: number | null }[] = await this.dataSource.query(
      `WITH w AS (SELECT now() - make_interval(mins => $2) AS since)
       SELECT count(*)::int AS failures,
              ceil(extract(epoch FROM min(a.at) + make_interval(mins => $2) - now()))::int AS retry_after
         FROM login_attempt a, w
        WHERE a.email = $1 AND NOT a.succeeded AND a.at > w.since
          AND a.at > COALESCE((SELECT max(at) FROM login_attempt WHERE email = $1 AND succeeded), '-infinity')`,
      [key, this.env.LOGIN_WINDOW_MINUTES],
    );
    if (row.failures >= this.env.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      throw new TooManyAttemptsException(Math.max(1, row.retry_after ?? 60), 'password_change');
    }
  }

  async recordPasswordChangeAttempt(manager: EntityManager, userId: string, succeeded: boolean): Promise<void> {
    await manager.query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)`, [passwordChangeKey(userId), PASSWORD_CHANGE_ADDRESS, succeeded]);
  }

  async recordAttempt(manager: EntityManager, email: string, ip: string, succeeded: boolean): Promise<void> {
    await manager.query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)`, [email, ip, succeeded]);
    if (Math.random() < 0.01) {
      // Occasional housekeeping: attempts older than a day no longer count for anything.
      await manager.query(`DELETE FROM login_attempt WHERE at < now() - interval '1 day'`);
    }
  }
}

/** Not an IP address, so the per-address sign-in window never counts password-change failures. */
const PASSWORD_CHANGE_ADDRESS = 'password-change';
const passwordChangeKey = (userId: string) => `password-change:${userId}`;

export class TooManyAttemptsException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    kind: 'sign_in' | 'password_change' = 'sign_in',
  ) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        code: kind === 'sign_in' ? 'too_many_sign_in_attempts' : 'too_many_password_attempts',
        message: kind === 'sign_in' ? `Too many failed sign-ins; try again in ${minutes} min` : `Too many wrong current passwords; try again in ${minutes} min`,
        params: { minutes },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
