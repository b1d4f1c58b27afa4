import { ExpressAdapter } from '@nestjs/platform-express';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * A JSON answer serialised once and sent many times. Answers that are cached per data stamp (the
 * board, the strategy map, the strategy tree, the plan roll-up: `StampedAnswers`) are sent to every
 * reader until the next write; keeping their bytes, their gzip and their ETag with the value spares
 * each request the `JSON.stringify` of 40–100 kB, the ETag hash and most of the bytes on the wire
 * (issue 16). Each is made on first use. The value is shared: treat it as read-only.
 *
 * `SuuntaExpressAdapter` sends the bytes as they are. Any other path that serialises the object
 * (`res.json`) gets the same JSON through `toJSON`.
 */
export class PreparedJson<T> {
  private bytes?: Buffer;
  private gzipped?: Buffer;
  private tag?: string;

  constructor(readonly value: T) {}

  /** The UTF-8 bytes of `JSON.stringify(value)`, exactly what `res.json(value)` sends. */
  get json(): Buffer {
    return (this.bytes ??= Buffer.from(JSON.stringify(this.value), 'utf8'));
  }

  get gzip(): Buffer {
    return (this.gzipped ??= gzipSync(this.json));
  }

  /** A weak validator of the JSON bytes, in the shape Express gives its own ETags. */
  get etag(): string {
    return (this.tag ??= `W/"${this.json.length.toString(16)}-${createHash('sha1').update(this.json).digest('base64').slice(0, 27)}"`);
  }

  toJSON(): T {
    return this.value;
  }
}

/** Below this many bytes gzip saves too little to be worth it (the `compression` middleware's default). */
export const GZIP_THRESHOLD_BYTES = 1024;

/**
 * Sends a prepared answer: `application/json`, its ETag (304 when the client's copy is current),
 * gzip when the answer is at least 1 kB and the request accepts it (`Vary: Accept-Encoding`),
 * otherwise the plain bytes.
 */
export function sendPreparedJson(res: Response, answer: PreparedJson<unknown>, statusCode?: number): void {
  if (statusCode) res.status(statusCode);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('ETag', answer.etag);
  res.vary('Accept-Encoding');
  if (res.req.fresh) {
    res.status(304).end();
    return;
  }
  const gzip = answer.json.length >= GZIP_THRESHOLD_BYTES && res.req.acceptsEncodings('gzip', 'identity') === 'gzip';
  const body = gzip ? answer.gzip : answer.json;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(body); // Node leaves the body out of an answer to HEAD
}

/**
 * Nest's Express adapter, with one addition: a handler's `PreparedJson` is sent as its prepared
 * bytes (`sendPreparedJson`) instead of being serialised again. `main.ts` and the test apps create
 * the application with it, so tests run what production runs.
 */
export class SuuntaExpressAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    if (body instanceof PreparedJson) {
      sendPreparedJson(response, body, statusCode);
      return undefined;
    }
    return super.reply(response, body, statusCode);
  }
}
