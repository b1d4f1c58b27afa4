import { ChangeDetectionStrategy, Component, computed, type ElementRef, input, viewChild } from '@angular/core';
import { BarChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';
import { type ProgressBar, toProgressBars } from './bar-chart-mapping.util';
import { axisTickFormatter } from './chart-mapping.util';
import { observeChartWidth } from './chart-width';

export interface ProgressBarChartTexts {
  caption: string;
  item: string;
  figure: string;
  percent: string;
  valueAxis: string;
}

/**
 * Horizontal progress bars (share done, share of target): the absolute figures are part of each
 * bar's axis label and the percentage is printed on the bar; a table repeats both.
 */
@Component({
  selector: 'su-progress-bar-chart',
  imports: [BarChartModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      <figcaption class="caption">{{ texts().caption }}</figcaption>
      <div class="chart" #box aria-hidden="true" [style.height.px]="height()">
        @if (width() > 0) {
        <ngx-charts-bar-horizontal
          [view]="[width(), height()]"
          [results]="data()"
          [scheme]="scheme"
          [xAxis]="true"
          [yAxis]="true"
          [showXAxisLabel]="true"
          [xAxisLabel]="texts().valueAxis"
          [xAxisTickFormatting]="tickFormat()"
          [xScaleMax]="scaleMax()"
          [showDataLabel]="true"
          [dataLabelFormatting]="percentLabel"
          [animations]="false"
          [trimYAxisTicks]="true"
          [maxYAxisTickLength]="tickLength()"
          [barPadding]="6"
        />
        }
      </div>
      <!-- a table ignores width: 1px, so the hiding box is a div around it (else the page scrolls 2,000 px sideways) -->
      <div class="visually-hidden">
      <table data-testid="progress-bar-table">
        <caption>{{ texts().caption }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ texts().item }}</th>
            <th scope="col">{{ texts().figure }}</th>
            <th scope="col">{{ texts().percent }}</th>
          </tr>
        </thead>
        <tbody>
          @for (bar of bars(); track $index) {
            <tr>
              <th scope="row">{{ bar.label }}</th>
              <td>{{ bar.text }}</td>
              <td>{{ percentLabel(bar.percent) }}</td>
            </tr>
          }
        </tbody>
      </table>
      </div>
    </figure>
  `,
  styles: `
    :host { display: block; }
    :host ::ng-deep .ngx-charts-outer { animation: none; }
    .figure { margin: 0; }
    .caption { font-weight: 500; margin-bottom: 4px; }
    .chart { width: 100%; min-width: 0; overflow: hidden; }
  `,
})
export class ProgressBarChartComponent {
  readonly bars = input.required<ProgressBar[]>();
  readonly texts = input.required<ProgressBarChartTexts>();
  /** The page language, for the value axis' numbers. */
  readonly language = input('fi');

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  protected readonly width = observeChartWidth(() => this.box());
  /**
   * Axis labels get at most about 40 % of the width (≈ 7 px a character), so a long criterion
   * title never pushes past the card into the next chart; the full text is in the table and the
   * bar's tooltip.
   */
  protected readonly tickLength = computed(() => Math.max(12, Math.min(60, Math.floor((this.width() * 0.4) / 7))));
  /** One colour: the bars differ by length, not by hue. */
  protected readonly scheme: Color = { name: 'progress', selectable: false, group: ScaleType.Ordinal, domain: ['#0b4f8a'] };
  protected readonly data = computed(() => toProgressBars(this.bars()));
  protected readonly scaleMax = computed(() => Math.max(100, ...this.bars().map((b) => Math.round(b.percent))));
  protected readonly height = computed(() => 90 + 44 * Math.max(1, this.bars().length));
  protected readonly percentLabel = (value: number) => `${Math.round(value)} %`;
  protected readonly tickFormat = computed(() => axisTickFormatter(this.language(), 0));
}
