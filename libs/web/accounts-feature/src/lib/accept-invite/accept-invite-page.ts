import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH } from '@suunta/shared-domain';
import { ApiErrorText } from '@suunta/web-core';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors, focusFirstInvalid, messageKey, sameAs } from '../shared/form-errors';

@Component({
  selector: 'su-accept-invite-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe],
  template: `
    <section class="narrow">
      <h1>{{ 'accounts.accept.title' | transloco }}</h1>
      @if (!token()) {
        <p class="alert error" role="alert">{{ 'accounts.accept.noToken' | transloco }}</p>
      } @else {
        <p class="hint" id="accept-lead">{{ 'accounts.accept.lead' | transloco }}</p>
        <div aria-live="assertive">
          @if (error(); as e) {
            <p class="alert error" role="alert">{{ 'key' in e ? ('accounts.' + e.key | transloco: { min }) : e.text }}</p>
          }
        </div>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-describedby="accept-lead">
          <!-- dynamic: the two-line hint pushes the next field down instead of hiding behind it -->
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'accounts.password.new' | transloco }}</mat-label>
            <input matInput formControlName="password" type="password" autocomplete="new-password" required />
            <mat-hint>{{ 'accounts.password.hint' | transloco }}</mat-hint>
            @if (form.controls.password.errors; as errors) {
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
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'accounts.accept.submit' | transloco }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styleUrl: '../shared/page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitePage {
  private readonly api = inject(AccountsApi);
  private readonly errorText = inject(ApiErrorText);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly token = input<string>();
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly busy = signal(false);
  protected readonly error = signal<{ key: string } | { text: string } | null>(null);
  protected readonly form = new FormGroup(
    {
      password: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)] }),
      confirm: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: sameAs('password', 'confirm') },
  );

  protected fieldError(errors: Record<string, unknown>): string {
    return passwordFieldError(errors);
  }

  async submit(): Promise<void> {
    this.error.set(null);
    const token = this.token();
    if (this.form.invalid || !token) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.acceptInvite({ token, password: this.form.getRawValue().password }));
      await this.router.navigate(['/login'], { queryParams: { passwordSet: 1 } });
    } catch (error) {
      this.error.set(applyServerErrors(this.form, error, this.errorText) ?? (this.form.controls.password.errors ? null : { key: 'errors.invalidLink' }));
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }
}

/** The translation key for a password field's first error. */
export function passwordFieldError(errors: Record<string, unknown>): string {
  if (errors['required']) return 'accounts.errors.required';
  if (errors['minlength']) return 'accounts.errors.minLength';
  if (errors['mismatch']) return 'accounts.errors.mismatch';
  if (typeof errors['server'] === 'string') return 'accounts.' + (messageKey(errors['server']) ?? 'errors.generic');
  return 'accounts.errors.generic';
}
