import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The e-mail field of the sign-in forms (the user name to the browser's password manager), with
 * its two errors. Sits inside the page's `<form>`, whose submit decides when errors show.
 */
@Component({
  selector: 'su-email-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <mat-form-field>
      <mat-label>{{ label() | transloco }}</mat-label>
      <input matInput [formControl]="control()" type="email" autocomplete="username" required />
      @if (control().hasError('required')) {
        <mat-error>{{ 'accounts.errors.required' | transloco }}</mat-error>
      } @else if (control().hasError('email')) {
        <mat-error>{{ 'accounts.errors.email' | transloco }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
    mat-form-field { width: 100%; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailField {
  readonly control = input.required<FormControl<string>>();
  /** Translation key of the label. */
  readonly label = input('accounts.login.email');
}
