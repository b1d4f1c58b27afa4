import type { CookieSerializeOptions } from '@fastify/cookie';
import { SESSION_COOKIE_NAME, XSRF_COOKIE_NAME } from '@suunta/shared-domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Secure whenever the request came over HTTPS (directly, or via a proxy when TRUST_PROXY is set):
 * a plain-HTTP localhost demo still works, a deployment behind TLS gets Secure cookies.
 */
export function cookieBase(req: FastifyRequest): CookieSerializeOptions {
  return { path: '/', sameSite: 'lax', secure: req.protocol === 'https' };
}

/**
 * The session cookie is HttpOnly and has no Max-Age: it ends with the browser, and the server
 * enforces the idle and absolute timeouts whatever the browser keeps.
 */
export function setSessionCookie(req: FastifyRequest, res: FastifyReply, token: string): void {
  res.setCookie(SESSION_COOKIE_NAME, token, { ...cookieBase(req), httpOnly: true });
}

/** Readable by the web app's JavaScript (it echoes it in the X-XSRF-TOKEN header), so not HttpOnly. */
export function setXsrfCookie(req: FastifyRequest, res: FastifyReply, token: string): void {
  res.setCookie(XSRF_COOKIE_NAME, token, { ...cookieBase(req), httpOnly: false });
}

export function clearAuthCookies(req: FastifyRequest, res: FastifyReply): void {
  res.clearCookie(SESSION_COOKIE_NAME, { ...cookieBase(req), httpOnly: true });
  res.clearCookie(XSRF_COOKIE_NAME, { ...cookieBase(req), httpOnly: false });
}
