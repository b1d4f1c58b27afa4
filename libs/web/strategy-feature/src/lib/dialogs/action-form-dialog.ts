import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { STRATEGY_LIMITS, type ResponsibleRoleDto, type StrategyActionDto } from '@suunta/shared-domain';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { notBlank, textOrNull } from '../shared/form-errors.util';
import { RoleSelect, TextField } from '../shared/form-fields';
import { MeasuresEditor, measuresArray, measuresBody } from '../shared/measures-editor';
import { EditDialogForm } from './dialog-parts';
import { EditDialogBase } from './edit-dialog-base';

export interface ActionFormData {
  criterionId: string;
  node?: StrategyActionDto;
  roles: ResponsibleRoleDto[];
}

/** Creates or edits a goal/action with its responsible roles (several may share it). */
@Component({
  selector: 'su-action-form-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, TranslocoPipe, EditDialogForm, TextField, RoleSelect, MeasuresEditor],
  template: `
    <h2 mat-dialog-title id="action-dialog-title">{{ (data.node ? 'strategy.edit.titles.actionEdit' : 'strategy.edit.titles.actionNew') | transloco }}</h2>
    <form [suEditDialog]="this" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="action-dialog-title">
      <su-text-field [control]="form.controls.text" label="strategy.form.text" [rows]="3" [required]="true" />
      <su-role-select [control]="form.controls.roleIds" label="strategy.form.roles" [roles]="data.roles" [kept]="data.node?.roleIds ?? []" hint="strategy.form.rolesHint" />
      <su-text-field [control]="form.controls.goal" label="strategy.form.goal" autocomplete="off" />
      <su-text-field [control]="form.controls.roleNote" label="strategy.form.roleNote" autocomplete="off" />
      <su-text-field [control]="form.controls.note" label="strategy.form.note" autocomplete="off" />
      <su-measures-editor [array]="form.controls.measures" />
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionFormDialog extends EditDialogBase<StrategyActionDto> {
  protected readonly data = inject<ActionFormData>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);

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
