import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH, type AcceptInviteRequest, type ResetPasswordRequest } from '@suunta/shared-domain';
import { ApiErrorText } from '@suunta/web-core';
import { firstValueFrom, type Observable } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors } from '../shared/form-errors';
import { FormSubmitter } from '../shared/form-submitter';
import { NewPasswordFields, newPasswordForm } from '../shared/new-password-fields';

/** Which mailed link the page serves: its texts (under `accounts.<mode>`) and its API call. */
export type SetPasswordMode = 'accept' | 'reset';

/**
 * The page of a mailed link that sets a password once, then sends the user to sign in: the
 * invitation (`/accept-invite`, mode from the route's data) and the password reset
 * (`/reset-password`). Same rules as everywhere; a used or expired reset link offers a new one.
 */
@Component({
  selector: 'su-set-password-page',
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoPipe, RouterLink, NewPasswordFields],
  template: `
    <section class="narrow">
      <h1>{{ 'accounts.' + mode() + '.title' | transloco }}</h1>
      @if (!token()) {
        <p class="alert error" role="alert">{{ 'accounts.' + mode() + '.noToken' | transloco }}</p>
      } @else {
        <p class="hint" [id]="mode() + '-lead'">{{ 'accounts.' + mode() + '.lead' | transloco }}</p>
        <div aria-live="assertive">
          @if (error(); as e) {
            <p class="alert error" role="alert">
              {{ 'key' in e ? ('accounts.' + e.key | transloco: { min }) : e.text }}
              @if (linkInvalid()) {
                <a routerLink="/forgot-password">{{ 'accounts.reset.again' | transloco }}</a>
              }
            </p>
          }
        </div>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-describedby]="mode() + '-lead'">
          <su-new-password-fields [password]="form.controls.password" [confirm]="form.controls.confirm" />
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="submitter.busy()">{{ 'accounts.' + mode() + '.submit' | transloco }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styleUrl: '../shared/page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage {
  private readonly api = inject(AccountsApi);
  private readonly errorText = inject(ApiErrorText);
  private readonly router = inject(Router);

  /** From the route's data. */
  readonly mode = input.required<SetPasswordMode>();
  /** The link's query parameter. */
  readonly token = input<string>();
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly submitter = new FormSubmitter();
  protected readonly linkInvalid = signal(false);
  protected readonly error = signal<{ key: string } | { text: string } | null>(null);
  protected readonly form = newPasswordForm('password');

  async submit(): Promise<void> {
    this.error.set(null);
    this.linkInvalid.set(false);
    const token = this.token();
    if (!this.submitter.check(this.form, !!token) || !token) return;
    const body = { token, password: this.form.getRawValue().password };
    await this.submitter.run(
      async () => {
        await firstValueFrom(this.send(body));
        await this.router.navigate(['/login'], { queryParams: { passwordSet: 1 } });
      },
      (error) => {
        const formError = applyServerErrors(this.form, error, this.errorText) ?? (this.form.controls.password.errors ? null : { key: this.usedLinkKey() });
        this.linkInvalid.set(this.mode() === 'reset' && !!formError && 'key' in formError && formError.key === 'reset.invalidLink');
        this.error.set(formError);
        this.submitter.focusInvalid();
      },
    );
  }

  private send(body: AcceptInviteRequest & ResetPasswordRequest): Observable<void> {
    return this.mode() === 'accept' ? this.api.acceptInvite(body) : this.api.resetPassword(body);
  }

  private usedLinkKey(): string {
    return this.mode() === 'accept' ? 'errors.invalidLink' : 'reset.invalidLink';
  }
}
