import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ApiErrorBody } from '@suunta/shared-domain';
import { apiErrorMessage, apiFieldReason } from '@suunta/web-core';

/** What a failed save means to the user. */
export type SaveProblem =
  /** Someone saved the same item first (a stale `version`): offer reload or keep mine. */
  | { kind: 'stale' }
  /** Shown as one message: a translation key under `strategy.errors` (`errors.server` carries the coded wording from web-core). */
  | { kind: 'message'; key: string; params?: Record<string, unknown> }
  /** Every problem sat on a form field; nothing more to say. */
  | { kind: 'fields' };

/** Classifies an API error and puts field errors (`errors: [{ field, message }]`) on the form's controls. */
export function saveProblem(error: unknown, form?: FormGroup): SaveProblem {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'message', key: 'errors.generic' };
  const body = (error.error ?? {}) as Partial<ApiErrorBody>;
  const message = body.message ?? '';
  if (error.status === 409) {
    if (/changed by someone else/i.test(message)) return { kind: 'stale' };
    if (/read-only|only drafts/i.test(message)) return { kind: 'message', key: 'errors.readOnly' };
    if (/cannot be deleted|still in use/i.test(message)) return { kind: 'message', key: 'errors.referenced' };
    if (/already (exists|in use|mapped)|already used/i.test(message)) return { kind: 'message', key: 'errors.taken' };
    if (/have changed since you loaded/i.test(message)) return { kind: 'message', key: 'errors.listChanged' };
    return { kind: 'message', key: 'errors.server', params: { message: apiErrorMessage(error) } };
  }
  if (error.status === 403) return { kind: 'message', key: 'errors.forbidden' };
  if (error.status === 400 && body.errors?.length) {
    let unplaced: string | null = null;
    for (const fieldError of body.errors) {
      const control = form?.get(fieldError.field.split('.')[0]);
      if (control) {
        control.setErrors({ ...(control.errors ?? {}), server: apiFieldReason(fieldError) });
        control.markAsTouched();
      } else {
        unplaced ??= apiErrorMessage(error);
      }
    }
    return unplaced ? { kind: 'message', key: 'errors.server', params: { message: unplaced } } : { kind: 'fields' };
  }
  if (error.status >= 400 && error.status < 500) return { kind: 'message', key: 'errors.server', params: { message: apiErrorMessage(error) } };
  return { kind: 'message', key: 'errors.generic' };
}

/** The first error of a control as a translation key (under `strategy.`) and its parameters. */
export function errorMessage(errors: ValidationErrors | null | undefined): { key: string; params?: Record<string, unknown> } | null {
  if (!errors) return null;
  if (errors['server']) return { key: 'errors.server', params: { message: errors['server'] } };
  if (errors['required']) return { key: 'errors.required' };
  if (errors['blank']) return { key: 'errors.blank' };
  if (errors['maxlength']) return { key: 'errors.maxlength', params: { max: errors['maxlength'].requiredLength } };
  if (errors['pattern']) return { key: 'errors.pattern' };
  if (errors['min']) return { key: 'errors.min' };
  if (errors['max']) return { key: 'errors.max' };
  if (errors['decimals']) return { key: 'errors.decimals' };
  if (errors['date'] || errors['matDatepickerParse']) return { key: 'errors.date' };
  if (errors['dateOrder']) return { key: 'errors.dateOrder' };
  return { key: 'errors.generic' };
}

/** A control's first error once the user has been there (touched or typed), as `errorMessage` gives it; else null. */
export function shownError(control: AbstractControl | null | undefined): { key: string; params?: Record<string, unknown> } | null {
  return control && control.invalid && (control.touched || control.dirty) ? errorMessage(control.errors) : null;
}

/** Like the API's trimming: whitespace alone is not a value. */
export const notBlank: ValidatorFn = (control: AbstractControl) =>
  typeof control.value === 'string' && control.value.length > 0 && control.value.trim().length === 0 ? { blank: true } : null;

/** At most two decimals, as the API stores targets (numeric(14, 2)). */
export const twoDecimals: ValidatorFn = (control: AbstractControl) => {
  const value = control.value;
  if (value === null || value === undefined || value === '') return null;
  return Math.round(Number(value) * 100) / 100 === Number(value) ? null : { decimals: true };
};

/** A real calendar date as YYYY-MM-DD (what the datepicker's `IsoDateAdapter` gives). */
export const isoDate: ValidatorFn = (control: AbstractControl) => {
  const value = control.value as string | null;
  if (!value) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? null : { date: true };
};

/** Group validator: `to` may not be before `from` (the API's `validTo must not be before validFrom`). */
export function dateOrder(from: string, to: string): ValidatorFn {
  return (group: AbstractControl) => {
    const end = group.get(to);
    const a = group.get(from)?.value as string | null;
    const b = end?.value as string | null;
    if (!end) return null;
    const others = { ...(end.errors ?? {}) };
    delete others['dateOrder'];
    const wrong = !!a && !!b && b < a;
    end.setErrors(wrong ? { ...others, dateOrder: true } : Object.keys(others).length ? others : null, { emitEvent: false });
    return null;
  };
}

/** Trims a text field for sending; empty becomes null (the API stores "no text" as null). */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed.length ? trimmed : null;
}

/** A multi-line field as a list: one item per non-empty line. */
export function lines(value: string | null | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Moves focus to the first invalid field, so keyboard and screen-reader users land on the problem. */
export function focusFirstInvalid(root: HTMLElement): void {
  root.querySelector<HTMLElement>('[aria-invalid="true"], .ng-invalid input, .ng-invalid textarea, input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')?.focus();
}
