import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConflictPanel } from '../shared/conflict-panel';
import type { EditDialogBase } from './edit-dialog-base';

/** What the parts read of the dialog they sit in. */
export type DialogSaveState = Pick<EditDialogBase<unknown>, 'busy' | 'conflict' | 'problem' | 'reload' | 'keepMine' | 'cancel'>;

/**
 * The top of an edit dialog's content: the conflict choice after a stale save (409), and the
 * save's problem as one alert. `<su-save-problems [dialog]="this" />`.
 */
@Component({
  selector: 'su-save-problems',
  imports: [TranslocoPipe, ConflictPanel],
  template: `
    @if (dialog().conflict()) { <su-conflict-panel (reload)="dialog().reload()" (keepMine)="dialog().keepMine()" /> }
    @if (dialog().problem(); as p) { <p class="alert" role="alert">{{ 'strategy.' + p.key | transloco: p.params }}</p> }
  `,
  styleUrl: '../shared/dialog.css',
  styles: `:host { display: contents; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveProblems {
  readonly dialog = input.required<DialogSaveState>();
}

/**
 * The end of an edit dialog: cancel, and the form's submit button (off while saving).
 * `<su-dialog-buttons [dialog]="this" />`, inside the dialog's `<form>`.
 */
@Component({
  selector: 'su-dialog-buttons',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="dialog().cancel()">{{ 'strategy.edit.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" [disabled]="dialog().busy()" [attr.data-testid]="testId()">{{ submitLabel() | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `:host { display: contents; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DialogButtons {
  readonly dialog = input.required<DialogSaveState>();
  /** Translation key of the submit button. */
  readonly submitLabel = input('strategy.edit.save');
  readonly testId = input<string | null>(null);
}

/**
 * An edit dialog's form: `<form [suEditDialog]="this" [formGroup]="form" (ngSubmit)="submit()">`
 * with the fields inside. It lays them out in the dialog's scrolling content under the save's
 * problems, and ends with cancel and submit. The fields stay in the page's template, inside the
 * `<form>` element, so `formControlName` and Material's error state find the form as before.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- it is the <form> itself (as Material's button[mat-button]), so the fields written inside it stay in its [formGroup]
  selector: 'form[suEditDialog]',
  imports: [MatDialogModule, SaveProblems, DialogButtons],
  host: { novalidate: '' },
  template: `
    <mat-dialog-content class="form">
      <su-save-problems [dialog]="suEditDialog()" />
      <ng-content />
    </mat-dialog-content>
    <su-dialog-buttons [dialog]="suEditDialog()" [submitLabel]="submitLabel()" [testId]="submitTestId()" />
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditDialogForm {
  readonly suEditDialog = input.required<DialogSaveState>();
  /** Translation key of the submit button. */
  readonly submitLabel = input('strategy.edit.save');
  readonly submitTestId = input<string | null>(null);
}
