import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * A class-validator property decorator from a predicate: the one way this API writes its own
 * rules (`@IsCalendarDate()`, `@NotBefore('validFrom')` …). `message` names the property with
 * `$property`; the caller's options come last, so a DTO may word it differently.
 */
export function validationRule(
  name: string,
  message: string,
  validate: (value: unknown, args: ValidationArguments) => boolean,
  options?: ValidationOptions,
  constraints?: unknown[],
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      ...(constraints ? { constraints } : {}),
      options: { message, ...options },
      validator: { validate },
    });
}
