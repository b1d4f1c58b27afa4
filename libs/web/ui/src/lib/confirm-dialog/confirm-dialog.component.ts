import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { DIALOG_DEFAULTS } from '../dialog-defaults';

/** Texts already translated by the caller: this component knows no translation keys. */
export interface ConfirmDialogData {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
}

/**
 * Asks before a step that changes what others see (approve, reopen, start the next plan).
 * Focus starts on Cancel, so Enter alone never confirms; closes with `true` to go ahead.
 */
@Component({
  selector: 'su-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content><p class="body">{{ data.body }}</p></mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial data-testid="confirm-cancel">{{ data.cancel }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="confirm-ok">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
  styles: `.body { margin: 0; max-width: 60ch; white-space: pre-line; }`,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the confirmation as an alert dialog; resolves `true` only when the user confirmed. */
export async function confirmStep(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { ...DIALOG_DEFAULTS, data, role: 'alertdialog', maxWidth: 'min(560px, 94vw)' });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
