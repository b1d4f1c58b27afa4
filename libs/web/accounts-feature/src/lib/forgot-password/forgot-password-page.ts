import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { focusFirstInvalid } from '../shared/form-errors';

/** "Forgot password": asks for the e-mail; the answer is the same whether or not it has an account. */
@Component({
  selector: 'su-forgot-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe, RouterLink],
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
          <mat-form-field>
            <mat-label>{{ 'accounts.login.email' | transloco }}</mat-label>
            <input matInput formControlName="email" type="email" autocomplete="username" required />
            @if (form.controls.email.hasError('required')) {
              <mat-error>{{ 'accounts.errors.required' | transloco }}</mat-error>
            } @else if (form.controls.email.hasError('email')) {
              <mat-error>{{ 'accounts.errors.email' | transloco }}</mat-error>
            }
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'accounts.forgot.submit' | transloco }}</button>
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
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<{ key: string; params?: Record<string, unknown> } | null>(null);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });

  async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.forgotPassword({ email: this.form.getRawValue().email }));
      this.sent.set(true);
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 429) {
        const seconds = Number(error.headers.get('Retry-After')) || 3600;
        this.error.set({ key: 'accounts.forgot.throttled', params: { minutes: Math.max(1, Math.ceil(seconds / 60)) } });
      } else {
        this.error.set({ key: 'accounts.login.failed' });
      }
    } finally {
      this.busy.set(false);
    }
  }
}
