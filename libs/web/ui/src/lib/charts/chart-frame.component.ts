import { ChangeDetectionStrategy, Component, type ElementRef, input, viewChild } from '@angular/core';
import { observeChartWidth } from './chart-width';

/**
 * The figures of a chart as the screen readers' table: the column headers (the first one heads
 * the row labels) and a row per group, its label and one text per further column.
 */
export interface ChartTable {
  testId?: string;
  head: readonly string[];
  rows: readonly { label: string | number; cells: readonly string[] }[];
}

/**
 * What every chart of the app shares: a figure with its caption, the drawing in a box of known
 * width (hidden from screen readers; charts draw once `width()` is known) and the same figures as
 * a table for screen readers (captioned like the figure), hidden from sight.
 *
 * ```html
 * <su-chart-frame #frame [caption]="texts().caption" [height]="height()" [table]="table()">
 *   @if (frame.width() > 0) { <ngx-charts-… chart [view]="[frame.width(), height()]" /> }
 *   <ul class="legend">…</ul>            (anything shown under the drawing)
 * </su-chart-frame>
 * ```
 */
@Component({
  selector: 'su-chart-frame',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      <figcaption class="caption">{{ caption() }}</figcaption>
      <div class="chart" #box aria-hidden="true" [style.height.px]="height()">
        <ng-content select="[chart]" />
      </div>
      <ng-content />
      <!-- a table ignores width: 1px, so the hiding box is a div around it (else the page scrolls 2,000 px sideways) -->
      <div class="visually-hidden">
        <table [attr.data-testid]="table().testId ?? null">
          <caption>{{ caption() }}</caption>
          <thead>
            <tr>
              @for (header of table().head; track $index) {
                <th scope="col">{{ header }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of table().rows; track $index) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @for (cell of row.cells; track $index) {
                  <td>{{ cell }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
  styles: `
    :host { display: block; }
    /* ngx-charts fades charts in over 0.6 s: the figures should be readable at once. */
    :host ::ng-deep .ngx-charts-outer { animation: none; }
    .figure { margin: 0; }
    .caption { font-weight: 500; margin-bottom: 4px; }
    .chart { width: 100%; min-width: 0; overflow: hidden; }
  `,
})
export class ChartFrameComponent {
  readonly caption = input.required<string>();
  /** Height of the drawing in px. */
  readonly height = input.required<number>();
  readonly table = input.required<ChartTable>();

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  /** The drawing box's width in px, 0 until measured. */
  readonly width = observeChartWidth(() => this.box());
}
