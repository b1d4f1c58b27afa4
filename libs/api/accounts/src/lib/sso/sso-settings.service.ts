import { ConflictException, Injectable } from '@nestjs/common';
import { Environment, publicUrl, RequestValidationException } from '@suunta/api-core';
import { AuditService } from '../audit/audit.service';
import type { SessionUser, SsoProviderDto, SsoSettingsDto, SsoStatus } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import { SaveSsoProviderDto } from './sso.dto';

export interface SsoProviderRow {
  organization_id: string;
  enabled: boolean;
  issuer: string;
  client_id: string;
  client_secret: string;
  email_domains: string[];
  just_in_time: boolean;
  version: number;
}

/** The callback path registered at the identity provider (after PUBLIC_URL). */
export const SSO_CALLBACK_PATH = '/api/auth/sso/callback';

/**
 * The organization's OpenID Connect provider (table `sso_provider`, one per organization), and
 * which e-mail domains it covers (table `sso_domain`: a domain belongs to one organization).
 * The client secret is write-only: no answer of the API carries it.
 */
@Injectable()
export class SsoSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly env: Environment,
  ) {}

  redirectUri(): string {
    return `${publicUrl(this.env)}${SSO_CALLBACK_PATH}`;
  }

  async get(organizationId: string): Promise<SsoSettingsDto> {
    const row = await this.find(organizationId);
    return { provider: row ? toDto(row) : null, redirectUri: this.redirectUri() };
  }

  async status(organizationId: string): Promise<SsoStatus> {
    const row = await this.find(organizationId);
    return { enabled: !!row?.enabled, issuer: row?.issuer ?? null, domains: row?.email_domains ?? [], justInTime: !!row?.just_in_time };
  }

  find(organizationId: string): Promise<SsoProviderRow | undefined> {
    return this.dataSource.query(`SELECT * FROM sso_provider WHERE organization_id = $1`, [organizationId]).then((rows: SsoProviderRow[]) => rows[0]);
  }

  /** The enabled provider covering an e-mail's domain, if any. */
  async findForEmail(email: string): Promise<SsoProviderRow | undefined> {
    const domain = email.trim().toLowerCase().split('@').pop() ?? '';
    const rows: SsoProviderRow[] = await this.dataSource.query(
      `SELECT p.* FROM sso_domain d JOIN sso_provider p ON p.organization_id = d.organization_id WHERE d.domain = $1 AND p.enabled`,
      [domain],
    );
    return rows[0];
  }

  async save(admin: SessionUser, dto: SaveSsoProviderDto): Promise<SsoSettingsDto> {
    const domains = [...new Set(dto.emailDomains.map((d) => d.trim().toLowerCase()))].sort();
    await this.dataSource.transaction(async (manager) => {
      const [before]: SsoProviderRow[] = await manager.query(`SELECT * FROM sso_provider WHERE organization_id = $1 FOR UPDATE`, [admin.organizationId]);
      if (before && dto.version !== before.version) {
        throw new ConflictException(`The single sign-on settings were changed by someone else (your version ${dto.version ?? 'none'} is out of date); reload and try again`);
      }
      const secret = dto.clientSecret ?? before?.client_secret;
      if (!secret) {
        throw new RequestValidationException([{ field: 'clientSecret', message: 'clientSecret is required the first time' }]);
      }
      const taken: { domain: string }[] = await manager.query(`SELECT domain FROM sso_domain WHERE domain = ANY($1) AND organization_id <> $2`, [domains, admin.organizationId]);
      if (taken.length > 0) {
        throw new RequestValidationException([{ field: 'emailDomains', message: `Another organization signs in with ${taken.map((t) => t.domain).join(', ')}` }]);
      }
      await manager.query(
        `INSERT INTO sso_provider (organization_id, enabled, issuer, client_id, client_secret, email_domains, just_in_time)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organization_id) DO UPDATE
           SET enabled = $2, issuer = $3, client_id = $4, client_secret = $5, email_domains = $6, just_in_time = $7,
               version = sso_provider.version + 1, updated_at = now()`,
        [admin.organizationId, dto.enabled, dto.issuer.replace(/\/+$/, ''), dto.clientId, secret, domains, dto.justInTime],
      );
      await manager.query(`DELETE FROM sso_domain WHERE organization_id = $1`, [admin.organizationId]);
      await manager.query(`INSERT INTO sso_domain (domain, organization_id) SELECT unnest($1::text[]), $2`, [domains, admin.organizationId]);
      const [after]: SsoProviderRow[] = await manager.query(`SELECT * FROM sso_provider WHERE organization_id = $1`, [admin.organizationId]);
      await this.audit.record(manager, admin, {
        entityType: 'sso_provider',
        entityId: admin.organizationId,
        action: before ? 'update' : 'create',
        before: before ? withoutSecret(before) : null,
        after: { ...withoutSecret(after), clientSecretChanged: dto.clientSecret !== undefined },
      });
    });
    return this.get(admin.organizationId);
  }

  async remove(admin: SessionUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [[before]]: [SsoProviderRow[], number] = await manager.query(`DELETE FROM sso_provider WHERE organization_id = $1 RETURNING *`, [admin.organizationId]);
      if (before) {
        await this.audit.record(manager, admin, { entityType: 'sso_provider', entityId: admin.organizationId, action: 'delete', before: withoutSecret(before), after: null });
      }
    });
  }
}

function toDto(row: SsoProviderRow): SsoProviderDto {
  return {
    enabled: row.enabled,
    issuer: row.issuer,
    clientId: row.client_id,
    hasClientSecret: !!row.client_secret,
    emailDomains: row.email_domains,
    justInTime: row.just_in_time,
    version: row.version,
  };
}

function withoutSecret(row: SsoProviderRow): Omit<SsoProviderDto, 'hasClientSecret'> {
  const { hasClientSecret: _omit, ...rest } = toDto(row);
  return rest;
}
