import { ChangeDetectionStrategy, Component, type ElementRef, input, viewChild } from '@angular/core';
import { observeChartWidth } from './chart-width';

/**
 * What every chart of the app shares: a figure with its caption, the drawing in a box of known
 * width (hidden from screen readers; charts draw once `width()` is known) and the same figures as
 * a table for screen readers, hidden from sight.
 *
 * ```html
 * <su-chart-frame #frame [caption]="texts().caption" [height]="height()">
 *   @if (frame.width() > 0) { <ngx-charts-… chart [view]="[frame.width(), height()]" /> }
 *   <ul class="legend">…</ul>            (anything shown under the drawing)
 *   <table>…</table>
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
        <ng-content select="table" />
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

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  /** The drawing box's width in px, 0 until measured. */
  readonly width = observeChartWidth(() => this.box());
}
