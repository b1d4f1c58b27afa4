import { SESSION_COOKIE_NAME, XSRF_COOKIE_NAME } from '@suunta/shared-domain';
import type { CookieOptions, Request, Response } from 'express';

/**
 * Secure whenever the request came over HTTPS (directly, or via a proxy when TRUST_PROXY is set):
 * a plain-HTTP localhost demo still works, a deployment behind TLS gets Secure cookies.
 */
function base(req: Request): CookieOptions {
  return { path: '/', sameSite: 'lax', secure: req.secure };
}

/**
 * The session cookie is HttpOnly and has no Max-Age: it ends with the browser, and the server
 * enforces the idle and absolute timeouts whatever the browser keeps.
 */
export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE_NAME, token, { ...base(req), httpOnly: true });
}

/** Readable by the web app's JavaScript (it echoes it in the X-XSRF-TOKEN header), so not HttpOnly. */
export function setXsrfCookie(req: Request, res: Response, token: string): void {
  res.cookie(XSRF_COOKIE_NAME, token, { ...base(req), httpOnly: false });
}

export function clearAuthCookies(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE_NAME, { ...base(req), httpOnly: true });
  res.clearCookie(XSRF_COOKIE_NAME, { ...base(req), httpOnly: false });
}
