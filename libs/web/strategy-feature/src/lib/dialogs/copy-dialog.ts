import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { STRATEGY_LIMITS, type StrategyDto } from '@suunta/shared-domain';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { SU_DATEPICKER } from '@suunta/web-ui';
import { dateOrder, isoDate, notBlank, textOrNull } from '../shared/form-errors.util';
import { EditDialogBase } from './edit-dialog-base';

/** "Copy as a new draft version": every focus area, CSF, criterion and action is copied and remembers its original. */
@Component({
  selector: 'su-copy-dialog',
  imports: [SU_DATEPICKER, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title id="copy-dialog-title">{{ 'strategy.edit.titles.copy' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="copy-dialog-title">
      <mat-dialog-content class="form">
        @if (problem(); as p) { <p class="alert" role="alert">{{ 'strategy.' + p.key | transloco: p.params }}</p> }
        <mat-form-field>
          <mat-label>{{ 'strategy.form.title' | transloco }}</mat-label>
          <input matInput formControlName="title" required />
          @if (err('title'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'strategy.form.code' | transloco }}</mat-label>
            <input matInput formControlName="code" autocomplete="off" />
            @if (err('code'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'strategy.form.validFrom' | transloco }}</mat-label>
            <input matInput [matDatepicker]="copyFromPicker" formControlName="validFrom" />
            <mat-datepicker-toggle matIconSuffix [for]="copyFromPicker" />
            <mat-datepicker #copyFromPicker />
            @if (err('validFrom'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'strategy.form.validTo' | transloco }}</mat-label>
            <input matInput [matDatepicker]="copyToPicker" formControlName="validTo" />
            <mat-datepicker-toggle matIconSuffix [for]="copyToPicker" />
            <mat-datepicker #copyToPicker />
            @if (err('validTo'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">{{ 'strategy.edit.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'strategy.edit.copy' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CopyDialog extends EditDialogBase<StrategyDto> {
  protected readonly data = inject<{ source: StrategyDto }>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);

  readonly form = new FormGroup(
    {
      title: new FormControl(`${this.data.source.title} (2)`, { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.title)] }),
      code: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.code), Validators.pattern(STRATEGY_LIMITS.codePattern)] }),
      validFrom: new FormControl('', { nonNullable: true, validators: [isoDate] }),
      validTo: new FormControl('', { nonNullable: true, validators: [isoDate] }),
    },
    { validators: dateOrder('validFrom', 'validTo') },
  );

  protected send() {
    const v = this.form.getRawValue();
    return this.api.copyStrategy(this.data.source.id, { title: v.title.trim(), code: textOrNull(v.code), validFrom: v.validFrom || null, validTo: v.validTo || null });
  }

  protected latestVersion(): Promise<number> {
    return Promise.resolve(this.data.source.version);
  }
}
