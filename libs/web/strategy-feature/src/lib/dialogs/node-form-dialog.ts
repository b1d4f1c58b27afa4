import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { STRATEGY_LIMITS, type CriticalSuccessFactorDto, type FocusAreaDto } from '@suunta/shared-domain';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { TextField } from '../shared/form-fields';
import { notBlank, textOrNull } from '../shared/form-errors.util';
import { EditDialogForm } from './dialog-parts';
import { EditDialogBase } from './edit-dialog-base';

export interface NodeFormData {
  kind: 'focusArea' | 'csf';
  /** The strategy (for a new focus area) or the focus area (for a new CSF). */
  parentId: string;
  node?: FocusAreaDto | CriticalSuccessFactorDto;
}

/** Creates or edits a focus area (title, key, description) or a critical success factor (title, description). */
@Component({
  selector: 'su-node-form-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, TranslocoPipe, EditDialogForm, TextField],
  template: `
    <h2 mat-dialog-title id="node-dialog-title">{{ 'strategy.edit.titles.' + titleKey | transloco }}</h2>
    <form [suEditDialog]="this" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="node-dialog-title">
      <su-text-field [control]="form.controls.title" label="strategy.form.title" [rows]="2" [required]="true" />
      @if (data.kind === 'focusArea') {
        <su-text-field [control]="form.controls.code" label="strategy.form.code" autocomplete="off" hint="strategy.form.codeHint" />
      }
      <su-text-field [control]="form.controls.description" label="strategy.form.description" [rows]="4" />
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NodeFormDialog extends EditDialogBase<FocusAreaDto | CriticalSuccessFactorDto> {
  protected readonly data = inject<NodeFormData>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);
  protected readonly titleKey = `${this.data.kind}${this.data.node ? 'Edit' : 'New'}`;

  readonly form = new FormGroup({
    title: new FormControl(this.data.node?.title ?? '', { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.title)] }),
    code: new FormControl((this.data.node as FocusAreaDto | undefined)?.code ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(STRATEGY_LIMITS.code), Validators.pattern(STRATEGY_LIMITS.codePattern)],
    }),
    description: new FormControl(this.data.node?.description ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.text)] }),
  });

  protected send(version?: number) {
    const v = this.form.getRawValue();
    const common = { title: v.title.trim(), description: textOrNull(v.description) };
    const node = this.data.node;
    if (this.data.kind === 'focusArea') {
      const body = { ...common, code: textOrNull(v.code) };
      return node ? this.api.updateFocusArea(node.id, { ...body, version: version ?? node.version }) : this.api.createFocusArea(this.data.parentId, body);
    }
    return node ? this.api.updateCsf(node.id, { ...common, version: version ?? node.version }) : this.api.createCsf(this.data.parentId, common);
  }

  protected async latestVersion(): Promise<number> {
    const node = this.data.node as FocusAreaDto;
    return (await this.api.node<FocusAreaDto>(this.data.kind, node.id)).version;
  }
}
