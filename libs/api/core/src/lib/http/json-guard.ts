import type { IncomingMessage } from 'node:http';

/** Deeper JSON is refused before it is parsed: no request body of the API nests half as deep. */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The deepest nesting of `{`/`[` outside strings, in one linear pass over the raw bytes; stops as
 * soon as `limit` is passed. No recursion and no allocation, so a 2 MB body of `[[[[…` costs a
 * few milliseconds instead of a stack overflow in whatever walks the parsed value.
 */
export function jsonDepthExceeds(buf: Uint8Array, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** The error body-parser passes on when `verify` throws; the exceptions filter answers it. */
export class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly statusCode = 400;
  readonly expose = true;
  readonly type = 'entity.too.deep';
  constructor(limit: number) {
    super(`The request body nests deeper than ${limit} levels`);
  }
}

/** body-parser's `verify` hook for JSON: runs on the raw bytes before `JSON.parse`. */
export function verifyJsonDepth(_req: IncomingMessage, _res: unknown, buf: Buffer): void {
  if (jsonDepthExceeds(buf)) {
    throw new BodyTooDeepError(MAX_JSON_DEPTH);
  }
}
