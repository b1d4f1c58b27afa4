import { HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@suunta/web-core';
import { EmailField } from '../shared/email-field';
import { safeReturnUrl } from '../shared/form-errors';
import { FormSubmitter, throttledMinutes } from '../shared/form-submitter';

@Component({
  selector: 'su-login-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe, RouterLink, EmailField],
  template: `
    <section class="narrow">
      <h1>{{ 'accounts.login.title' | transloco }}</h1>
      @if (expired()) {
        <p class="alert info" role="status">{{ 'accounts.login.expired' | transloco }}</p>
      }
      @if (passwordSet()) {
        <p class="alert ok" role="status">{{ 'accounts.login.passwordSet' | transloco }}</p>
      }
      <div aria-live="assertive">
        @if (ssoError(); as reason) {
          <p class="alert error" role="alert">{{ 'accounts.sso.errors.' + reason | transloco }}</p>
        }
        @if (error(); as e) {
          <p class="alert error" role="alert" id="login-error">{{ e.key | transloco: e.params }}</p>
        }
      </div>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-describedby]="error() ? 'login-error' : null">
        <su-email-field [control]="form.controls.email" />
        <mat-form-field>
          <mat-label>{{ 'accounts.login.password' | transloco }}</mat-label>
          <input matInput formControlName="password" type="password" autocomplete="current-password" required />
          @if (form.controls.password.hasError('required')) {
            <mat-error>{{ 'accounts.errors.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="submitter.busy()">
            {{ (submitter.busy() ? 'accounts.login.submitting' : 'accounts.login.submit') | transloco }}
          </button>
          <a routerLink="/forgot-password">{{ 'accounts.login.forgot' | transloco }}</a>
        </div>
      </form>

      <h2 class="sso-heading" id="sso-heading">{{ 'accounts.sso.title' | transloco }}</h2>
      <p class="hint" id="sso-lead">{{ 'accounts.sso.lead' | transloco }}</p>
      <form class="form" [formGroup]="ssoForm" (ngSubmit)="startSso()" novalidate aria-labelledby="sso-heading" aria-describedby="sso-lead">
        <su-email-field [control]="ssoForm.controls.email" label="accounts.sso.email" />
        <div class="actions">
          <button mat-stroked-button type="submit">{{ 'accounts.sso.submit' | transloco }}</button>
        </div>
      </form>
    </section>
  `,
  styleUrl: '../shared/page.css',
  styles: `.sso-heading { font-size: 1.15rem; margin: 32px 0 4px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Query parameters (bound by the router's withComponentInputBinding). */
  readonly returnUrl = input<string>();
  readonly expired = input<boolean, unknown>(false, { transform: (v: unknown) => v === '1' || v === true });
  readonly passwordSet = input<boolean, unknown>(false, { transform: (v: unknown) => v === '1' || v === true });
  /** Why a single sign-on came back here (`?sso=<reason>` from the API's callback). */
  readonly sso = input<string>();
  private readonly document = inject(DOCUMENT);

  protected readonly submitter = new FormSubmitter();
  protected readonly error = signal<{ key: string; params?: Record<string, unknown> } | null>(null);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly ssoForm = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });

  protected ssoError(): string | null {
    const reason = this.sso();
    return reason ? (SSO_REASONS.includes(reason) ? reason : 'failed') : null;
  }

  /** A full-page navigation: the API redirects to the organization's identity provider. */
  startSso(): void {
    if (!this.submitter.check(this.ssoForm)) return;
    const params = new URLSearchParams({ email: this.ssoForm.getRawValue().email.trim(), returnUrl: safeReturnUrl(this.returnUrl()) });
    this.document.location.assign(`/api/auth/sso/start?${params.toString()}`);
  }

  async submit(): Promise<void> {
    this.error.set(null);
    if (!this.submitter.check(this.form)) return;
    await this.submitter.run(
      async () => {
        await this.auth.login(this.form.getRawValue());
        await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      (error) => {
        this.error.set(loginError(error));
        this.form.controls.password.reset();
      },
    );
  }
}

const SSO_REASONS = ['no_provider', 'failed', 'unverified_email', 'no_account', 'disabled'];

function loginError(error: unknown): { key: string; params?: Record<string, unknown> } {
  if (error instanceof HttpErrorResponse && error.status === 401) return { key: 'accounts.login.wrongCredentials' };
  const minutes = throttledMinutes(error, 60);
  if (minutes !== null) return { key: 'accounts.login.throttled', params: { minutes } };
  return { key: 'accounts.login.failed' };
}
