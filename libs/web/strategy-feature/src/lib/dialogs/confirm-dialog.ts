import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

/** Asks before deleting; closes with `true` to go ahead. */
@Component({
  selector: 'su-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'strategy.edit.confirmTitle' | transloco }}</h2>
    <mat-dialog-content><p>{{ 'strategy.edit.confirmDelete' | transloco: { name: data.name } }}</p></mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ 'strategy.edit.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">{{ 'strategy.edit.delete' | transloco }}</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<{ name: string }>(MAT_DIALOG_DATA);
}
