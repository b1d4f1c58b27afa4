import { Body, Controller, HttpStatus, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PutRoute, RequireRoles } from '@suunta/api-core';
import { AuditService } from '../audit/audit.service';
import type { SessionUser, SsoSettingsDto } from '@suunta/shared-domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { cookieBase, setSessionCookie, setXsrfCookie } from '../session/cookies';
import { type AuthenticatedRequest, headerOf } from '../session/session.types';
import { SsoLoginError, SsoLoginService } from './sso-login.service';
import { SsoSettingsService } from './sso-settings.service';
import { SaveSsoProviderDto, SsoStartQuery } from './sso.dto';

/** Binds a started sign-in to the browser; only the SSO paths see it. */
const SSO_COOKIE = 'suunta_sso';
const SSO_COOKIE_PATH = '/api/auth/sso';
/** The browser has this long to come back from the identity provider. */
const SSO_COOKIE_SECONDS = 10 * 60;

function readCookie(req: FastifyRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

@ApiTags('auth')
@Controller('auth/sso')
export class SsoController {
  private readonly logger = new Logger(SsoController.name);

  constructor(
    private readonly sso: SsoLoginService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  @GetRoute('start', {
    access: 'public',
    summary: "Sign in with the organization's identity provider (OpenID Connect)",
    description: 'A browser navigation: redirects to the provider that covers the e-mail’s domain, or back to /login?sso=no_provider.',
  })
  @ApiFoundResponse({ description: 'Redirect to the identity provider' })
  async start(@Query() query: SsoStartQuery, @Req() req: FastifyRequest, @Res() res: FastifyReply): Promise<void> {
    try {
      const { url, browserToken } = await this.sso.start(query.email, query.returnUrl);
      res.setCookie(SSO_COOKIE, browserToken, { ...cookieBase(req), path: SSO_COOKIE_PATH, httpOnly: true, maxAge: SSO_COOKIE_SECONDS, expires: new Date(Date.now() + SSO_COOKIE_SECONDS * 1000) });
      res.redirect(url, 302);
    } catch (error) {
      if (!(error instanceof SsoLoginError)) throw error;
      this.logger.warn(`SSO start refused: ${error.detail}`);
      res.redirect(`/login?sso=${error.reason}`, 302);
    }
  }

  @GetRoute('callback', {
    access: 'public',
    summary: "The identity provider's redirect back (register this URL at the provider)",
    description: 'Signs in and redirects into the app, or to /login?sso=<reason>.',
  })
  @ApiFoundResponse({ description: 'Redirect into the app' })
  async callback(@Query() query: Record<string, string>, @Req() req: AuthenticatedRequest, @Res() res: FastifyReply): Promise<void> {
    const client = { ip: req.ip ?? 'unknown', userAgent: headerOf(req, 'user-agent') ?? null };
    res.clearCookie(SSO_COOKIE, { ...cookieBase(req), path: SSO_COOKIE_PATH, httpOnly: true });
    const flat = Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === 'string'));
    try {
      const result = await this.sso.callback(flat, readCookie(req, SSO_COOKIE), client, req.session?.id);
      setSessionCookie(req, res, result.token);
      setXsrfCookie(req, res, result.csrfToken);
      res.redirect(result.returnUrl, 302);
    } catch (error) {
      if (!(error instanceof SsoLoginError)) throw error;
      this.logger.warn(`SSO sign-in refused (${error.reason}): ${error.detail}`);
      await this.dataSource.transaction((manager) =>
        this.audit.record(
          manager,
          { system: 'anonymous', organizationId: error.organizationId },
          { entityType: 'user', entityId: error.userId, action: 'login_failed', after: { method: 'sso', reason: error.reason, detail: error.detail.slice(0, 500) } },
          { ip: client.ip },
        ),
      );
      res.redirect(`/login?sso=${error.reason}`, 302);
    }
  }

  @GetRoute('logout-url', {
    access: 'authenticated',
    summary: "The identity provider's logout address for this session",
    description: 'For a session made by single sign-on whose provider offers RP-initiated logout; else null. The web app signs out locally first, then may go there.',
    ok: '{ url: string | null }',
  })
  async logoutUrl(@CurrentUser() user: SessionUser, @Req() req: AuthenticatedRequest): Promise<{ url: string | null }> {
    return { url: req.session ? await this.sso.endSessionUrl(user, req.session.id) : null };
  }
}

@ApiTags('admin')
@Controller('admin/sso')
@RequireRoles('admin')
export class SsoSettingsController {
  constructor(private readonly settings: SsoSettingsService) {}

  @GetRoute({ summary: "The organization's single sign-on settings (never the client secret)" })
  get(@CurrentUser() admin: SessionUser): Promise<SsoSettingsDto> {
    return this.settings.get(admin.organizationId);
  }

  @PutRoute({ summary: 'Set up or change single sign-on', description: 'Omit clientSecret to keep the stored one; version is required once settings exist (stale → 409).' })
  save(@CurrentUser() admin: SessionUser, @Body() dto: SaveSsoProviderDto): Promise<SsoSettingsDto> {
    return this.settings.save(admin, dto);
  }

  @DeleteRoute({ status: HttpStatus.NO_CONTENT, ok: 'Single sign-on removed; password sign-in continues' })
  async remove(@CurrentUser() admin: SessionUser): Promise<void> {
    await this.settings.remove(admin);
  }
}
