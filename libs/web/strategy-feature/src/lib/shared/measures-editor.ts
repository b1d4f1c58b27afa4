import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { MEASUREMENT_KINDS, NUMERIC_TARGET_KINDS, STRATEGY_LIMITS, type Measure, type MeasureInput, type MeasurementKind } from '@suunta/shared-domain';
import { errorMessage, notBlank, textOrNull, twoDecimals } from './form-errors.util';

export type MeasureForm = FormGroup<{
  text: FormControl<string>;
  measurementKind: FormControl<MeasurementKind>;
  unit: FormControl<string>;
  target: FormControl<number | null>;
  frequency: FormControl<string>;
}>;

/** One sub-measure as a form group, with the API's limits. */
export function measureForm(m?: Partial<Measure>): MeasureForm {
  return new FormGroup({
    text: new FormControl(m?.text ?? '', { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.title)] }),
    measurementKind: new FormControl<MeasurementKind>(m?.measurementKind ?? 'count', { nonNullable: true, validators: [Validators.required] }),
    unit: new FormControl(m?.unit ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    target: new FormControl<number | null>(m?.target ?? null, { validators: [Validators.min(0), Validators.max(STRATEGY_LIMITS.targetMax), twoDecimals] }),
    frequency: new FormControl(m?.frequency ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
  });
}

export function measuresArray(measures: readonly Measure[] = []): FormArray<MeasureForm> {
  return new FormArray(measures.map((m) => measureForm(m)), { validators: [Validators.maxLength(STRATEGY_LIMITS.measures)] });
}

/** The form's sub-measures as the API takes them (texts trimmed, empty fields null). */
export function measuresBody(array: FormArray<MeasureForm>): MeasureInput[] {
  return array.getRawValue().map((m) => ({
    text: m.text.trim(),
    measurementKind: m.measurementKind,
    unit: textOrNull(m.unit),
    target: NUMERIC_TARGET_KINDS.includes(m.measurementKind) && m.target !== null && (m.target as unknown) !== '' ? Number(m.target) : null,
    frequency: textOrNull(m.frequency),
  }));
}

/**
 * The sub-measures of a criterion or an action ("Hyvinvointibarometri yhteistyössä (1)"): a list
 * of small rows, each with what is measured, how, the unit, a target and how often. Adding a row
 * puts the focus in its text; removing one puts it on the "add" button.
 */
@Component({
  selector: 'su-measures-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  template: `
    <fieldset data-testid="measures-editor">
      <legend>{{ 'strategy.measures.legend' | transloco }}</legend>
      <p class="hint">{{ 'strategy.measures.hint' | transloco }}</p>
      @for (group of array().controls; track group; let i = $index) {
        <div class="measure" [formGroup]="group" role="group" [attr.aria-label]="'strategy.measures.item' | transloco: { n: i + 1 }">
          <mat-form-field class="text">
            <mat-label>{{ 'strategy.measures.text' | transloco }} {{ i + 1 }}</mat-label>
            <input matInput formControlName="text" required autocomplete="off" [attr.data-measure-text]="i" />
            @if (fieldErr(group, 'text'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'strategy.criterion.measurementKind' | transloco }}</mat-label>
            <mat-select formControlName="measurementKind">
              @for (kind of kinds; track kind) { <mat-option [value]="kind">{{ 'strategy.criterion.kind.' + kind | transloco }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'strategy.criterion.unit' | transloco }}</mat-label>
            <input matInput formControlName="unit" autocomplete="off" />
            @if (fieldErr(group, 'unit'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'strategy.measures.target' | transloco }}</mat-label>
            <input matInput type="number" inputmode="decimal" min="0" step="any" formControlName="target" />
            @if (!numeric(group)) { <mat-hint>{{ 'strategy.form.targetDisabled' | transloco }}</mat-hint> }
            @if (fieldErr(group, 'target'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'strategy.criterion.frequency' | transloco }}</mat-label>
            <input matInput formControlName="frequency" autocomplete="off" />
            @if (fieldErr(group, 'frequency'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <button mat-icon-button type="button" class="remove" (click)="remove(i)" [attr.aria-label]="'strategy.measures.remove' | transloco: { n: i + 1 }">
            <mat-icon aria-hidden="true">delete</mat-icon>
          </button>
        </div>
      }
      @if (array().length < max) {
        <button mat-stroked-button type="button" class="add" (click)="add()" data-testid="add-measure">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'strategy.measures.add' | transloco }}
        </button>
      }
    </fieldset>
  `,
  styles: `
    .measure { display: flex; flex-wrap: wrap; gap: 0 8px; align-items: flex-start; border-bottom: 1px solid var(--su-border); margin-bottom: 8px; }
    .measure mat-form-field { flex: 1 1 140px; }
    .measure .text { flex: 1 1 100%; }
    .remove { align-self: center; }
    .hint { color: var(--su-text-muted); font-size: 0.85rem; margin: 0 0 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasuresEditor {
  readonly array = input.required<FormArray<MeasureForm>>();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly kinds = MEASUREMENT_KINDS;
  protected readonly max = STRATEGY_LIMITS.measures;

  protected add(): void {
    const index = this.array().length;
    this.array().push(measureForm());
    this.array().markAsDirty();
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(`[data-measure-text="${index}"]`)?.focus());
  }

  protected remove(index: number): void {
    this.array().removeAt(index);
    this.array().markAsDirty();
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.add')?.focus());
  }

  protected numeric(group: MeasureForm): boolean {
    return NUMERIC_TARGET_KINDS.includes(group.controls.measurementKind.value);
  }

  protected fieldErr(group: MeasureForm, name: keyof MeasureForm['controls']) {
    const control = group.controls[name];
    return control.invalid && (control.touched || control.dirty) ? errorMessage(control.errors) : null;
  }
}
