import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { isCalendarDate } from '../errors/calendar-date';
import { validationRule } from './validation-rule';

/**
 * The request-body rules the domains' DTOs share (one copy: plans, strategy, governance,
 * surveys, funding, reports and accounts import them from here). The constraint names
 * (`isNotEmpty`, `isRealDate`, `notBefore` …) are the ones `validation.ts` maps to stable codes.
 */

/** `@Transform(trimText)`: surrounding whitespace dropped from a string; anything else untouched. */
export const trimText = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** `@Transform(trimTextOrNull)`: a string trimmed, a blank one becomes null; anything else untouched. */
export const trimTextOrNull = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() || null : value);

/** `@Transform(trimEach)`: every string of an array trimmed. */
export const trimEach = ({ value }: { value: unknown }): unknown => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

/** Query-string booleans: only "true"/"false" (and real booleans) are accepted. */
export const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** A required, non-blank string (surrounding whitespace is dropped). */
export const RequiredText = (max: number) => applyDecorators(Transform(trimText), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(max));

/** In an update: may be left out, but when sent it must be a non-blank string (null is refused). */
export const OptionalRequiredText = (max: number) =>
  applyDecorators(Transform(trimText), ValidateIf((_, value) => value !== undefined), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(max));

/** Optional text; blank becomes null. */
export const NullableText = (max: number) => applyDecorators(Transform(trimTextOrNull), IsOptional(), IsString(), MaxLength(max));

/**
 * A list of nested bodies of `type`, at most `max` of them, each validated as its class says
 * (errors name the path: `attachments.0.url`). `optional`: true, the list may be left out or null;
 * 'undefined', it may be left out but null is refused; false, it is required.
 */
export function NestedList(type: () => new (...args: never[]) => object, max: number, optional: boolean | 'undefined' = false) {
  const presence = optional === 'undefined' ? [ValidateIf((_, value) => value !== undefined)] : optional ? [IsOptional()] : [];
  return applyDecorators(...presence, IsArray(), ArrayMaxSize(max), ValidateNested({ each: true }), Type(type));
}

/** A calendar date as `YYYY-MM-DD` that exists (no 2021-02-30, no year 0000). */
export function IsIsoDate(options?: ValidationOptions) {
  return applyDecorators(Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD', ...options }), IsRealDate(options));
}

function IsRealDate(options?: ValidationOptions): PropertyDecorator {
  // the shape is Matches' to refuse; this one speaks only of well-shaped strings
  return validationRule(
    'isRealDate',
    '$property is not a real calendar date',
    (value) => typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isCalendarDate(value),
    options,
  );
}

/** A date that may not be before `otherProperty`'s (`validTo` ≥ `validFrom`); either may be absent. */
export function NotBefore(otherProperty: string, options?: ValidationOptions): PropertyDecorator {
  return validationRule(
    'notBefore',
    `$property must not be before ${otherProperty}`,
    (value, args) => {
      const other = (args.object as Record<string, unknown>)[otherProperty];
      return typeof value !== 'string' || typeof other !== 'string' || value >= other;
    },
    options,
    [otherProperty],
  );
}
