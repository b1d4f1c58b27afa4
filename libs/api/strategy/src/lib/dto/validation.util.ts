import { applyDecorators } from '@nestjs/common';
import { isCalendarDate } from '@suunta/api-core';
import { Transform } from 'class-transformer';
import {
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  ValidateIf,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** A required, non-blank string (surrounding whitespace is dropped). */
export const RequiredText = (max: number) =>
  applyDecorators(Transform(trim), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(max));

/** In an update: may be left out, but when sent it must be a non-blank string (null is refused). */
export const OptionalRequiredText = (max: number) =>
  applyDecorators(
    Transform(trim),
    ValidateIf((_, value) => value !== undefined),
    IsString(),
    IsNotEmpty({ message: '$property must not be empty' }),
    MaxLength(max),
  );

/** Optional text; blank becomes null. */
export const NullableText = (max: number) => applyDecorators(Transform(trimToNull), IsOptional(), IsString(), MaxLength(max));

/** A calendar date as `YYYY-MM-DD` that exists (no 2021-02-30). */
export function IsIsoDate(options?: ValidationOptions) {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD', ...options }),
    IsRealDate(options),
  );
}

function IsRealDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isRealDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property is not a real calendar date', ...options },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isRealDate(value),
      },
    });
}

/** A day PostgreSQL stores too (no year 0000): the shared rule of api-core. */
export function isRealDate(value: string): boolean {
  return isCalendarDate(value);
}

/** `validTo` may not be before `validFrom` (both optional). */
export function NotBefore(otherProperty: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [otherProperty],
      options: { message: `$property must not be before ${otherProperty}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherProperty];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
      },
    });
}
