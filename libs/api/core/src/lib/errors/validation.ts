import { ArgumentMetadata, BadRequestException, Injectable, Param, ParseUUIDPipe, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@suunta/shared-domain';
import { getMetadataStorage } from 'class-validator';

/** PostgreSQL `integer` (int4): the range of every int column, version and paging value. */
export const INT4_MAX = 2147483647;
export const INT4_MIN = -2147483648;

/** class-validator rule → the stable field-error code the client words (`errors.<code>`). */
const FIELD_CODES: Record<string, string> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  arrayNotEmpty: 'required',
  maxLength: 'too_long',
  arrayMaxSize: 'too_long',
  minLength: 'too_short',
  arrayMinSize: 'too_short',
  min: 'out_of_range',
  max: 'out_of_range',
  isInt: 'not_a_number',
  isNumber: 'not_a_number',
  isPositive: 'out_of_range',
  isCalendarDate: 'not_a_date',
  isInstant: 'not_a_date',
  isRealDate: 'not_a_date',
  isISO8601: 'not_a_date',
  isDateString: 'not_a_date',
  isUuid: 'not_a_uuid',
  isEmail: 'not_an_email',
  isIn: 'not_one_of',
  isEnum: 'not_one_of',
  whitelistValidation: 'not_allowed',
  isString: 'wrong_type',
  isBoolean: 'wrong_type',
  isArray: 'wrong_type',
  isObject: 'wrong_type',
  nestedValidation: 'wrong_type',
};

export function fieldCode(rule: string, message: string): string {
  if (rule === 'matches' && /date/i.test(message)) return 'not_a_date';
  return FIELD_CODES[rule] ?? 'invalid';
}

/** Flattens class-validator's nested errors into `{ field: 'a.0.b', message, code }` triples. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      // class-validator's whitelist message names the property but not its path; give the path.
      message: rule === 'whitelistValidation' ? `${field} is not an allowed field` : message,
      code: fieldCode(rule, message),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export class RequestValidationException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super({
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation_failed',
      message: fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors: fieldErrors.map((e) => ({ ...e, code: e.code ?? 'invalid' })),
    });
  }
}

/** Keys that would reach an object's prototype; refused (400 naming the field), never silently dropped. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first problem in a request value no DTO should have to think about: a NUL character
 * (PostgreSQL refuses it in text) or a prototype key. The value's depth is already bounded by the
 * JSON guard, so the walk is short.
 */
export function findUnsafeValue(value: unknown, path: string): FieldError | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? { field: path || 'body', message: `${path || 'body'} contains a NUL character`, code: 'invalid_characters' } : null;
  }
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = findUnsafeValue(item, join(path, String(i)));
      if (problem) return problem;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const field = join(path, key);
    if (FORBIDDEN_KEYS.has(key)) return { field, message: `${field} is not an allowed field`, code: 'not_allowed' };
    if (key.includes('\u0000')) return { field: path || 'body', message: `${path || 'body'} has a field name with a NUL character`, code: 'invalid_characters' };
    const problem = findUnsafeValue((value as Record<string, unknown>)[key], field);
    if (problem) return problem;
  }
  return null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Runs first for every body, query and path parameter: refuses NUL characters and prototype keys
 * with a 400 that names the field, before any DTO, service or query sees the value.
 */
@Injectable()
export class RequestSanityPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    // A named parameter (`@Param('id')`, `@Query('q')`) is its own field; a whole body/query is walked from its root.
    const problem = findUnsafeValue(value, metadata.data ?? '');
    if (problem) throw new RequestValidationException([problem]);
    return value;
  }
}

/**
 * Integer fields (`@IsInt`) of every DTO must fit PostgreSQL's int4, whatever bounds the DTO
 * itself sets: `version: 2147483648` or `?offset=1e20` is a 400 naming the field, not a 500.
 * Walks the validated instance and its nested DTOs through class-validator's own metadata.
 */
export function int4Violations(value: unknown, path = '', depth = 0): FieldError[] {
  if (depth > 40 || typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => int4Violations(item, join(path, String(i)), depth + 1));
  const target = (value as object).constructor;
  if (!target || target === Object) return [];
  const intProps = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(target, '', true, false)
      .filter((m) => m.name === 'isInt')
      .map((m) => m.propertyName),
  );
  const found: FieldError[] = [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const field = join(path, key);
    if (intProps.has(key) && typeof child === 'number' && (child > INT4_MAX || child < INT4_MIN)) {
      found.push({ field, message: `${field} must be between ${INT4_MIN} and ${INT4_MAX}`, code: 'out_of_range' });
    } else if (typeof child === 'object') {
      found.push(...int4Violations(child, field, depth + 1));
    }
  }
  return found;
}

class SuuntaValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result = await super.transform(value, metadata);
    const outOfRange = int4Violations(result);
    if (outOfRange.length > 0) throw new RequestValidationException(outOfRange);
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SuuntaValidationPipe({
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
    exceptionFactory: () => new RequestValidationException([{ field, message: `${field} must be a UUID`, code: 'not_a_uuid' }]),
  });
}

/** `@UuidParam('id')` instead of `@Param('id', ParseUUIDPipe)`, so the error names the parameter. */
export const UuidParam = (name: string) => Param(name, uuidPipe(name));
