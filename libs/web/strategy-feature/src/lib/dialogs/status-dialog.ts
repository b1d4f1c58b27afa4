import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ResponsibleRoleDto, StrategyDto } from '@suunta/shared-domain';
import { helsinkiDay } from '@suunta/shared-domain';
import { LanguageService } from '@suunta/web-core';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { isoDate } from '../shared/form-errors.util';
import { DateField } from '../shared/form-fields';
import { LocalizedPipe } from '../shared/localized.pipe';
import { EditDialogForm } from './dialog-parts';
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
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatSelectModule, TranslocoPipe, LocalizedPipe, EditDialogForm, DateField],
  template: `
    <h2 mat-dialog-title id="status-dialog-title">{{ (data.target === 'approved' ? 'strategy.edit.titles.approve' : 'strategy.edit.titles.archive') | transloco }}</h2>
    <form [suEditDialog]="this" [submitLabel]="data.target === 'approved' ? 'strategy.edit.approve' : 'strategy.edit.archive'" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="status-dialog-title">
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
        <su-date-field [control]="form.controls.approvedOn" label="strategy.form.approvedOn" [required]="true" />
      } @else {
        <p>{{ 'strategy.edit.archiveText' | transloco }}</p>
      }
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
    approvedOn: new FormControl(helsinkiDay(), { nonNullable: true, validators: this.approving ? [Validators.required, isoDate] : [] }),
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
