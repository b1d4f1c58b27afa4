import { ConflictException, HttpException, HttpStatus } from '@nestjs/common';
import { RequestValidationException } from '@suunta/api-core';
import type { PlanStatus } from '@suunta/shared-domain';

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

export function conflict(message: string): ConflictException {
  return new ConflictException(message);
}
