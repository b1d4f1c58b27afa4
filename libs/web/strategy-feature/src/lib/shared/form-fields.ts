import { ChangeDetectionStrategy, Component, computed, Directive, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ResponsibleRoleDto } from '@suunta/shared-domain';
import { LanguageService } from '@suunta/web-core';
import { SU_DATEPICKER } from '@suunta/web-ui';
import { shownError } from './form-errors.util';
import { LocalizedPipe } from './localized.pipe';

/*
 * The fields of the strategy area's edit forms, each a labelled Material field with its first
 * error (`strategy.errors.*`, shown once the user has been there or the form was submitted).
 * They sit inside the dialog's `<form [formGroup]>` and take their control from it, so the
 * dialog's submit and the API's field errors reach them as before.
 */
const FIELD_STYLES = `
  :host { display: block; }
  mat-form-field { width: 100%; }
`;

/** What every field has: its control, its label (a translation key) and its first error. */
@Directive()
abstract class StrategyField<T> {
  readonly control = input.required<FormControl<T>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();

  protected error() {
    return shownError(this.control());
  }
}

/** A text field: one line (`<input>`), or `rows` lines (`<textarea>`). */
@Component({
  selector: 'su-text-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <mat-form-field>
      <mat-label>{{ label() | transloco }}</mat-label>
      @if (rows(); as lineCount) {
        <textarea matInput [formControl]="control()" [required]="required()" [rows]="lineCount" [attr.data-testid]="testId()"></textarea>
      } @else {
        <input matInput [formControl]="control()" [required]="required()" [attr.autocomplete]="autocomplete()" [attr.lang]="lang()" [attr.data-testid]="testId()" />
      }
      @if (hint(); as key) { <mat-hint>{{ key | transloco }}</mat-hint> }
      @if (error(); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
    </mat-form-field>
  `,
  styles: FIELD_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextField extends StrategyField<string> {
  /** 0: one line. */
  readonly rows = input(0);
  readonly required = input(false);
  /** Translation key of a hint under the field. */
  readonly hint = input<string | null>(null);
  /** `off` for codes and notes the browser should not fill in. */
  readonly autocomplete = input<string | null>(null);
  /** The language of the text when it is not the page's (a name in Swedish). */
  readonly lang = input<string | null>(null);
  readonly testId = input<string | null>(null);
}

/** A day (YYYY-MM-DD) typed or picked from the calendar. */
@Component({
  selector: 'su-date-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, SU_DATEPICKER, TranslocoPipe],
  template: `
    <mat-form-field>
      <mat-label>{{ label() | transloco }}</mat-label>
      <input matInput [matDatepicker]="picker" [formControl]="control()" [required]="required()" />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
      @if (error(); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
    </mat-form-field>
  `,
  styles: FIELD_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateField extends StrategyField<string> {
  readonly required = input(false);
}

/**
 * The responsible roles of an item or a person (several may share one). Retired roles are offered
 * only where the item already names them (`kept`), so history stays as it was.
 */
@Component({
  selector: 'su-role-select',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TranslocoPipe, LocalizedPipe],
  template: `
    <mat-form-field>
      <mat-label>{{ label() | transloco }}</mat-label>
      <mat-select [formControl]="control()" multiple>
        @for (role of options(); track role.id) {
          <mat-option [value]="role.id">{{ role.name | localized: language.current() }}@if (role.retiredAt) { ({{ 'strategy.roles.retiredMark' | transloco }}) }</mat-option>
        }
      </mat-select>
      @if (hint(); as key) { <mat-hint>{{ key | transloco }}</mat-hint> }
      @if (error(); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
    </mat-form-field>
  `,
  styles: FIELD_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleSelect extends StrategyField<string[]> {
  protected readonly language = inject(LanguageService);
  readonly roles = input.required<readonly ResponsibleRoleDto[]>();
  /** The roles the item names already (kept even when retired). */
  readonly kept = input<readonly string[]>([]);
  readonly hint = input<string | null>(null);
  protected readonly options = computed(() => this.roles().filter((r) => !r.retiredAt || this.kept().includes(r.id)));
}
