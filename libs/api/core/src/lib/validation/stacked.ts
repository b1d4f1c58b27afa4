import { applyDecorators } from '@nestjs/common';

/**
 * Several property decorators as one, written in the order they would stand stacked above the
 * property. TypeScript applies a stack bottom-up, `applyDecorators` in list order: this applies
 * them as the stack would, so the checks run, and a field's errors are listed, in the same order.
 */
export const Stacked = (...decorators: PropertyDecorator[]): PropertyDecorator => applyDecorators(...[...decorators].reverse());
