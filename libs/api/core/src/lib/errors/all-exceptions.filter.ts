import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiErrorBody } from '@suunta/shared-domain';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/** PostgreSQL error codes that are the caller's fault, not the server's. */
const PG_CONFLICTS: Record<string, { status: number; message: string }> = {
  '23505': { status: HttpStatus.CONFLICT, message: 'A record with the same unique value already exists' },
  '23503': { status: HttpStatus.CONFLICT, message: 'The record is referenced by other records or refers to a missing one' },
  '23001': { status: HttpStatus.CONFLICT, message: 'The record is still referenced by other records (ON DELETE RESTRICT)' },
  '22P02': { status: HttpStatus.BAD_REQUEST, message: 'A value has the wrong format' },
  '40001': { status: HttpStatus.CONFLICT, message: 'A concurrent change conflicted with this one; try again' },
};

/**
 * One error format for the whole API. Known HTTP errors keep their message; database errors are
 * mapped to 4xx where the caller caused them; anything else is a bare 500. Stack traces and SQL
 * go to the log, never to the client.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    if (!response.headersSent) {
      response.status(body.statusCode).json(body);
    }
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      if (typeof res === 'object' && res !== null) {
        const r = res as Partial<ApiErrorBody> & { message?: string | string[] };
        const message = Array.isArray(r.message) ? r.message.join('; ') : r.message ?? exception.message;
        return {
          statusCode: status,
          error: r.error ?? reason(status),
          message: status >= 500 ? 'Internal server error' : message,
          ...(r.errors ? { errors: r.errors } : {}),
          ...(r.current !== undefined && status < 500 ? { current: r.current } : {}),
        };
      }
      return { statusCode: status, error: reason(status), message: status >= 500 ? 'Internal server error' : String(res) };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const known = PG_CONFLICTS[code];
      if (known) {
        return { statusCode: known.status, error: reason(known.status), message: known.message };
      }
    }
    if (isBodyParserError(exception)) {
      return { statusCode: exception.status, error: reason(exception.status), message: exception.expose ? exception.message : 'Bad request body' };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' };
  }
}

function isBodyParserError(e: unknown): e is { status: number; expose: boolean; message: string } {
  return typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number' && 'expose' in e;
}

function reason(status: number): string {
  const names: Record<number, string> = {
    400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
    413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  };
  return names[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
