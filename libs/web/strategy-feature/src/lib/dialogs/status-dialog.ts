import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ResponsibleRoleDto, StrategyDto } from '@suunta/shared-domain';
import { LanguageService } from '@suunta/web-core';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { SU_DATEPICKER } from '@suunta/web-ui';
import { ConflictPanel } from '../shared/conflict-panel';
import { isoDate } from '../shared/form-errors.util';
import { LocalizedPipe } from '../shared/localized.pipe';
import { EditDialogBase } from './edit-dialog-base';

export interface StatusDialogData {
  strategy: StrategyDto;
  target: 'approved' | 'archived';
  /** Bodies that may approve (roles of kind `body`). */
  bodies: ResponsibleRoleDto[];
}

/** Approves a draft (which body, which day) or archives an approved strategy. */
@Component({
  selector: 'su-status-dialog',
  imports: [SU_DATEPICKER, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, ConflictPanel, LocalizedPipe],
  template: `
    <h2 mat-dialog-title id="status-dialog-title">{{ (data.target === 'approved' ? 'strategy.edit.titles.approve' : 'strategy.edit.titles.archive') | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="status-dialog-title">
      <mat-dialog-content class="form">
        @if (conflict()) { <su-conflict-panel (reload)="reload()" (keepMine)="keepMine()" /> }
        @if (problem(); as p) { <p class="alert" role="alert">{{ 'strategy.' + p.key | transloco: p.params }}</p> }
        <p>{{ data.strategy.title }}</p>
        @if (data.target === 'approved') {
          <mat-form-field>
            <mat-label>{{ 'strategy.form.approvedBy' | transloco }}</mat-label>
            <mat-select formControlName="approvedByRoleId" required>
              @for (body of data.bodies; track body.id) {
                <mat-option [value]="body.id">{{ body.name | localized: language.current() }}</mat-option>
              }
            </mat-select>
            @if (err('approvedByRoleId'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'strategy.form.approvedOn' | transloco }}</mat-label>
            <input matInput [matDatepicker]="approvedOnPicker" formControlName="approvedOn" required />
            <mat-datepicker-toggle matIconSuffix [for]="approvedOnPicker" />
            <mat-datepicker #approvedOnPicker />
            @if (err('approvedOn'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
        } @else {
          <p>{{ 'strategy.edit.archiveText' | transloco }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">{{ 'strategy.edit.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ (data.target === 'approved' ? 'strategy.edit.approve' : 'strategy.edit.archive') | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusDialog extends EditDialogBase<StrategyDto> {
  protected readonly data = inject<StatusDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);
  protected readonly language = inject(LanguageService);
  private readonly approving = this.data.target === 'approved';

  readonly form = new FormGroup({
    approvedByRoleId: new FormControl(this.data.bodies.find((b) => b.code === 'management_group')?.id ?? '', {
      nonNullable: true,
      validators: this.approving ? [Validators.required] : [],
    }),
    approvedOn: new FormControl(new Date().toISOString().slice(0, 10), { nonNullable: true, validators: this.approving ? [Validators.required, isoDate] : [] }),
  });

  protected send(version?: number) {
    const v = this.form.getRawValue();
    const body = this.approving
      ? { status: 'approved' as const, approvedByRoleId: v.approvedByRoleId, approvedOn: v.approvedOn }
      : { status: 'archived' as const };
    return this.api.changeStatus(this.data.strategy.id, { ...body, version: version ?? this.data.strategy.version });
  }

  protected async latestVersion(): Promise<number> {
    return (await this.api.node<StrategyDto>('strategy', this.data.strategy.id)).version;
  }
}
