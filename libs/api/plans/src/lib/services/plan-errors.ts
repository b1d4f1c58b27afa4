import { HttpException, HttpStatus } from '@nestjs/common';
import { ApiException, domainError, ErrorParams, RequestValidationException } from '@suunta/api-core';
import type { ApiErrorCode, PlanStatus } from '@suunta/shared-domain';

/**
 * 423 Locked: what an approved (or closed) plan says cannot change until it is reopened.
 * Distinct from 409, which means "someone else saved first" (a stale version).
 */
export class PlanLockedException extends HttpException {
  constructor(status: PlanStatus) {
    super(
      {
        statusCode: HttpStatus.LOCKED,
        error: 'Locked',
        code: status === 'closed' ? 'plan_closed' : 'plan_locked',
        message:
          status === 'closed'
            ? 'The plan is closed: what it says can no longer be changed'
            : 'The plan is approved and locked: reopen it (management group) before changing what it says',
      },
      HttpStatus.LOCKED,
    );
  }
}

/** A 400 for one field, in the same shape the validation pipe uses (`errors: [{ field, message }]`). */
export function fieldError(field: string, message: string): RequestValidationException {
  return new RequestValidationException([{ field, message }]);
}

/** A 409 with a stable code the client words (`errors.<code>`). */
export function conflict(code: ApiErrorCode, message: string, params?: ErrorParams): ApiException {
  return domainError(code, HttpStatus.CONFLICT, message, params);
}
