import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  MEASUREMENT_KINDS,
  NUMERIC_TARGET_KINDS,
  STRATEGY_LIMITS,
  type EvaluationCriterionDto,
  type MeasurementKind,
  type ResponsibleRoleDto,
} from '@suunta/shared-domain';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { isoDate, notBlank, textOrNull, twoDecimals } from '../shared/form-errors.util';
import { DateField, RoleSelect, TextField } from '../shared/form-fields';
import { MeasuresEditor, measuresArray, measuresBody } from '../shared/measures-editor';
import { EditDialogForm } from './dialog-parts';
import { EditDialogBase } from './edit-dialog-base';

export interface CriterionFormData {
  csfId: string;
  node?: EvaluationCriterionDto;
  roles: ResponsibleRoleDto[];
}

/** Creates or edits an evaluation criterion: what is measured, how, how often, against which target. */
@Component({
  selector: 'su-criterion-form-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, EditDialogForm, TextField, DateField, RoleSelect, MeasuresEditor],
  template: `
    <h2 mat-dialog-title id="criterion-dialog-title">{{ (data.node ? 'strategy.edit.titles.criterionEdit' : 'strategy.edit.titles.criterionNew') | transloco }}</h2>
    <form [suEditDialog]="this" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="criterion-dialog-title">
      <su-text-field [control]="form.controls.title" label="strategy.form.title" [rows]="2" [required]="true" />
      <su-text-field [control]="form.controls.description" label="strategy.form.description" [rows]="2" />
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'strategy.criterion.measurementKind' | transloco }}</mat-label>
          <mat-select formControlName="measurementKind" required>
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ 'strategy.criterion.kind.' + kind | transloco }}</mat-option>
            }
          </mat-select>
          @if (err('measurementKind'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <su-text-field [control]="form.controls.unit" label="strategy.criterion.unit" autocomplete="off" />
      </div>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'strategy.criterion.yearlyTarget' | transloco }}</mat-label>
          <input matInput type="number" inputmode="decimal" min="0" step="any" formControlName="yearlyTarget" />
          @if (!numericTarget()) { <mat-hint>{{ 'strategy.form.targetDisabled' | transloco }}</mat-hint> }
          @if (err('yearlyTarget'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <su-date-field [control]="form.controls.deadline" label="strategy.criterion.deadline" />
      </div>
      <su-text-field [control]="form.controls.frequency" label="strategy.criterion.frequency" autocomplete="off" />
      <su-text-field [control]="form.controls.method" label="strategy.criterion.method" [rows]="2" />
      <su-role-select [control]="form.controls.roleIds" label="strategy.criterion.responsible" [roles]="data.roles" [kept]="data.node?.roleIds ?? []" hint="strategy.form.rolesHint" />
      <su-measures-editor [array]="form.controls.measures" />
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionFormDialog extends EditDialogBase<EvaluationCriterionDto> {
  protected readonly data = inject<CriterionFormData>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);
  protected readonly kinds = MEASUREMENT_KINDS;

  readonly form = new FormGroup({
    title: new FormControl(this.data.node?.title ?? '', { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.title)] }),
    description: new FormControl(this.data.node?.description ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.text)] }),
    measurementKind: new FormControl<MeasurementKind>(this.data.node?.measurementKind ?? 'count', { nonNullable: true, validators: [Validators.required] }),
    unit: new FormControl(this.data.node?.unit ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    yearlyTarget: new FormControl<number | null>(this.data.node?.yearlyTarget ?? null, {
      validators: [Validators.min(0), Validators.max(STRATEGY_LIMITS.targetMax), twoDecimals],
    }),
    deadline: new FormControl(this.data.node?.deadline ?? '', { nonNullable: true, validators: [isoDate] }),
    frequency: new FormControl(this.data.node?.frequency ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    method: new FormControl(this.data.node?.method ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.text)] }),
    roleIds: new FormControl<string[]>(this.data.node?.roleIds ?? [], { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.rolesPerItem)] }),
    measures: measuresArray(this.data.node?.measures),
  });

  /** A milestone or a qualitative criterion has no numeric target: the field is disabled and cleared. */
  protected readonly numericTarget = signal(true);

  constructor() {
    super();
    this.applyKind(this.form.controls.measurementKind.value);
    this.form.controls.measurementKind.valueChanges.pipe(takeUntilDestroyed()).subscribe((kind) => this.applyKind(kind));
  }

  private applyKind(kind: MeasurementKind): void {
    const numeric = NUMERIC_TARGET_KINDS.includes(kind);
    this.numericTarget.set(numeric);
    const target = this.form.controls.yearlyTarget;
    if (numeric) target.enable({ emitEvent: false });
    else {
      target.setValue(null, { emitEvent: false });
      target.disable({ emitEvent: false });
    }
  }

  protected send(version?: number) {
    const v = this.form.getRawValue();
    const body = {
      title: v.title.trim(),
      description: textOrNull(v.description),
      measurementKind: v.measurementKind,
      unit: textOrNull(v.unit),
      yearlyTarget: NUMERIC_TARGET_KINDS.includes(v.measurementKind) && v.yearlyTarget !== null && (v.yearlyTarget as unknown) !== '' ? Number(v.yearlyTarget) : null,
      deadline: v.deadline || null,
      frequency: textOrNull(v.frequency),
      method: textOrNull(v.method),
      roleIds: v.roleIds,
      measures: measuresBody(this.form.controls.measures),
    };
    const node = this.data.node;
    return node ? this.api.updateCriterion(node.id, { ...body, version: version ?? node.version }) : this.api.createCriterion(this.data.csfId, body);
  }

  protected async latestVersion(): Promise<number> {
    return (await this.api.node<EvaluationCriterionDto>('criterion', (this.data.node as EvaluationCriterionDto).id)).version;
  }
}
