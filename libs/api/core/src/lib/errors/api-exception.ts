import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorCode, FieldError } from '@suunta/shared-domain';

export type ErrorParams = Record<string, string | number>;

/**
 * An HTTP error with a stable `code` the client translates (`errors.<code>`) and the `params`
 * its text needs. `message` stays English, for logs and API users.
 */
export class ApiException extends HttpException {
  constructor(
    readonly code: ApiErrorCode,
    status: number,
    message: string,
    params?: ErrorParams,
    extra: { current?: unknown; errors?: FieldError[] } = {},
  ) {
    super({ statusCode: status, code, message, ...(params ? { params } : {}), ...extra }, status);
  }
}

/** One-line throw sites: `throw domainError('survey_not_found', 404, \`Survey ${id} not found\`, { id })`. */
export function domainError(code: ApiErrorCode, status: number, message: string, params?: ErrorParams, extra?: { current?: unknown; errors?: FieldError[] }): ApiException {
  return new ApiException(code, status, message, params, extra);
}

/** 404 with a specific code. */
export const notFound = (code: ApiErrorCode, message: string, params?: ErrorParams) => domainError(code, HttpStatus.NOT_FOUND, message, params);

/** 409 for a stale `version`: the client reloads (`version_conflict`). */
export const versionConflict = (message: string, params?: ErrorParams, current?: unknown) =>
  domainError('version_conflict', HttpStatus.CONFLICT, message, params, current === undefined ? {} : { current });

/** 409 for a state that forbids the change (e.g. a closed plan, an approved report). */
export const conflict = (code: ApiErrorCode, message: string, params?: ErrorParams, current?: unknown) =>
  domainError(code, HttpStatus.CONFLICT, message, params, current === undefined ? {} : { current });
