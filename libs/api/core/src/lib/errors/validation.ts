import { BadRequestException, Param, ParseUUIDPipe, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@suunta/shared-domain';

/** Flattens class-validator's nested errors into `{ field: 'a.0.b', message }` pairs. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      // class-validator's whitelist message names the property but not its path; give the path.
      message: rule === 'whitelistValidation' ? `${field} is not an allowed field` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export class RequestValidationException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super({
      statusCode: 400,
      error: 'Bad Request',
      message: fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors: fieldErrors,
    });
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationException(flattenValidationErrors(errors)),
  });
}

/** Parses a UUID path or query parameter; a malformed one is a 400 that names the parameter. */
export function uuidPipe(field: string, optional = false): ParseUUIDPipe {
  return new ParseUUIDPipe({
    optional,
    exceptionFactory: () => new RequestValidationException([{ field, message: `${field} must be a UUID` }]),
  });
}

/** `@UuidParam('id')` instead of `@Param('id', ParseUUIDPipe)`, so the error names the parameter. */
export const UuidParam = (name: string) => Param(name, uuidPipe(name));
