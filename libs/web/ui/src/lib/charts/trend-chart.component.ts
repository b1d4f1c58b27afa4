import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule, LegendPosition } from '@swimlane/ngx-charts';
import { axisTickFormatter, formatDecimal, type TrendPoint, type TrendRegion, toGroupedTrend, toTrendTable } from './chart-mapping.util';
import { type ChartTable, ChartFrameComponent } from './chart-frame.component';
import { REGION_SCHEME } from './likert-colors';

export interface TrendChartTexts {
  caption: string;
  year: string;
  /** Axis label, e.g. "keskiarvo (1–5)". */
  averageAxis: string;
  /** e.g. "vastaajia" — shown as "(n = 13)" in the table. */
  respondents: string;
  noSurvey: string;
}

/**
 * One theme across years and regions as grouped bars: a group per year, a bar per region, each
 * bar labelled with its average (no hovering needed). Screen readers get a year × region table.
 */
@Component({
  selector: 'su-trend-chart',
  imports: [BarChartModule, ChartFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <su-chart-frame #frame [caption]="texts().caption" [height]="360" [table]="table()">
      @if (frame.width() > 0) {
        <ngx-charts-bar-vertical-2d
          chart
          [view]="[frame.width(), 360]"
          [results]="data()"
          [scheme]="scheme"
          [xAxis]="true"
          [yAxis]="true"
          [showYAxisLabel]="true"
          [yAxisLabel]="texts().averageAxis"
          [yAxisTickFormatting]="tickFormat()"
          [legend]="true"
          [legendTitle]="''"
          [legendPosition]="legendBelow"
          [yScaleMax]="scaleMax()"
          [showDataLabel]="true"
          [dataLabelFormatting]="labelFormat"
          [animations]="false"
          [groupPadding]="12"
          [barPadding]="3"
          [noBarWhenZero]="true"
        />
      }
    </su-chart-frame>
  `,
  styles: `
    :host { display: block; }
    /* The default legend text is pale grey on grey (< 4.5:1). */
    :host ::ng-deep .chart-legend .legend-labels { background: transparent; }
    :host ::ng-deep .chart-legend .legend-label-text { color: var(--su-text, #1b1f24); }
  `,
})
export class TrendChartComponent {
  readonly points = input.required<TrendPoint[]>();
  readonly regions = input.required<TrendRegion[]>();
  readonly texts = input.required<TrendChartTexts>();
  readonly language = input('fi');
  /** Top of the value axis: the scale's highest value (5). */
  readonly scaleMax = input(5);

  protected readonly scheme = REGION_SCHEME;
  protected readonly legendBelow = LegendPosition.Below;
  protected readonly data = computed(() => toGroupedTrend(this.points(), this.regions()));
  protected readonly table = computed<ChartTable>(() => {
    const { year, respondents, noSurvey } = this.texts();
    return {
      testId: 'trend-table',
      head: [year, ...this.regions().map((region) => region.label)],
      rows: toTrendTable(this.points(), this.regions()).map((row) => ({
        label: row.year,
        cells: row.cells.map((cell) => (cell ? `${this.format(cell.average)} (${respondents} ${cell.respondentCount})` : noSurvey)),
      })),
    };
  });
  protected readonly labelFormat = (value: number) => formatDecimal(value, this.language());
  protected readonly tickFormat = computed(() => axisTickFormatter(this.language()));

  protected format(value: number | null): string {
    return formatDecimal(value, this.language());
  }
}
