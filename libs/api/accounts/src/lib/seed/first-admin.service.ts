import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '@suunta/api-core';
import { AuditService } from '../audit/audit.service';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../password/password-hasher';
import { passwordProblem } from '../password/password-policy';

export const DEFAULT_FIRST_ADMIN_EMAIL = 'admin@suunta.local';

export type FirstAdminOutcome =
  | { kind: 'exists' }
  | { kind: 'no-organization' }
  | { kind: 'created'; email: string; generatedPassword?: string };

/**
 * A fresh database must not be unusable: when it has no active admin, the start creates one —
 * ADMIN_EMAIL / ADMIN_PASSWORD from the environment, or a random password printed once to the
 * log (change it at first sign-in). Does nothing when any active admin exists.
 */
@Injectable()
export class FirstAdminService {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async ensureAdmin(): Promise<FirstAdminOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // Two instances starting at once must not both create one.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('suunta:first-admin'))`);
      const admins = await manager.query(`SELECT 1 FROM user_account WHERE 'admin' = ANY(roles) AND status = 'active' LIMIT 1`);
      if (admins.length > 0) {
        return { kind: 'exists' } as const;
      }
      const [org]: { id: string }[] = await manager.query(`SELECT id FROM organization ORDER BY created_at, code LIMIT 1`);
      if (!org) {
        this.logger.warn('No organization in the database yet, so no admin could be created: start once with SEED_DATA=true (or run `seed`).');
        return { kind: 'no-organization' } as const;
      }
      const email = (this.env.ADMIN_EMAIL ?? DEFAULT_FIRST_ADMIN_EMAIL).toLowerCase();
      const generated = this.env.ADMIN_PASSWORD ? undefined : randomBytes(15).toString('base64url');
      const password = this.env.ADMIN_PASSWORD ?? (generated as string);
      const problem = passwordProblem(password, { email });
      if (problem) {
        throw new Error(`ADMIN_PASSWORD is not acceptable: ${problem}`);
      }
      const hash = await this.hasher.hash(password);
      const [[row]] = await manager.query(
        `UPDATE user_account SET roles = array_append(array_remove(roles, 'admin'), 'admin'), status = 'active', password_hash = $2,
                password_changed_at = now(), version = version + 1
          WHERE email = $1 RETURNING id`,
        [email, hash],
      );
      const id: string =
        row?.id ??
        (
          await manager.query(
            `INSERT INTO user_account (organization_id, email, display_name, password_hash, roles, status, password_changed_at)
             VALUES ($1, $2, 'Admin', $3, '{admin}', 'active', now()) RETURNING id`,
            [org.id, email, hash],
          )
        )[0].id;
      await this.audit.record(manager, { system: 'first admin', organizationId: org.id }, {
        entityType: 'user',
        entityId: id,
        action: row ? 'update' : 'create',
        after: { email, roles: ['admin'], passwordFrom: generated ? 'generated' : 'ADMIN_PASSWORD' },
      });
      if (generated) {
        this.logger.warn(
          `No admin existed, so one was created. Sign in as ${email} with the one-time password: ${generated}  — ` +
            'it is shown only now; change it after signing in (Settings → Change password).',
        );
      } else {
        this.logger.log(`No admin existed; created ${email} with the password from ADMIN_PASSWORD.`);
      }
      return { kind: 'created', email, generatedPassword: generated } as const;
    });
  }
}
