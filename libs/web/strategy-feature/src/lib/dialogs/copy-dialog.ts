import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import type { StrategyDto } from '@suunta/shared-domain';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { dateOrder } from '../shared/form-errors.util';
import { EditDialogForm } from './dialog-parts';
import { EditDialogBase } from './edit-dialog-base';
import { StrategyHeadFields, strategyHeadBody, strategyHeadControls } from './strategy-head';

/** "Copy as a new draft version": every focus area, CSF, criterion and action is copied and remembers its original. */
@Component({
  selector: 'su-copy-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, TranslocoPipe, EditDialogForm, StrategyHeadFields],
  template: `
    <h2 mat-dialog-title id="copy-dialog-title">{{ 'strategy.edit.titles.copy' | transloco }}</h2>
    <form [suEditDialog]="this" submitLabel="strategy.edit.copy" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="copy-dialog-title">
      <su-strategy-head-fields [controls]="form.controls" />
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CopyDialog extends EditDialogBase<StrategyDto> {
  protected readonly data = inject<{ source: StrategyDto }>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);

  readonly form = new FormGroup(
    strategyHeadControls({ title: `${this.data.source.title} (2)` }),
    { validators: dateOrder('validFrom', 'validTo') },
  );

  protected send() {
    const v = this.form.getRawValue();
    return this.api.copyStrategy(this.data.source.id, strategyHeadBody(v));
  }

  protected latestVersion(): Promise<number> {
    return Promise.resolve(this.data.source.version);
  }
}
