import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * "Move up" and "move down" for one row of an ordered list, named for screen readers. The
 * buttons' ids (`<idPrefix>up-<itemId>`, `<idPrefix>down-<itemId>`) let the page put the focus
 * back on them after the list is reloaded.
 */
@Component({
  selector: 'su-move-buttons',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <button mat-icon-button type="button" [disabled]="first()" (click)="move.emit(-1)" [attr.id]="idPrefix() + 'up-' + itemId()"
      [attr.aria-label]="'strategy.edit.moveUp' | transloco: { name: name() }"><mat-icon aria-hidden="true">arrow_upward</mat-icon></button>
    <button mat-icon-button type="button" [disabled]="last()" (click)="move.emit(1)" [attr.id]="idPrefix() + 'down-' + itemId()"
      [attr.aria-label]="'strategy.edit.moveDown' | transloco: { name: name() }"><mat-icon aria-hidden="true">arrow_downward</mat-icon></button>
  `,
  styles: `:host { display: contents; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveButtons {
  readonly itemId = input.required<string>();
  /** The row's name, in the buttons' accessible names. */
  readonly name = input.required<string>();
  readonly first = input(false);
  readonly last = input(false);
  readonly idPrefix = input('');
  readonly move = output<-1 | 1>();
}
