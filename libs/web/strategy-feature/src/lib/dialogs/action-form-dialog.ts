import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { STRATEGY_LIMITS, type ResponsibleRoleDto, type StrategyActionDto } from '@suunta/shared-domain';
import { LanguageService } from '@suunta/web-core';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { ConflictPanel } from '../shared/conflict-panel';
import { notBlank, textOrNull } from '../shared/form-errors.util';
import { LocalizedPipe } from '../shared/localized.pipe';
import { MeasuresEditor, measuresArray, measuresBody } from '../shared/measures-editor';
import { EditDialogBase } from './edit-dialog-base';

export interface ActionFormData {
  criterionId: string;
  node?: StrategyActionDto;
  roles: ResponsibleRoleDto[];
}

/** Creates or edits a goal/action with its responsible roles (several may share it). */
@Component({
  selector: 'su-action-form-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, ConflictPanel, LocalizedPipe, MeasuresEditor],
  template: `
    <h2 mat-dialog-title id="action-dialog-title">{{ (data.node ? 'strategy.edit.titles.actionEdit' : 'strategy.edit.titles.actionNew') | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-dialog-title">
      <mat-dialog-content class="form">
        @if (conflict()) { <su-conflict-panel (reload)="reload()" (keepMine)="keepMine()" /> }
        @if (problem(); as p) { <p class="alert" role="alert">{{ 'strategy.' + p.key | transloco: p.params }}</p> }
        <mat-form-field>
          <mat-label>{{ 'strategy.form.text' | transloco }}</mat-label>
          <textarea matInput formControlName="text" required rows="3"></textarea>
          @if (err('text'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'strategy.form.roles' | transloco }}</mat-label>
          <mat-select formControlName="roleIds" multiple>
            @for (role of roleOptions; track role.id) {
              <mat-option [value]="role.id">{{ role.name | localized: language.current() }}@if (role.retiredAt) { ({{ 'strategy.roles.retiredMark' | transloco }}) }</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'strategy.form.rolesHint' | transloco }}</mat-hint>
          @if (err('roleIds'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'strategy.form.goal' | transloco }}</mat-label>
          <input matInput formControlName="goal" autocomplete="off" />
          @if (err('goal'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'strategy.form.roleNote' | transloco }}</mat-label>
          <input matInput formControlName="roleNote" autocomplete="off" />
          @if (err('roleNote'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'strategy.form.note' | transloco }}</mat-label>
          <input matInput formControlName="note" autocomplete="off" />
          @if (err('note'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
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
export class ActionFormDialog extends EditDialogBase<StrategyActionDto> {
  protected readonly data = inject<ActionFormData>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);
  protected readonly language = inject(LanguageService);
  /** Retired roles are offered only where this item already names them (history stays as it was). */
  protected readonly roleOptions = this.data.roles.filter((r) => !r.retiredAt || (this.data.node?.roleIds ?? []).includes(r.id));

  readonly form = new FormGroup({
    text: new FormControl(this.data.node?.text ?? '', { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.text)] }),
    roleIds: new FormControl<string[]>(this.data.node?.roleIds ?? [], { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.rolesPerItem)] }),
    measures: measuresArray(this.data.node?.measures),
    goal: new FormControl(this.data.node?.goal ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.text)] }),
    roleNote: new FormControl(this.data.node?.roleNote ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.text)] }),
    note: new FormControl(this.data.node?.note ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.text)] }),
  });

  protected send(version?: number) {
    const v = this.form.getRawValue();
    const body = {
      text: v.text.trim(),
      roleIds: v.roleIds,
      goal: textOrNull(v.goal),
      roleNote: textOrNull(v.roleNote),
      note: textOrNull(v.note),
      measures: measuresBody(this.form.controls.measures),
    };
    const node = this.data.node;
    return node ? this.api.updateAction(node.id, { ...body, version: version ?? node.version }) : this.api.createAction(this.data.criterionId, body);
  }

  protected async latestVersion(): Promise<number> {
    return (await this.api.node<StrategyActionDto>('action', (this.data.node as StrategyActionDto).id)).version;
  }
}
