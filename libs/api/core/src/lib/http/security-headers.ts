import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { isFresh, weakEtag } from './prepared-json';

/** Browser features Suunta never uses; denied so an injected script or frame cannot use them either. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/**
 * `Permissions-Policy` on every answer, and `Cache-Control: no-store` on every API answer: they
 * carry one user's data (or an error about it) and must not stay in a shared or browser cache.
 * A handler that wants caching sets its own header after this. (A Fastify `onRequest` hook.)
 */
export function securityHeaders(apiPrefix: string) {
  const prefix = `/${apiPrefix}`;
  return (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    const url = req.url;
    if (url.startsWith(prefix) && (url.length === prefix.length || url[prefix.length] === '/' || url[prefix.length] === '?')) {
      reply.header('Cache-Control', 'no-store');
    }
    done();
  };
}

/**
 * What Express did for every answer of GET and HEAD (a Fastify `onSend` hook): a weak ETag of the
 * bytes when the handler set none, and 304 without a body when the client's copy is current.
 * Streams (files, exports) are left alone.
 */
export function conditionalGet(req: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: Error | null, payload?: unknown) => void): void {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
    done(null, payload);
    return;
  }
  let etag = reply.getHeader('ETag');
  if (etag === undefined) {
    etag = weakEtag(payload);
    reply.header('ETag', etag);
  }
  if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof etag === 'string' && isFresh(req, etag)) {
    reply.code(304);
    reply.removeHeader('Content-Length');
    reply.removeHeader('Content-Encoding');
    done(null, '');
    return;
  }
  done(null, payload);
}
