import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { NewPasswordFields, newPasswordForm, passwordFieldError } from './new-password-fields';

describe('newPasswordForm', () => {
  it('names the new password as asked, puts other controls first, and applies the policy and the confirmation', () => {
    const form = newPasswordForm('newPassword', { currentPassword: new FormControl('', { nonNullable: true }) });
    expect(Object.keys(form.controls)).toEqual(['currentPassword', 'newPassword', 'confirm']);
    form.controls.newPassword.setValue('lyhyt');
    expect(form.controls.newPassword.hasError('minlength')).toBe(true);
    form.controls.newPassword.setValue('lakeus tuulee lännestä');
    form.controls.confirm.setValue('lakeus tuulee idästä');
    expect(form.controls.confirm.hasError('mismatch')).toBe(true);
    form.controls.confirm.setValue('lakeus tuulee lännestä');
    form.controls.currentPassword.setValue('vanha');
    expect(form.valid).toBe(true);
  });
});

describe('passwordFieldError', () => {
  it('gives the first error\'s key, a known server message worded by the accounts texts', () => {
    expect(passwordFieldError({ required: true, minlength: {} })).toBe('accounts.errors.required');
    expect(passwordFieldError({ minlength: { requiredLength: 12 } })).toBe('accounts.errors.minLength');
    expect(passwordFieldError({ mismatch: true })).toBe('accounts.errors.mismatch');
    expect(passwordFieldError({ server: 'The password is too common' })).toBe('accounts.errors.common');
    expect(passwordFieldError({ server: 'Something else' })).toBe('accounts.errors.generic');
  });
});

@Component({
  imports: [ReactiveFormsModule, NewPasswordFields],
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()" novalidate>
      <su-new-password-fields [password]="form.controls.password" [confirm]="form.controls.confirm" />
      <button type="submit">OK</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostPage {
  readonly form = newPasswordForm('password');
}

describe('NewPasswordFields', () => {
  it('shows each field\'s error once the page\'s form is submitted, tied to its input', async () => {
    TestBed.configureTestingModule({
      imports: [HostPage, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [provideNoopAnimations()],
    });
    const fixture = TestBed.createComponent(HostPage);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelectorAll('mat-error')).toHaveLength(0);
    expect(root.querySelectorAll('input[type=password][autocomplete=new-password]')).toHaveLength(2);

    fixture.componentInstance.form.controls.password.setValue('lyhyt');
    root.querySelector<HTMLButtonElement>('button')?.click();
    await fixture.whenStable();

    const errors = [...root.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors).toEqual(['accounts.errors.minLength', 'accounts.errors.required']);
    const first = root.querySelector('input');
    const error = root.querySelector('mat-error');
    expect(first?.getAttribute('aria-invalid')).toBe('true');
    expect(first?.getAttribute('aria-describedby')).toContain(error?.id);
  });
});
