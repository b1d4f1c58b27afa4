import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';
import { type ProgressBar, toProgressBars } from './bar-chart-mapping.util';
import { axisTickFormatter } from './chart-mapping.util';
import { type ChartTable, ChartFrameComponent } from './chart-frame.component';

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
  imports: [BarChartModule, ChartFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <su-chart-frame #frame [caption]="texts().caption" [height]="height()" [table]="table()">
      @if (frame.width() > 0) {
        <ngx-charts-bar-horizontal
          chart
          [view]="[frame.width(), height()]"
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
          [maxYAxisTickLength]="tickLength(frame.width())"
          [barPadding]="6"
        />
      }
    </su-chart-frame>
  `,
  styles: `
    :host { display: block; }
  `,
})
export class ProgressBarChartComponent {
  readonly bars = input.required<ProgressBar[]>();
  readonly texts = input.required<ProgressBarChartTexts>();
  /** The page language, for the value axis' numbers. */
  readonly language = input('fi');

  /**
   * Axis labels get at most about 40 % of the width (≈ 7 px a character), so a long criterion
   * title never pushes past the card into the next chart; the full text is in the table and the
   * bar's tooltip.
   */
  protected tickLength(width: number): number {
    return Math.max(12, Math.min(60, Math.floor((width * 0.4) / 7)));
  }
  /** One colour: the bars differ by length, not by hue. */
  protected readonly scheme: Color = { name: 'progress', selectable: false, group: ScaleType.Ordinal, domain: ['#0b4f8a'] };
  protected readonly data = computed(() => toProgressBars(this.bars()));
  protected readonly scaleMax = computed(() => Math.max(100, ...this.bars().map((b) => Math.round(b.percent))));
  protected readonly height = computed(() => 90 + 44 * Math.max(1, this.bars().length));
  protected readonly percentLabel = (value: number) => `${Math.round(value)} %`;
  protected readonly tickFormat = computed(() => axisTickFormatter(this.language(), 0));
  protected readonly table = computed<ChartTable>(() => ({
    testId: 'progress-bar-table',
    head: [this.texts().item, this.texts().figure, this.texts().percent],
    rows: this.bars().map((bar) => ({ label: bar.label, cells: [bar.text, this.percentLabel(bar.percent)] })),
  }));
}
