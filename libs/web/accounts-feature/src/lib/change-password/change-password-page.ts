import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH } from '@suunta/shared-domain';
import { ApiErrorText } from '@suunta/web-core';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors } from '../shared/form-errors';
import { FormSubmitter } from '../shared/form-submitter';
import { NewPasswordFields, newPasswordForm, passwordFieldError } from '../shared/new-password-fields';

@Component({
  selector: 'su-change-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe, NewPasswordFields],
  template: `
    <section class="narrow">
      <h1>{{ 'accounts.password.title' | transloco }}</h1>
      <div aria-live="polite">
        @if (done()) {
          <p class="alert ok" role="status">{{ 'accounts.password.done' | transloco }}</p>
        }
        @if (error(); as e) {
          <p class="alert error" role="alert">{{ 'key' in e ? ('accounts.' + e.key | transloco: { min }) : e.text }}</p>
        }
      </div>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field>
          <mat-label>{{ 'accounts.password.current' | transloco }}</mat-label>
          <input matInput formControlName="currentPassword" type="password" autocomplete="current-password" required />
          @if (form.controls.currentPassword.errors; as errors) {
            <mat-error>{{ fieldError(errors) | transloco: { min } }}</mat-error>
          }
        </mat-form-field>
        <su-new-password-fields [password]="form.controls.newPassword" [confirm]="form.controls.confirm" />
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="submitter.busy()">{{ 'accounts.password.submit' | transloco }}</button>
        </div>
      </form>
    </section>
  `,
  styleUrl: '../shared/page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly api = inject(AccountsApi);
  private readonly errorText = inject(ApiErrorText);

  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly submitter = new FormSubmitter();
  protected readonly done = signal(false);
  protected readonly error = signal<{ key: string } | { text: string } | null>(null);
  protected readonly form = newPasswordForm('newPassword', {
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly fieldError = passwordFieldError;

  async submit(): Promise<void> {
    this.error.set(null);
    this.done.set(false);
    if (!this.submitter.check(this.form)) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    await this.submitter.run(
      async () => {
        await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
        this.form.reset();
        this.done.set(true);
      },
      (error) => {
        this.error.set(applyServerErrors(this.form, error, this.errorText));
        this.submitter.focusInvalid();
      },
    );
  }
}
