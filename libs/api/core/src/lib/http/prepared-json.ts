import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';

/**
 * A JSON answer serialised once and sent many times. Answers that are cached per data stamp (the
 * board, the strategy map, the strategy tree, the plan roll-up: `StampedAnswers`) are sent to every
 * reader until the next write; keeping their bytes, their gzip and their ETag with the value spares
 * each request the `JSON.stringify` of 40–100 kB, the ETag hash and most of the bytes on the wire
 * (issue 16). Each is made on first use. The value is shared: treat it as read-only.
 *
 * `SuuntaFastifyAdapter` sends the bytes as they are. Any other path that serialises the object
 * gets the same JSON through `toJSON`.
 */
export class PreparedJson<T> {
  private bytes?: Buffer;
  private gzipped?: Buffer;
  private tag?: string;

  constructor(readonly value: T) {}

  /** The UTF-8 bytes of `JSON.stringify(value)`, exactly what a plain JSON answer of the value sends. */
  get json(): Buffer {
    return (this.bytes ??= Buffer.from(JSON.stringify(this.value), 'utf8'));
  }

  get gzip(): Buffer {
    return (this.gzipped ??= gzipSync(this.json));
  }

  /** A weak validator of the JSON bytes, in the shape of every other ETag of the API (`weakEtag`). */
  get etag(): string {
    return (this.tag ??= weakEtag(this.json));
  }

  toJSON(): T {
    return this.value;
  }
}

/** `W/"<length in hex>-<27 characters of the SHA-1 in base64>"`: the ETag shape Express used, kept so clients see no change. */
export function weakEtag(body: Buffer | string): string {
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  return `W/"${length.toString(16)}-${createHash('sha1').update(body).digest('base64').slice(0, 27)}"`;
}

/**
 * Whether the client's copy (If-None-Match) is the answer's `etag` (weak comparison, `*` matches),
 * as the `fresh` package decides it: a request with `Cache-Control: no-cache` is never fresh.
 */
export function isFresh(req: FastifyRequest, etag: string): boolean {
  const noneMatch = req.headers['if-none-match'];
  if (!noneMatch) return false;
  const cacheControl = req.headers['cache-control'];
  if (cacheControl && /(?:^|,)\s*no-cache\s*(?:,|$)/.test(cacheControl)) return false;
  if (noneMatch.trim() === '*') return true;
  const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);
  const wanted = opaque(etag);
  return noneMatch.split(',').some((tag) => opaque(tag.trim()) === wanted);
}

/** Adds `field` to the reply's Vary header unless it is already there. */
export function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('Vary');
  const text = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
  if (text.trim() === '*') return;
  const fields = text.split(',').map((f) => f.trim()).filter(Boolean);
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) {
    reply.header('Vary', [...fields, field].join(', '));
  }
}

const encodings = new Negotiator({ supportedValues: ['gzip', 'identity'] });

/** Whether the request accepts gzip at least as much as the plain bytes (the choice `req.acceptsEncodings('gzip', 'identity')` made). */
export function acceptsGzip(req: FastifyRequest): boolean {
  const header = req.headers['accept-encoding'];
  return typeof header === 'string' && header.length > 0 && encodings.negotiate(header) === 'gzip';
}

/** Below this many bytes gzip saves too little to be worth it (the `compression` middleware's default). */
export const GZIP_THRESHOLD_BYTES = 1024;

/**
 * Sends a prepared answer: `application/json`, its ETag (304 when the client's copy is current),
 * gzip when the answer is at least 1 kB and the request accepts it (`Vary: Accept-Encoding`),
 * otherwise the plain bytes.
 */
export function sendPreparedJson(reply: FastifyReply, answer: PreparedJson<unknown>, statusCode?: number): FastifyReply {
  if (statusCode) reply.code(statusCode);
  reply.header('Content-Type', 'application/json; charset=utf-8');
  reply.header('ETag', answer.etag);
  addVary(reply, 'Accept-Encoding');
  const method = reply.request.method;
  if ((method === 'GET' || method === 'HEAD') && reply.statusCode >= 200 && reply.statusCode < 300 && isFresh(reply.request, answer.etag)) {
    return reply.code(304).send();
  }
  const gzip = answer.json.length >= GZIP_THRESHOLD_BYTES && acceptsGzip(reply.request);
  const body = gzip ? answer.gzip : answer.json;
  if (gzip) reply.header('Content-Encoding', 'gzip');
  reply.header('Content-Length', body.length);
  return reply.send(body); // Fastify leaves the body out of an answer to HEAD
}

/** What `GET /api/health/live` answers: terminus's shape for a check with no indicators. */
export const LIVE_BODY = JSON.stringify({ status: 'ok', info: {}, error: {}, details: {} });

export interface SuuntaFastifyOptions {
  /** Trust the first proxy's X-Forwarded-For / -Proto (Express's `trust proxy` 1). */
  trustProxy?: boolean;
  /** The path answered by the HTTP server itself, before Fastify (liveness); none when unset. */
  livenessPath?: string;
  /** Request bodies above this many bytes are refused with 413. */
  bodyLimit?: number;
}

/**
 * Nest's Fastify adapter, with one addition: a handler's `PreparedJson` is sent as its prepared
 * bytes (`sendPreparedJson`) instead of being serialised again. `main.ts` and the test apps create
 * the application with it, so tests run what production runs.
 *
 * Liveness ("does the process answer?") is answered by the HTTP server's own request listener,
 * before Fastify: a probe skips routing, the body parsers, helmet, request logging, the session
 * guard and Nest (issue 16: liveness at ≥ 5,000 req/s). It queries nothing and reveals nothing;
 * the controller's route of the same path stays for the OpenAPI document.
 */
export class SuuntaFastifyAdapter extends FastifyAdapter {
  readonly suuntaOptions: SuuntaFastifyOptions;

  constructor(options: SuuntaFastifyOptions = {}) {
    const livenessPath = options.livenessPath;
    const liveHeaders = { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(LIVE_BODY)), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    super({
      trustProxy: options.trustProxy ? 1 : false,
      bodyLimit: options.bodyLimit,
      // Express answered /api/x/ as /api/x, and a path parameter of any length (the DTOs refuse bad
      // ones with 400, the guard first with 401/403); Fastify's default answers 414 past 100 characters.
      // No route has a regular-expression parameter, so a long one costs no backtracking.
      routerOptions: { ignoreTrailingSlash: true, maxParamLength: 65_536 },
      // `__proto__` keys are refused with the API's own code by RequestSanityPipe (the JSON parser here keeps them).
      onProtoPoisoning: 'ignore',
      onConstructorPoisoning: 'ignore',
      // A URL Fastify cannot route (bad percent-encoding) gets the common error body and code too.
      frameworkErrors: (error: FastifyError, _req: FastifyRequest, reply: FastifyReply) => {
        const body = new AllExceptionsFilter().toBody(error);
        reply.code(body.statusCode).header('Cache-Control', 'no-store').header('X-Content-Type-Options', 'nosniff').type('application/json; charset=utf-8').send(JSON.stringify(body));
      },
      serverFactory: (handler: (req: IncomingMessage, res: ServerResponse) => void) => {
        const server = createServer((req, res) => {
          if (livenessPath !== undefined && req.url === livenessPath && (req.method === 'GET' || req.method === 'HEAD')) {
            res.writeHead(200, liveHeaders).end(req.method === 'HEAD' ? undefined : LIVE_BODY);
            return;
          }
          handler(req, res);
        });
        return server;
      },
    });
    this.suuntaOptions = options;
  }

  /**
   * Fastify closes a server it did not listen on itself only without a `serverFactory`; tests
   * (supertest, raw sockets) listen on `getHttpServer()` directly, so close it here.
   */
  override async close(): Promise<undefined> {
    await super.close();
    const server = this.getHttpServer() as Server | undefined;
    if (server?.listening) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    return undefined;
  }

  override reply(response: FastifyReply | ServerResponse, body: unknown, statusCode?: number): FastifyReply {
    if (body instanceof PreparedJson && 'request' in response) {
      return sendPreparedJson(response, body, statusCode);
    }
    return super.reply(response, body, statusCode);
  }
}

