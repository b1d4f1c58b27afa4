import type { SessionUser } from '@suunta/shared-domain';
import type { FastifyRequest } from 'fastify';

/** What the access guard attaches to the request. */
export interface AuthenticatedRequest extends FastifyRequest {
  user?: SessionUser;
  /** The stored session's id (the SHA-256 of the cookie token) and its CSRF token. */
  session?: { id: string; csrfToken: string };
}

/** One request header as a string (the first when a client repeats it). */
export function headerOf(req: FastifyRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
