import { CanActivate, ExecutionContext, Injectable, InternalServerErrorException, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_METADATA, AccessRule, domainError } from '@suunta/api-core';
import { DataRevisionService } from '@suunta/api-organization';
import { SESSION_COOKIE_NAME, XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '@suunta/shared-domain';
import type { FastifyReply } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { setXsrfCookie } from '../session/cookies';
import { randomToken, SessionService } from '../session/session.service';
import { type AuthenticatedRequest, headerOf } from '../session/session.types';
import { RefusalRecorder } from './refusal-recorder.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard (APP_GUARD): every route passes through it.
 *
 * 1. The route must declare `@Public()`, `@Authenticated()` or `@RequireRoles(...)` (on the
 *    handler or its controller). A route that declares nothing answers **500** and logs the
 *    route: it is a programming error, never a permission decision, and the route-enumeration
 *    integration test fails before such a route can ship.
 * 2. The session cookie is resolved to `req.user` (idle and absolute timeouts enforced). For a
 *    read-only request, the organization's data stamp read with it is kept for the request's user
 *    (`DataRevisionService.rememberForRequest`), so cached answers need no query of their own.
 * 3. Every mutating request (not GET/HEAD/OPTIONS), public ones included, must carry the
 *    `X-XSRF-TOKEN` header equal to the session's CSRF token (or, without a session, to the
 *    `XSRF-TOKEN` cookie: double submit, which covers the login form). Refused with 403.
 * 4. The rule: public passes; authenticated needs a session (401); roles need a session (401)
 *    and one of the roles (403). Refusals (403) are written to the audit trail.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly refusals: RefusalRecorder,
    private readonly dataRevision: DataRevisionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    const http = context.switchToHttp();
    const req = http.getRequest<AuthenticatedRequest>();
    const res = http.getResponse<FastifyReply>();
    if (!rule) {
      this.logger.error(
        `${req.method} ${req.originalUrl} (${context.getClass().name}.${context.getHandler().name}) declares no access rule: add @Public(), @Authenticated() or @RequireRoles(...)`,
      );
      throw new InternalServerErrorException();
    }

    await this.attachSession(req, res);

    if (!SAFE_METHODS.has(req.method) && !this.csrfTokenMatches(req)) {
      await this.refusals.record(req, 'csrf');
      throw domainError('csrf_invalid', 403, `Missing or invalid CSRF token: send the ${XSRF_COOKIE_NAME} cookie's value in the ${XSRF_HEADER_NAME} header`);
    }

    if (rule.kind === 'public') {
      return true;
    }
    if (!req.user) {
      throw domainError('unauthenticated', 401, 'Sign in first');
    }
    if (rule.kind === 'authenticated' || req.user.roles.some((role) => rule.roles.includes(role))) {
      return true;
    }
    await this.refusals.record(req, `requires one of: ${rule.roles.join(', ')}`);
    throw domainError('role_forbidden', 403, 'Your role does not allow this');
  }

  private async attachSession(req: AuthenticatedRequest, res: FastifyReply): Promise<void> {
    const token = req.cookies?.[SESSION_COOKIE_NAME] as unknown;
    const session = typeof token === 'string' && token.length > 0 && token.length < 200 ? await this.sessions.resolve(token) : null;
    const xsrfCookie = req.cookies?.[XSRF_COOKIE_NAME] as unknown;
    if (session) {
      req.user = session.user;
      req.session = { id: session.id, csrfToken: session.csrfToken };
      if (SAFE_METHODS.has(req.method)) {
        this.dataRevision.rememberForRequest(session.user, session.dataStamp);
      }
      if (xsrfCookie !== session.csrfToken) {
        setXsrfCookie(req, res, session.csrfToken);
      }
    } else if (typeof xsrfCookie !== 'string' || xsrfCookie.length === 0) {
      // First contact: give the web app a token to echo, so even the login POST is CSRF-checked.
      setXsrfCookie(req, res, randomToken());
    }
  }

  private csrfTokenMatches(req: AuthenticatedRequest): boolean {
    const header = headerOf(req, XSRF_HEADER_NAME);
    const expected = req.session?.csrfToken ?? (req.cookies?.[XSRF_COOKIE_NAME] as unknown);
    if (typeof header !== 'string' || typeof expected !== 'string' || header.length === 0 || expected.length === 0) {
      return false;
    }
    const a = Buffer.from(header);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
