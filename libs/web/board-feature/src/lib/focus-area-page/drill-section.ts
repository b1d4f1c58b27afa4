import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * One section of the focus-area page (`<section suDrillSection name="actions" …>`): its heading
 * with the count (focused when the board's link lands here), then the table, whose column headers
 * are `board.drill.<column>` and whose rows the page projects, or "none" when there are no rows.
 * The page sets the section's `id` (the board's link fragment) and `aria-labelledby="drill-<name>"`.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- it is the <section> itself, so the page's id and aria-labelledby stay on it and no wrapper element is added
  selector: 'section[suDrillSection]',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 [id]="'drill-' + name()" tabindex="-1">{{ 'board.drill.' + name() | transloco }} ({{ count() }})</h2>
    @if (count()) {
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'board.tableRegion' | transloco: { name: ('board.drill.' + name() | transloco) }">
        <table [attr.data-testid]="'drill-' + name() + '-table'">
          <thead>
            <tr>
              @for (column of columns(); track column) {
                <th scope="col">{{ 'board.drill.' + column | transloco }}</th>
              }
            </tr>
          </thead>
          <tbody>
            <ng-content />
          </tbody>
        </table>
      </div>
    } @else {
      <p class="muted">{{ 'board.drill.none' | transloco }}</p>
    }
  `,
  styles: `
    .muted { color: var(--su-text-muted, #555); }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #d6d6d6; font-weight: 500; }
  `,
})
export class DrillSection {
  /** The section's key: `board.drill.<name>` is its heading, `drill-<name>` its heading's id. */
  readonly name = input.required<string>();
  readonly count = input.required<number>();
  /** The columns' keys under `board.drill.`, in order. */
  readonly columns = input.required<readonly string[]>();
}
