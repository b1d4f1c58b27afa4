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

/**
 * A refused request body, in the shape body-parser gave its errors (`status`, `expose`, `type`),
 * which the exceptions filter answers with the API's error body.
 */
export class BodyParseError extends Error {
  readonly expose = true;
  constructor(
    message: string,
    readonly status = 400,
    readonly type = 'entity.parse.failed',
  ) {
    super(message);
  }

  /** Fastify reads the status of a parser's error from here. */
  get statusCode(): number {
    return this.status;
  }
}

/** A body nested deeper than MAX_JSON_DEPTH, refused before JSON.parse. */
export class BodyTooDeepError extends BodyParseError {
  constructor(limit: number) {
    super(`The request body nests deeper than ${limit} levels`, 400, 'entity.too.deep');
  }
}

/** A declared Content-Length over the body limit. */
export class BodyTooLargeError extends BodyParseError {
  constructor() {
    super('The request body is too large', 413, 'entity.too.large');
  }
}
