import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiErrorBody, ApiErrorCode } from '@suunta/shared-domain';
import type { FastifyReply } from 'fastify';
import type { ServerResponse } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

/** Seconds a client waits before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

interface Mapped {
  status: number;
  code: ApiErrorCode;
  message: string;
}

/**
 * PostgreSQL errors that are the caller's fault, not the server's. The DTOs refuse these values
 * first (naming the field); this is the net under them, so a value they missed is still a 4xx.
 */
const PG_ERRORS: Record<string, Mapped> = {
  '23505': { status: HttpStatus.CONFLICT, code: 'duplicate', message: 'A record with the same unique value already exists' },
  '23503': { status: HttpStatus.CONFLICT, code: 'still_referenced', message: 'The record is referenced by other records or refers to a missing one' },
  '23001': { status: HttpStatus.CONFLICT, code: 'still_referenced', message: 'The record is still referenced by other records (ON DELETE RESTRICT)' },
  '40001': { status: HttpStatus.CONFLICT, code: 'conflict', message: 'A concurrent change conflicted with this one; try again' },
  '40P01': { status: HttpStatus.CONFLICT, code: 'conflict', message: 'A concurrent change conflicted with this one; try again' },
  '22P02': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A value has the wrong format' },
  '22003': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A number is out of range' },
  '22007': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A date or time value has the wrong format' },
  '22008': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A date or time value is out of range' },
  '22021': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A text value contains characters that cannot be stored (e.g. NUL)' },
  '22P05': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A text value contains characters that cannot be stored' },
  '22001': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A text value is too long' },
  '54000': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A value is too large' },
  // DATABASE_STATEMENT_TIMEOUT_SECONDS cancelled the statement: the server is too busy, not the caller wrong.
  '57014': { status: HttpStatus.SERVICE_UNAVAILABLE, code: 'service_unavailable', message: 'The database took too long to answer; try again shortly' },
};

/** The body parsers' error types (`BodyParseError`: the `type` and `status` body-parser gave its errors). */
const BODY_ERRORS: Record<string, Mapped> = {
  'entity.too.large': { status: HttpStatus.PAYLOAD_TOO_LARGE, code: 'body_too_large', message: 'The request body is too large' },
  'entity.too.deep': { status: HttpStatus.BAD_REQUEST, code: 'body_too_deep', message: 'The request body nests too deep' },
  'entity.parse.failed': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'The request body is not valid JSON' },
  'charset.unsupported': { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, code: 'bad_request', message: 'The request body has an unsupported character set' },
  'encoding.unsupported': { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, code: 'bad_request', message: 'The request body has an unsupported content encoding' },
  'request.aborted': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'The request was aborted' },
  'request.size.invalid': { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'The request body is shorter or longer than its Content-Length' },
};

/** Fastify's own errors about a request (its content-type parsing and body reading), by `code`. */
const FASTIFY_ERRORS: Record<string, Mapped> = {
  FST_ERR_CTP_BODY_TOO_LARGE: BODY_ERRORS['entity.too.large'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: BODY_ERRORS['request.size.invalid'],
  FST_ERR_CTP_EMPTY_JSON_BODY: BODY_ERRORS['entity.parse.failed'],
  FST_ERR_CTP_INVALID_JSON_BODY: BODY_ERRORS['entity.parse.failed'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, code: 'bad_request', message: 'The request body has an unsupported content type' },
  FST_ERR_CTP_INVALID_TYPE: { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'The Content-Type header is not valid' },
  FST_ERR_CTP_EMPTY_TYPE: { status: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'The Content-Type header is empty' },
};

/** The generic code for a status when the thrower gave none. */
function genericCode(status: number, hasFieldErrors: boolean): ApiErrorCode {
  switch (status) {
    case 400:
      return hasFieldErrors ? 'validation_failed' : 'bad_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'body_too_large';
    case 422:
      return 'unprocessable';
    case 423:
      return 'locked';
    case 429:
      return 'too_many_requests';
    case 503:
      return 'service_unavailable';
    default:
      return status >= 500 ? 'internal_error' : 'bad_request';
  }
}

/**
 * One error format for the whole API, and a `code` on every error body. Known HTTP errors keep
 * their message and code; database errors are mapped to 4xx where the caller caused them and to
 * 503 + Retry-After when the database is unreachable; anything else is a bare 500. Stack traces
 * and SQL go to the log, never to the client.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<FastifyReply | ServerResponse>();
    const body = this.toBody(exception);
    if (body.statusCode === 503) {
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    const raw = 'raw' in response ? response.raw : response;
    if (raw.headersSent || ('sent' in response && response.sent)) {
      // The answer had started (e.g. a streamed export): it cannot become an error any more.
      raw.destroy?.();
      return;
    }
    const retryAfter = body.statusCode === 503 ? DATABASE_RETRY_AFTER_SECONDS : (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    const json = JSON.stringify(body);
    if (!('raw' in response)) {
      // A Nest middleware failed (it sees Node's response, not Fastify's reply).
      if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
      response.removeHeader('Content-Disposition');
      response.writeHead(body.statusCode, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) }).end(json);
      return;
    }
    if (typeof retryAfter === 'number') {
      response.header('Retry-After', String(retryAfter));
    }
    // A handler may have set its file's headers (text/csv, an attachment) before failing: the
    // error is JSON, shown in place, whatever was planned.
    response.removeHeader('Content-Disposition');
    response.removeHeader('Content-Length');
    response.removeHeader('Content-Encoding');
    response.removeHeader('ETag');
    response.header('Content-Type', 'application/json; charset=utf-8');
    response.code(body.statusCode).send(json);
  }

  toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      return fromHttpException(exception);
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: 503,
        code: 'service_unavailable',
        error: 'Service Unavailable',
        message: 'The database is not reachable at the moment; try again shortly',
      };
    }
    if (exception instanceof QueryFailedError) {
      const known = PG_ERRORS[(exception.driverError as { code?: string } | undefined)?.code ?? ''];
      if (known) {
        return { statusCode: known.status, code: known.code, error: reason(known.status), message: known.message };
      }
    }
    const fastifyError = FASTIFY_ERRORS[(exception as { code?: unknown } | null)?.code as string];
    if (fastifyError && typeof (exception as { statusCode?: unknown }).statusCode === 'number') {
      return { statusCode: fastifyError.status, code: fastifyError.code, error: reason(fastifyError.status), message: fastifyError.message };
    }
    const fastifyStatus = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (String((exception as { code?: unknown } | null)?.code).startsWith('FST_') && typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return { statusCode: fastifyStatus, code: genericCode(fastifyStatus, false), error: reason(fastifyStatus), message: 'Bad request' };
    }
    const bodyError = bodyParserError(exception);
    if (bodyError) {
      const known = BODY_ERRORS[bodyError.type ?? ''];
      const status = known?.status ?? (bodyError.status < 500 ? bodyError.status : 400);
      return {
        statusCode: status,
        code: known?.code ?? genericCode(status, false),
        error: reason(status),
        message: known?.message ?? (bodyError.expose ? bodyError.message : 'Bad request body'),
      };
    }
    return { statusCode: 500, code: 'internal_error', error: 'Internal Server Error', message: 'Internal server error' };
  }
}

function fromHttpException(exception: HttpException): ApiErrorBody {
  const status = exception.getStatus();
  const res = exception.getResponse();
  if (status >= 500) {
    const code: ApiErrorCode = status === 503 ? 'service_unavailable' : 'internal_error';
    return { statusCode: status, code, error: reason(status), message: status === 503 ? 'Service unavailable; try again shortly' : 'Internal server error' };
  }
  if (typeof res !== 'object' || res === null) {
    return { statusCode: status, code: genericCode(status, false), error: reason(status), message: String(res) };
  }
  const r = res as Partial<ApiErrorBody> & { message?: string | string[] };
  const message = Array.isArray(r.message) ? r.message.join('; ') : r.message ?? exception.message;
  return {
    statusCode: status,
    code: r.code ?? genericCode(status, !!r.errors?.length),
    error: r.error ?? reason(status),
    message,
    ...(r.errors ? { errors: r.errors.map((e) => ({ ...e, code: e.code ?? 'invalid' })) } : {}),
    ...(r.params ? { params: r.params } : {}),
    ...(r.current !== undefined ? { current: r.current } : {}),
  };
}

function bodyParserError(e: unknown): { status: number; expose: boolean; message: string; type?: string } | null {
  if (typeof e !== 'object' || e === null) return null;
  const candidate = e as { status?: unknown; expose?: unknown; type?: unknown };
  return typeof candidate.status === 'number' && 'expose' in candidate ? (candidate as { status: number; expose: boolean; message: string; type?: string }) : null;
}

function reason(status: number): string {
  const names: Record<number, string> = {
    400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
    413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 423: 'Locked', 429: 'Too Many Requests',
    503: 'Service Unavailable',
  };
  return names[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
