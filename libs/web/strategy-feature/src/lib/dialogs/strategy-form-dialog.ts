import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { STRATEGY_LIMITS, type StrategyDto } from '@suunta/shared-domain';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { dateOrder, errorMessage, lines, notBlank, textOrNull } from '../shared/form-errors.util';
import { TextField } from '../shared/form-fields';
import { EditDialogForm } from './dialog-parts';
import { EditDialogBase } from './edit-dialog-base';
import { StrategyHeadFields, strategyHeadBody, strategyHeadControls } from './strategy-head';

const text = (value: string | null | undefined, max: number = STRATEGY_LIMITS.text) =>
  new FormControl(value ?? '', { nonNullable: true, validators: [Validators.maxLength(max)] });

const valueGroup = (name = '', description = '') =>
  new FormGroup({
    name: new FormControl(name, { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    text: new FormControl(description, { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.text)] }),
  });

/** Edits a draft strategy's own texts: title, validity, vision, mission and its means, values, tasks, slogan. */
@Component({
  selector: 'su-strategy-form-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe, EditDialogForm, StrategyHeadFields, TextField],
  template: `
    <h2 mat-dialog-title id="strategy-dialog-title">{{ 'strategy.edit.titles.strategy' | transloco }}</h2>
    <form [suEditDialog]="this" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="strategy-dialog-title">
      <su-strategy-head-fields [controls]="form.controls" />
      @for (field of longTexts; track field.name) {
        <mat-form-field>
          <mat-label>{{ 'strategy.form.' + field.name | transloco }}</mat-label>
          <textarea matInput [formControlName]="field.name" [rows]="field.rows"></textarea>
          @if (field.lines) { <mat-hint>{{ 'strategy.form.onePerLine' | transloco }}</mat-hint> }
          @if (err(field.name); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
      }
      <fieldset formArrayName="values">
        <legend>{{ 'strategy.form.values' | transloco }}</legend>
        @for (group of values.controls; track group; let i = $index) {
          <div [formGroupName]="i" class="value">
            <mat-form-field>
              <mat-label>{{ 'strategy.form.valueName' | transloco }}</mat-label>
              <input matInput formControlName="name" required />
              @if (valueErr(i, 'name'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'strategy.form.valueText' | transloco }}</mat-label>
              <textarea matInput formControlName="text" rows="2" required></textarea>
              @if (valueErr(i, 'text'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
            </mat-form-field>
            <button mat-icon-button type="button" (click)="values.removeAt(i)" [attr.aria-label]="'strategy.form.removeValue' | transloco: { name: group.value.name }">
              <mat-icon aria-hidden="true">delete</mat-icon>
            </button>
          </div>
        }
        <button mat-stroked-button type="button" (click)="values.push(newValue())">{{ 'strategy.form.addValue' | transloco }}</button>
      </fieldset>
      <su-text-field [control]="form.controls.slogan" label="strategy.form.slogan" />
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  styles: `.value { display: grid; grid-template-columns: 1fr 2fr auto; gap: 8px; align-items: start; } @media (max-width: 700px) { .value { grid-template-columns: 1fr; } }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyFormDialog extends EditDialogBase<StrategyDto> {
  protected readonly data = inject<{ node: StrategyDto }>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);
  protected readonly newValue = () => valueGroup();
  protected readonly longTexts = [
    { name: 'background', rows: 3, lines: false },
    { name: 'legalTasks', rows: 5, lines: true },
    { name: 'specialTask', rows: 2, lines: false },
    { name: 'vision', rows: 4, lines: false },
    { name: 'mission', rows: 3, lines: false },
    { name: 'missionMeans', rows: 5, lines: true },
  ];

  readonly form = new FormGroup(
    {
      ...strategyHeadControls(this.data.node),
      background: text(this.data.node.background),
      legalTasks: text(this.data.node.legalTasks.join('\n'), STRATEGY_LIMITS.text * STRATEGY_LIMITS.listItems),
      specialTask: text(this.data.node.specialTask),
      vision: text(this.data.node.vision),
      mission: text(this.data.node.mission),
      missionMeans: text(this.data.node.missionMeans.join('\n'), STRATEGY_LIMITS.text * STRATEGY_LIMITS.listItems),
      values: new FormArray(this.data.node.values.map((v) => valueGroup(v.name, v.text))),
      slogan: text(this.data.node.slogan, STRATEGY_LIMITS.title),
    },
    { validators: dateOrder('validFrom', 'validTo') },
  );
  protected get values() {
    return this.form.controls.values;
  }

  protected valueErr(index: number, field: 'name' | 'text') {
    const control = this.values.at(index).controls[field];
    return control.invalid && control.touched ? errorMessage(control.errors) : null;
  }

  protected send(version?: number) {
    const v = this.form.getRawValue();
    return this.api.updateStrategy(this.data.node.id, {
      ...strategyHeadBody(v),
      background: textOrNull(v.background),
      legalTasks: lines(v.legalTasks),
      specialTask: textOrNull(v.specialTask),
      vision: textOrNull(v.vision),
      mission: textOrNull(v.mission),
      missionMeans: lines(v.missionMeans),
      values: v.values.map((value) => ({ name: value.name.trim(), text: value.text.trim() })),
      slogan: textOrNull(v.slogan),
      version: version ?? this.data.node.version,
    });
  }

  protected async latestVersion(): Promise<number> {
    return (await this.api.node<StrategyDto>('strategy', this.data.node.id)).version;
  }
}
