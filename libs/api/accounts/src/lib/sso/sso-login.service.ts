import { Injectable, Logger } from '@nestjs/common';
import { Environment, publicUrl } from '@suunta/api-core';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '@suunta/shared-domain';
// openid-client is an ES module: Node ≥ 20.19 loads it with require(); jest transforms it.
import * as oidc from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import type { ClientInfo } from '../auth/auth.service';
import { hashToken, randomToken, SessionService } from '../session/session.service';
import { findSessionUser } from '../users/user.queries';
import { SsoProviderRow, SsoSettingsService } from './sso-settings.service';

/** A started sign-in is finished within this time, or it is refused. */
const LOGIN_VALID_MINUTES = 10;

/** Why a single sign-on failed: the web app's login page words it (`?sso=<reason>`). */
export type SsoFailure = 'no_provider' | 'failed' | 'unverified_email' | 'no_account' | 'disabled';

export class SsoLoginError extends Error {
  constructor(
    readonly reason: SsoFailure,
    readonly detail: string,
    readonly organizationId: string | null = null,
    readonly userId: string | null = null,
  ) {
    super(detail);
  }
}

interface LoginRow {
  organization_id: string;
  nonce: string;
  code_verifier: string;
  return_url: string | null;
}

interface AccountRow {
  id: string;
  status: 'invited' | 'active' | 'disabled';
}

/**
 * OpenID Connect sign-in (authorization code + PKCE, with state and nonce) with the
 * organization's identity provider. The provider authenticates; Suunta still authorises (roles
 * and regions stay on the account). Users are matched by a VERIFIED e-mail within the provider's
 * organization and domains; unknown users are created (viewer) only when just-in-time is on.
 * The started sign-in is stored in `sso_login` (any API process can finish it) and bound to the
 * browser by the `suunta_sso` cookie.
 */
@Injectable()
export class SsoLoginService {
  private readonly logger = new Logger(SsoLoginService.name);
  private readonly configurations = new Map<string, Promise<oidc.Configuration>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SsoSettingsService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly env: Environment,
  ) {}

  /** The provider's authorization URL for this e-mail, and the browser-binding value for the cookie. */
  async start(email: string, returnUrl: string | undefined): Promise<{ url: string; browserToken: string }> {
    const provider = await this.settings.findForEmail(email);
    if (!provider) {
      throw new SsoLoginError('no_provider', `No single sign-on for the domain of ${email}`);
    }
    const config = await this.configuration(provider);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const browserToken = randomToken();
    await this.dataSource.query(`DELETE FROM sso_login WHERE expires_at < now()`);
    await this.dataSource.query(
      `INSERT INTO sso_login (state_hash, browser_hash, organization_id, nonce, code_verifier, return_url, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(mins => $7))`,
      [hashToken(state), hashToken(browserToken), provider.organization_id, nonce, codeVerifier, safeReturnPath(returnUrl), LOGIN_VALID_MINUTES],
    );
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri(),
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      login_hint: email,
    });
    return { url: url.href, browserToken };
  }

  /**
   * Finishes the sign-in from the provider's redirect: checks state (single use, same browser),
   * exchanges the code with the PKCE verifier, validates the ID token (issuer, audience,
   * signature, expiry, nonce), then creates a session exactly as a password sign-in does.
   */
  async callback(
    query: Record<string, string | undefined>,
    browserToken: string | undefined,
    client: ClientInfo,
    previousSessionId?: string,
  ): Promise<{ user: SessionUser; token: string; csrfToken: string; returnUrl: string }> {
    const state = query['state'];
    if (!state || !browserToken) {
      throw new SsoLoginError('failed', 'The sign-in was not started in this browser (no state or no suunta_sso cookie)');
    }
    // DELETE … RETURNING answers [rows, count] through TypeORM.
    const [[login]]: [LoginRow[], number] = await this.dataSource.query(
      `DELETE FROM sso_login WHERE state_hash = $1 AND browser_hash = $2 AND expires_at > now() RETURNING organization_id, nonce, code_verifier, return_url`,
      [hashToken(state), hashToken(browserToken)],
    );
    if (!login) {
      throw new SsoLoginError('failed', 'Unknown, used or expired sign-in state');
    }
    const provider = await this.settings.find(login.organization_id);
    if (!provider?.enabled) {
      throw new SsoLoginError('no_provider', 'Single sign-on was turned off meanwhile', login.organization_id);
    }
    const config = await this.configuration(provider);
    const currentUrl = new URL(this.settings.redirectUri());
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) currentUrl.searchParams.set(key, value);
    }
    let claims: Record<string, unknown>;
    let idToken: string | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: login.code_verifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) {
        throw new Error('no ID token');
      }
      idToken = tokens.id_token;
      claims = { ...idClaims };
      if (claims['email'] === undefined || claims['email_verified'] === undefined) {
        // Providers that follow the spec strictly put scope claims in userinfo only.
        const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        claims = { ...info, ...claims, email: claims['email'] ?? info.email, email_verified: claims['email_verified'] ?? info.email_verified };
      }
    } catch (error) {
      throw new SsoLoginError('failed', `The identity provider's answer was refused: ${describeError(error)}`, login.organization_id);
    }
    const email = typeof claims['email'] === 'string' ? claims['email'].trim().toLowerCase() : '';
    if (!email || claims['email_verified'] !== true) {
      throw new SsoLoginError('unverified_email', `The identity provider did not confirm the e-mail ${email || '(none)'} as verified`, login.organization_id);
    }
    const domain = email.split('@').pop() ?? '';
    if (!provider.email_domains.includes(domain)) {
      throw new SsoLoginError('no_account', `${email} is not in the provider's domains (${provider.email_domains.join(', ')})`, login.organization_id);
    }
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.findOrCreateUser(manager, provider, email, typeof claims['name'] === 'string' ? claims['name'] : null);
      if (previousSessionId) {
        await this.sessions.end(manager, previousSessionId); // a fresh session id at every sign-in
      }
      await this.sessions.purgeExpired(manager);
      const session = await this.sessions.create(manager, userId, client);
      await manager.query(`UPDATE user_session SET sso_id_token = $2 WHERE id = $1`, [hashToken(session.token), idToken ?? null]);
      await manager.query(`UPDATE user_account SET last_login_at = now() WHERE id = $1`, [userId]);
      const user = await findSessionUser(manager, userId);
      await this.audit.record(manager, user, { entityType: 'user', entityId: user.id, action: 'login', after: { method: 'sso', issuer: provider.issuer } }, { ip: client.ip });
      return { user, ...session, returnUrl: login.return_url ?? '/' };
    });
  }

  /** The provider's logout URL for a session made by single sign-on (null otherwise, or when the provider has none). */
  async endSessionUrl(user: SessionUser, sessionId: string): Promise<string | null> {
    const [row]: { sso_id_token: string | null }[] = await this.dataSource.query(`SELECT sso_id_token FROM user_session WHERE id = $1`, [sessionId]);
    if (!row?.sso_id_token) return null;
    const provider = await this.settings.find(user.organizationId);
    if (!provider) return null;
    try {
      const config = await this.configuration(provider);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, { id_token_hint: row.sso_id_token, post_logout_redirect_uri: `${publicUrl(this.env)}/login` }).href;
    } catch (error) {
      this.logger.warn(`No provider logout: ${(error as Error).message}`);
      return null;
    }
  }

  private async findOrCreateUser(manager: EntityManager, provider: SsoProviderRow, email: string, name: string | null): Promise<string> {
    const [account]: AccountRow[] = await manager.query(`SELECT id, status FROM user_account WHERE email = $1 AND organization_id = $2 FOR UPDATE`, [
      email,
      provider.organization_id,
    ]);
    if (account?.status === 'disabled') {
      throw new SsoLoginError('disabled', `The account ${email} is disabled`, provider.organization_id, account.id);
    }
    if (account) {
      if (account.status === 'invited') {
        // The organization's provider vouches for the address: the invitation is accepted by signing in.
        await manager.query(
          `UPDATE user_account SET status = 'active', invite_token_hash = NULL, invite_expires_at = NULL, updated_at = now(), version = version + 1 WHERE id = $1`,
          [account.id],
        );
        await this.audit.record(manager, { system: 'sso', organizationId: provider.organization_id }, { entityType: 'user', entityId: account.id, action: 'invite_accepted', before: { status: 'invited' }, after: { status: 'active', method: 'sso' } });
      }
      return account.id;
    }
    const elsewhere = await manager.query(`SELECT 1 FROM user_account WHERE email = $1`, [email]);
    if (!provider.just_in_time || elsewhere.length > 0) {
      throw new SsoLoginError('no_account', `No account for ${email} in this organization${provider.just_in_time ? ' (the address belongs to another organization)' : ' (just-in-time creation is off)'}`, provider.organization_id);
    }
    const [{ id }] = await manager.query(
      `INSERT INTO user_account (organization_id, email, display_name, roles, status) VALUES ($1, $2, $3, '{viewer}', 'active') RETURNING id`,
      [provider.organization_id, email, (name ?? '').trim().slice(0, 200) || email],
    );
    await this.audit.record(manager, { system: 'sso', organizationId: provider.organization_id }, { entityType: 'user', entityId: id, action: 'create', before: null, after: { email, roles: ['viewer'], method: 'sso_just_in_time' } });
    return id;
  }

  private configuration(provider: SsoProviderRow): Promise<oidc.Configuration> {
    const key = `${provider.organization_id}:${provider.version}`;
    let config = this.configurations.get(key);
    if (!config) {
      const issuer = new URL(provider.issuer);
      // Plain http only for an identity provider on this machine (trials and tests).
      const insecure = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
      config = oidc.discovery(issuer, provider.client_id, provider.client_secret, undefined, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
      config.catch(() => this.configurations.delete(key));
      this.configurations.set(key, config);
    }
    return config.catch((error: Error) => {
      throw new SsoLoginError('failed', `The identity provider ${provider.issuer} could not be reached: ${error.message}`, provider.organization_id);
    });
  }
}

/** The messages of an error and its causes, with the claim that failed a check (openid-client wraps oauth4webapi's errors). */
function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { message, claim, cause } = current as { message?: unknown; claim?: unknown; cause?: unknown };
    if (typeof message === 'string' && !parts.includes(message)) parts.push(message);
    if (typeof claim === 'string') parts.push(`(claim ${claim})`);
    current = cause;
  }
  return parts.join(': ') || String(error);
}

/** Only a path of this app (no scheme, no other host), never back to the login page. */
export function safeReturnPath(value: string | undefined): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') && !value.startsWith('/login') ? value : null;
}
