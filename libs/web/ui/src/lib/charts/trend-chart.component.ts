import { ChangeDetectionStrategy, Component, computed, type ElementRef, input, viewChild } from '@angular/core';
import { BarChartModule, LegendPosition } from '@swimlane/ngx-charts';
import { axisTickFormatter, formatDecimal, type TrendPoint, type TrendRegion, toGroupedTrend, toTrendTable } from './chart-mapping.util';
import { observeChartWidth } from './chart-width';
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
  imports: [BarChartModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      <figcaption class="caption">{{ texts().caption }}</figcaption>
      <div class="chart" #box aria-hidden="true">
        @if (width() > 0) {
        <ngx-charts-bar-vertical-2d
          [view]="[width(), 360]"
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
      </div>
      <!-- a table ignores width: 1px, so the hiding box is a div around it (else the page scrolls 2,000 px sideways) -->
      <div class="visually-hidden">
      <table data-testid="trend-table">
        <caption>{{ texts().caption }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ texts().year }}</th>
            @for (region of regions(); track region.id) {
              <th scope="col">{{ region.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of table(); track row.year) {
            <tr>
              <th scope="row">{{ row.year }}</th>
              @for (cell of row.cells; track $index) {
                <td>
                  @if (cell) {
                    {{ format(cell.average) }} ({{ texts().respondents }} {{ cell.respondentCount }})
                  } @else {
                    {{ texts().noSurvey }}
                  }
                </td>
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
    /* The default legend text is pale grey on grey (< 4.5:1). */
    :host ::ng-deep .chart-legend .legend-labels { background: transparent; }
    :host ::ng-deep .chart-legend .legend-label-text { color: var(--su-text, #1b1f24); }
    .figure { margin: 0; }
    .caption { font-weight: 500; margin-bottom: 4px; }
    .chart { width: 100%; height: 360px; min-width: 0; overflow: hidden; }
  `,
})
export class TrendChartComponent {
  readonly points = input.required<TrendPoint[]>();
  readonly regions = input.required<TrendRegion[]>();
  readonly texts = input.required<TrendChartTexts>();
  readonly language = input('fi');
  /** Top of the value axis: the scale's highest value (5). */
  readonly scaleMax = input(5);

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  protected readonly width = observeChartWidth(() => this.box());
  protected readonly scheme = REGION_SCHEME;
  protected readonly legendBelow = LegendPosition.Below;
  protected readonly data = computed(() => toGroupedTrend(this.points(), this.regions()));
  protected readonly table = computed(() => toTrendTable(this.points(), this.regions()));
  protected readonly labelFormat = (value: number) => formatDecimal(value, this.language());
  protected readonly tickFormat = computed(() => axisTickFormatter(this.language()));

  protected format(value: number | null): string {
    return formatDecimal(value, this.language());
  }
}
