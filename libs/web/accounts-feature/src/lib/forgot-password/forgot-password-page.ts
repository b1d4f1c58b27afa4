import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { EmailField } from '../shared/email-field';
import { FormSubmitter, throttledMinutes } from '../shared/form-submitter';

/** "Forgot password": asks for the e-mail; the answer is the same whether or not it has an account. */
@Component({
  selector: 'su-forgot-password-page',
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoPipe, RouterLink, EmailField],
  template: `
    <section class="narrow">
      <h1>{{ 'accounts.forgot.title' | transloco }}</h1>
      <div aria-live="polite">
        @if (sent()) {
          <p class="alert ok" role="status">{{ 'accounts.forgot.sent' | transloco }}</p>
        }
      </div>
      <div aria-live="assertive">
        @if (error(); as e) {
          <p class="alert error" role="alert">{{ e.key | transloco: e.params }}</p>
        }
      </div>
      @if (!sent()) {
        <p class="hint" id="forgot-lead">{{ 'accounts.forgot.lead' | transloco }}</p>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-describedby="forgot-lead">
          <su-email-field [control]="form.controls.email" />
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="submitter.busy()">{{ 'accounts.forgot.submit' | transloco }}</button>
          </div>
        </form>
      }
      <p><a routerLink="/login">{{ 'accounts.forgot.back' | transloco }}</a></p>
    </section>
  `,
  styleUrl: '../shared/page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AccountsApi);

  protected readonly submitter = new FormSubmitter();
  protected readonly sent = signal(false);
  protected readonly error = signal<{ key: string; params?: Record<string, unknown> } | null>(null);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });

  async submit(): Promise<void> {
    this.error.set(null);
    if (!this.submitter.check(this.form)) return;
    await this.submitter.run(
      async () => {
        await firstValueFrom(this.api.forgotPassword({ email: this.form.getRawValue().email }));
        this.sent.set(true);
      },
      (error) => {
        const minutes = throttledMinutes(error, 3600);
        this.error.set(minutes === null ? { key: 'accounts.login.failed' } : { key: 'accounts.forgot.throttled', params: { minutes } });
      },
    );
  }
}
