import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH } from '@suunta/shared-domain';
import { ApiErrorText } from '@suunta/web-core';
import { firstValueFrom } from 'rxjs';
import { passwordFieldError } from '../accept-invite/accept-invite-page';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors, focusFirstInvalid, sameAs } from '../shared/form-errors';

@Component({
  selector: 'su-change-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe],
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
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'accounts.password.new' | transloco }}</mat-label>
          <input matInput formControlName="newPassword" type="password" autocomplete="new-password" required />
          <mat-hint>{{ 'accounts.password.hint' | transloco }}</mat-hint>
          @if (form.controls.newPassword.errors; as errors) {
            <mat-error>{{ fieldError(errors) | transloco: { min } }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'accounts.password.confirm' | transloco }}</mat-label>
          <input matInput formControlName="confirm" type="password" autocomplete="new-password" required />
          @if (form.controls.confirm.errors; as errors) {
            <mat-error>{{ fieldError(errors) | transloco: { min } }}</mat-error>
          }
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'accounts.password.submit' | transloco }}</button>
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
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<{ key: string } | { text: string } | null>(null);
  protected readonly form = new FormGroup(
    {
      currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)] }),
      confirm: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: sameAs('newPassword', 'confirm') },
  );

  protected fieldError(errors: Record<string, unknown>): string {
    return passwordFieldError(errors);
  }

  async submit(): Promise<void> {
    this.error.set(null);
    this.done.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    this.busy.set(true);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      this.form.reset();
      this.done.set(true);
    } catch (error) {
      this.error.set(applyServerErrors(this.form, error, this.errorText));
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }
}
