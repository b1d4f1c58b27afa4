import { ElementRef } from '@angular/core';
import { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import type { FieldError } from '@suunta/shared-domain';
import { apiFieldReason } from '@suunta/web-core';

/** Like the API's `RequiredText`: whitespace alone is no text. */
export function notBlank(control: AbstractControl<string | null>): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === '' ? { required: true } : null;
}

/**
 * Puts the API's field errors on the form's controls (shown by their `mat-error`, which Material
 * ties to the input with aria-describedby); returns the ones no control takes.
 */
export function applyFieldErrors(form: FormGroup, errors: readonly FieldError[]): FieldError[] {
  const unplaced: FieldError[] = [];
  for (const e of errors) {
    const control = form.get(e.field.split('.')[0]);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: apiFieldReason(e) });
      control.markAsTouched();
    } else {
      unplaced.push(e);
    }
  }
  return unplaced;
}

/** Moves focus to the first invalid field of a form (after a refused submit). */
export function focusFirstInvalid(host: ElementRef<HTMLElement>): void {
  setTimeout(() => host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [formcontrolname].ng-invalid')?.focus());
}

/** Focuses an element after the view has rendered it. */
export function focusSoon(host: ElementRef<HTMLElement>, selector: string): void {
  setTimeout(() => host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
}

/**
 * What a picker offers: everyone still in use, and a retired role or person only where the record
 * already names them (so editing keeps the link and shows it, but nobody new is given to a
 * person who has left).
 */
export function offeredChoices<T extends { id: string; retired?: boolean }>(options: readonly T[], linkedIds: readonly string[]): T[] {
  const linked = new Set(linkedIds);
  return options.filter((o) => !o.retired || linked.has(o.id));
}
