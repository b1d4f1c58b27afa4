import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ResponsibleRoleDto } from '@suunta/shared-domain';
import { provideSuuntaDates } from '@suunta/web-core';
import { isoDate, notBlank } from './form-errors.util';
import { DateField, RoleSelect, TextField } from './form-fields';

const role = (id: string, fi: string, retiredAt: string | null = null) => ({ id, name: { fi }, retiredAt }) as unknown as ResponsibleRoleDto;

@Component({
  imports: [ReactiveFormsModule, TextField, DateField, RoleSelect],
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()" novalidate>
      <su-text-field [control]="form.controls.title" label="strategy.form.title" [required]="true" testId="title" />
      <su-text-field [control]="form.controls.description" label="strategy.form.description" [rows]="4" hint="strategy.form.codeHint" />
      <su-date-field [control]="form.controls.deadline" label="strategy.criterion.deadline" />
      <su-role-select [control]="form.controls.roleIds" label="strategy.form.roles" [roles]="roles" [kept]="['r3']" />
      <button type="submit">OK</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostForm {
  readonly roles = [role('r1', 'Hallitus'), role('r2', 'Entinen työryhmä', '2025-01-01'), role('r3', 'Vanha johtoryhmä', '2025-06-01')];
  readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, notBlank] }),
    description: new FormControl('', { nonNullable: true }),
    deadline: new FormControl('2026-02-30', { nonNullable: true, validators: [isoDate] }),
    roleIds: new FormControl<string[]>(['r3'], { nonNullable: true }),
  });
}

describe('strategy form fields', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [HostForm, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [provideNoopAnimations(), provideSuuntaDates()],
    });
    const fixture = TestBed.createComponent(HostForm);
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('renders a labelled input, a textarea with its rows and hint, and a date field', async () => {
    const { root } = await render();
    const title = root.querySelector<HTMLInputElement>('input[data-testid=title]');
    expect(title?.required).toBe(true);
    expect(root.querySelector('textarea')?.getAttribute('rows')).toBe('4');
    expect([...root.querySelectorAll('mat-label')].map((l) => l.textContent?.trim())).toEqual([
      'strategy.form.title',
      'strategy.form.description',
      'strategy.criterion.deadline',
      'strategy.form.roles',
    ]);
    expect(root.querySelector('mat-hint')?.textContent).toBe('strategy.form.codeHint');
    expect(root.querySelector('mat-datepicker-toggle')).not.toBeNull();
    expect(root.querySelectorAll('mat-error')).toHaveLength(0);
  });

  it('shows each field\'s first error after the form is submitted, tied to its input', async () => {
    const { fixture, root } = await render();
    fixture.componentInstance.form.controls.title.setValue('   ');
    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    // "   " is blank (required passes on a non-empty string); 30 February is no date.
    expect([...root.querySelectorAll('mat-error')].map((e) => e.textContent?.trim())).toEqual(['strategy.errors.blank', 'strategy.errors.date']);
    const title = root.querySelector('input[data-testid=title]');
    expect(title?.getAttribute('aria-invalid')).toBe('true');
    expect(title?.getAttribute('aria-describedby')).toContain(root.querySelector('mat-error')?.id);
  });

  it('offers the active roles and a retired one only when the item already names it', async () => {
    const { fixture, root } = await render();
    root.querySelector<HTMLElement>('mat-select')?.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll('mat-option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Hallitus', 'Vanha johtoryhmä (strategy.roles.retiredMark)']);
  });
});
