import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
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
import { LanguageService } from '@suunta/web-core';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { SU_DATEPICKER } from '@suunta/web-ui';
import { ConflictPanel } from '../shared/conflict-panel';
import { isoDate, notBlank, textOrNull, twoDecimals } from '../shared/form-errors.util';
import { LocalizedPipe } from '../shared/localized.pipe';
import { MeasuresEditor, measuresArray, measuresBody } from '../shared/measures-editor';
import { EditDialogBase } from './edit-dialog-base';

export interface CriterionFormData {
  csfId: string;
  node?: EvaluationCriterionDto;
  roles: ResponsibleRoleDto[];
}

/** Creates or edits an evaluation criterion: what is measured, how, how often, against which target. */
@Component({
  selector: 'su-criterion-form-dialog',
  imports: [SU_DATEPICKER, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, ConflictPanel, LocalizedPipe, MeasuresEditor],
  template: `
    <h2 mat-dialog-title id="criterion-dialog-title">{{ (data.node ? 'strategy.edit.titles.criterionEdit' : 'strategy.edit.titles.criterionNew') | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="criterion-dialog-title">
      <mat-dialog-content class="form">
        @if (conflict()) { <su-conflict-panel (reload)="reload()" (keepMine)="keepMine()" /> }
        @if (problem(); as p) { <p class="alert" role="alert">{{ 'strategy.' + p.key | transloco: p.params }}</p> }
        <mat-form-field>
          <mat-label>{{ 'strategy.form.title' | transloco }}</mat-label>
          <textarea matInput formControlName="title" required rows="2"></textarea>
          @if (err('title'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'strategy.form.description' | transloco }}</mat-label>
          <textarea matInput formControlName="description" rows="2"></textarea>
          @if (err('description'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
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
          <mat-form-field>
            <mat-label>{{ 'strategy.criterion.unit' | transloco }}</mat-label>
            <input matInput formControlName="unit" autocomplete="off" />
            @if (err('unit'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'strategy.criterion.yearlyTarget' | transloco }}</mat-label>
            <input matInput type="number" inputmode="decimal" min="0" step="any" formControlName="yearlyTarget" />
            @if (!numericTarget()) { <mat-hint>{{ 'strategy.form.targetDisabled' | transloco }}</mat-hint> }
            @if (err('yearlyTarget'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'strategy.criterion.deadline' | transloco }}</mat-label>
            <input matInput [matDatepicker]="deadlinePicker" formControlName="deadline" />
            <mat-datepicker-toggle matIconSuffix [for]="deadlinePicker" />
            <mat-datepicker #deadlinePicker />
            @if (err('deadline'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'strategy.criterion.frequency' | transloco }}</mat-label>
          <input matInput formControlName="frequency" autocomplete="off" />
          @if (err('frequency'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'strategy.criterion.method' | transloco }}</mat-label>
          <textarea matInput formControlName="method" rows="2"></textarea>
          @if (err('method'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'strategy.criterion.responsible' | transloco }}</mat-label>
          <mat-select formControlName="roleIds" multiple>
            @for (role of roleOptions; track role.id) {
              <mat-option [value]="role.id">{{ role.name | localized: language.current() }}@if (role.retiredAt) { ({{ 'strategy.roles.retiredMark' | transloco }}) }</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'strategy.form.rolesHint' | transloco }}</mat-hint>
          @if (err('roleIds'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <su-measures-editor [array]="form.controls.measures" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">{{ 'strategy.edit.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'strategy.edit.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CriterionFormDialog extends EditDialogBase<EvaluationCriterionDto> {
  protected readonly data = inject<CriterionFormData>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);
  protected readonly language = inject(LanguageService);
  /** Retired roles are offered only where this item already names them (history stays as it was). */
  protected readonly roleOptions = this.data.roles.filter((r) => !r.retiredAt || (this.data.node?.roleIds ?? []).includes(r.id));
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
