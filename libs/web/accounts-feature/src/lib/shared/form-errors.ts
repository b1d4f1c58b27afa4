import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ApiErrorBody } from '@suunta/shared-domain';
import type { ApiErrorText } from '@suunta/web-core';

/**
 * The API's messages are English and never shown; the account pages word the ones they know
 * more precisely than the generic code (keys under `accounts.errors`).
 */
const KNOWN_MESSAGES: [RegExp, string][] = [
  [/too common/i, 'errors.common'],
  [/too predictable/i, 'errors.predictable'],
  [/e-mail address or name/i, 'errors.personal'],
  [/at most \d+ characters/i, 'errors.tooLong'],
  [/at least \d+ characters/i, 'errors.minLength'],
  [/must differ/i, 'errors.sameAsOld'],
  [/current password is wrong/i, 'errors.wrongCurrent'],
  [/invitation link/i, 'errors.invalidLink'],
  [/reset link/i, 'reset.invalidLink'],
  [/already exists/i, 'errors.emailTaken'],
  [/last admin/i, 'errors.lastAdmin'],
];

/** A translation key (without the `accounts.` prefix) for an API message, or null. */
export function messageKey(message: string): string | null {
  return KNOWN_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/**
 * Puts the API's field errors on the form's controls (`errors.server`, shown by each field's
 * mat-error, which Material ties to the input with aria-describedby). Returns what is left for
 * the form-level alert: an `accounts.*` key for the account errors this page words itself (the
 * password policy, conflicts), else `errorText`'s wording of the error's code. The API's English
 * message is matched against known ones but never shown.
 */
export function applyServerErrors(form: FormGroup, error: unknown, errorText?: ApiErrorText): { key: string } | { text: string } | null {
  if (!(error instanceof HttpErrorResponse)) return { key: 'errors.generic' };
  const body = error.error as Partial<ApiErrorBody> | null;
  let unplaced: string | null = null;
  for (const fieldError of body?.errors ?? []) {
    const control = form.get(fieldError.field);
    if (control) {
      control.setErrors({ server: fieldError.message });
      control.markAsTouched();
    } else {
      unplaced = fieldError.message;
    }
  }
  if ((body?.errors?.length ?? 0) > 0 && !unplaced) return null;
  const known = messageKey(unplaced ?? body?.message ?? '');
  if (known && error.status < 500) return { key: known };
  if (errorText) return { text: errorText.text(error) };
  if (error.status === 409) return { key: 'errors.conflict' };
  if (error.status === 403) return { key: 'errors.forbidden' };
  return { key: 'errors.generic' };
}

/** Moves focus to the first invalid field, so keyboard and screen-reader users land on the problem. */
export function focusFirstInvalid(root: HTMLElement): void {
  root.querySelector<HTMLElement>('[aria-invalid="true"], .ng-invalid input, input.ng-invalid')?.focus();
}

/** Group validator: `controlName` must equal `otherName` (e.g. password and its confirmation). */
export function sameAs(controlName: string, otherName: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const a = group.get(controlName);
    const b = group.get(otherName);
    if (!a || !b) return null;
    const mismatch = !!b.value && a.value !== b.value;
    const errors = { ...(b.errors ?? {}) };
    if (mismatch) errors['mismatch'] = true;
    else delete errors['mismatch'];
    b.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
    return null;
  };
}

/** A safe in-app return path: only absolute paths of this app, never another origin. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') && !value.startsWith('/login') ? value : '/';
}
