import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { STRATEGY_LIMITS, type CriticalSuccessFactorDto, type FocusAreaDto } from '@suunta/shared-domain';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { ConflictPanel } from '../shared/conflict-panel';
import { notBlank, textOrNull } from '../shared/form-errors.util';
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
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe, ConflictPanel],
  template: `
    <h2 mat-dialog-title id="node-dialog-title">{{ 'strategy.edit.titles.' + titleKey | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="node-dialog-title">
      <mat-dialog-content class="form">
        @if (conflict()) { <su-conflict-panel (reload)="reload()" (keepMine)="keepMine()" /> }
        @if (problem(); as p) { <p class="alert" role="alert">{{ 'strategy.' + p.key | transloco: p.params }}</p> }
        <mat-form-field>
          <mat-label>{{ 'strategy.form.title' | transloco }}</mat-label>
          <textarea matInput formControlName="title" required rows="2"></textarea>
          @if (err('title'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        @if (data.kind === 'focusArea') {
          <mat-form-field>
            <mat-label>{{ 'strategy.form.code' | transloco }}</mat-label>
            <input matInput formControlName="code" autocomplete="off" />
            <mat-hint>{{ 'strategy.form.codeHint' | transloco }}</mat-hint>
            @if (err('code'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'strategy.form.description' | transloco }}</mat-label>
          <textarea matInput formControlName="description" rows="4"></textarea>
          @if (err('description'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
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
