import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';
import { passwordFieldError } from '../accept-invite/accept-invite-page';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors, focusFirstInvalid, sameAs } from '../shared/form-errors';

/** The page of the mailed reset link: a new password (the same rules as everywhere), once. */
@Component({
  selector: 'su-reset-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe, RouterLink],
  template: `
    <section class="narrow">
      <h1>{{ 'accounts.reset.title' | transloco }}</h1>
      @if (!token()) {
        <p class="alert error" role="alert">{{ 'accounts.reset.noToken' | transloco }}</p>
      } @else {
        <p class="hint" id="reset-lead">{{ 'accounts.reset.lead' | transloco }}</p>
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
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-describedby="reset-lead">
          <mat-form-field>
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
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'accounts.reset.submit' | transloco }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styleUrl: '../shared/page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(AccountsApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly token = input<string>();
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly busy = signal(false);
  protected readonly linkInvalid = signal(false);
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
    this.linkInvalid.set(false);
    const token = this.token();
    if (this.form.invalid || !token) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.resetPassword({ token, password: this.form.getRawValue().password }));
      await this.router.navigate(['/login'], { queryParams: { passwordSet: 1 } });
    } catch (error) {
      const formError = applyServerErrors(this.form, error);
      this.linkInvalid.set(!!formError && 'key' in formError && formError.key === 'reset.invalidLink');
      this.error.set(formError);
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }
}
