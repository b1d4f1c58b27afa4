import type { SessionUser } from '@suunta/shared-domain';
import type { Request } from 'express';

/** What the access guard attaches to the request. */
export interface AuthenticatedRequest extends Request {
  user?: SessionUser;
  /** The stored session's id (the SHA-256 of the cookie token) and its CSRF token. */
  session?: { id: string; csrfToken: string };
}
