import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH } from '@suunta/shared-domain';
import { messageKey, sameAs } from './form-errors';

/** The translation key for a password field's first error. */
export function passwordFieldError(errors: Record<string, unknown>): string {
  if (errors['required']) return 'accounts.errors.required';
  if (errors['minlength']) return 'accounts.errors.minLength';
  if (errors['mismatch']) return 'accounts.errors.mismatch';
  if (typeof errors['server'] === 'string') return 'accounts.' + (messageKey(errors['server']) ?? 'errors.generic');
  return 'accounts.errors.generic';
}

export type NewPasswordControls<N extends string> = Record<N, FormControl<string>> & { confirm: FormControl<string> };

/**
 * A form with a new password (named as the API names it, so its field errors land on it) and its
 * confirmation, with the rules the API enforces; `others` come first (e.g. the current password).
 */
export function newPasswordForm<N extends string, O extends Record<string, AbstractControl> = Record<never, never>>(
  name: N,
  others?: O,
): FormGroup<O & NewPasswordControls<N>> {
  const controls = {
    ...others,
    [name]: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)] }),
    confirm: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  } as O & NewPasswordControls<N>;
  return new FormGroup(controls, { validators: sameAs(name, 'confirm') });
}

/**
 * The new password and its confirmation, as on every page that sets a password: the policy as a
 * hint under the first field, each field's error in its mat-error (tied to the input by Material).
 * It sits inside the page's `<form>`, whose FormGroupDirective decides when errors show.
 */
@Component({
  selector: 'su-new-password-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <!-- dynamic: the two-line hint pushes the next field down instead of hiding behind it -->
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ 'accounts.password.new' | transloco }}</mat-label>
      <input matInput [formControl]="password()" type="password" autocomplete="new-password" required />
      <mat-hint>{{ 'accounts.password.hint' | transloco }}</mat-hint>
      @if (password().errors; as errors) {
        <mat-error>{{ fieldError(errors) | transloco: { min } }}</mat-error>
      }
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'accounts.password.confirm' | transloco }}</mat-label>
      <input matInput [formControl]="confirm()" type="password" autocomplete="new-password" required />
      @if (confirm().errors; as errors) {
        <mat-error>{{ fieldError(errors) | transloco: { min } }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
    mat-form-field { width: 100%; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordFields {
  readonly password = input.required<FormControl<string>>();
  readonly confirm = input.required<FormControl<string>>();
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly fieldError = passwordFieldError;
}
