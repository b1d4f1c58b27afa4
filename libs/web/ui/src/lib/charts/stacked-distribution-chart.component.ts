import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import {
  type ChartScalePoint,
  type DistributionRow,
  distributionMax,
  axisTickFormatter,
  formatDecimal,
  formatPercent,
  scaleSegmentName,
  toStackedDistribution,
} from './chart-mapping.util';
import { type ChartTable, ChartFrameComponent } from './chart-frame.component';
import { likertScheme } from './likert-colors';

export interface StackedDistributionTexts {
  /** Caption of the figure and of its data table. */
  caption: string;
  rowHeader: string;
  respondents: string;
  average: string;
  /** Axis label, e.g. "vastaajia". */
  countAxis: string;
}

/**
 * One stacked bar per row (a theme): each segment is the count of one scale value. The counts
 * and shares are printed under each bar, so nothing needs hovering; screen readers get the same
 * figures as a table (the drawing itself is hidden from them).
 */
@Component({
  selector: 'su-stacked-distribution-chart',
  imports: [BarChartModule, ChartFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <su-chart-frame #frame [caption]="texts().caption" [height]="height()" [table]="table()">
      @if (frame.width() > 0) {
        <ngx-charts-bar-horizontal-stacked
          chart
          [view]="[frame.width(), height()]"
          [results]="data()"
          [scheme]="scheme()"
          [xAxis]="true"
          [yAxis]="showRowLabels()"
          [showXAxisLabel]="true"
          [xAxisLabel]="texts().countAxis"
          [xAxisTickFormatting]="tickFormat()"
          [legend]="false"
          [xScaleMax]="max()"
          [showDataLabel]="true"
          [animations]="false"
          [barPadding]="12"
          [trimYAxisTicks]="true"
          [maxYAxisTickLength]="28"
        />
      }
      <div class="numbers" aria-hidden="true" data-testid="distribution-numbers">
        @for (row of rows(); track row.label) {
          <div class="row">
            @if (showRowLabels()) {
              <span class="row-label">{{ row.label }}</span>
            }
            <ul class="buckets">
              @for (cell of cells(row); track cell.value) {
                <li>
                  <span class="swatch" [style.background]="cell.color"></span>{{ cell.value }}: <strong>{{ cell.n }}</strong><span class="muted"> ({{ cell.percent }})</span>
                </li>
              }
            </ul>
            <span class="summary">
              {{ texts().respondents }} <strong>{{ row.respondentCount }}</strong> · {{ texts().average }}
              <strong>{{ format(row.average) }}</strong>
            </span>
          </div>
        }
        <ul class="legend">
          @for (point of orderedScale(); track point.value; let i = $index) {
            <li><span class="swatch" [style.background]="scheme().domain[i]"></span>{{ segmentName(point) }}</li>
          }
        </ul>
      </div>
    </su-chart-frame>
  `,
  styles: `
    :host { display: block; }
    .numbers { font-size: 0.9rem; margin-top: 4px; }
    .row { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; margin: 2px 0 6px; }
    .row-label { flex: 1 1 100%; font-weight: 500; }
    .buckets, .legend { display: flex; flex-wrap: wrap; gap: 2px 12px; list-style: none; margin: 0; padding: 0; }
    .legend { font-size: 0.85rem; color: var(--su-text-muted, #4a5561); margin-top: 4px; }
    .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
    .muted { color: var(--su-text-muted, #4a5561); }
    .summary { margin-left: auto; }
  `,
})
export class StackedDistributionChartComponent {
  readonly rows = input.required<DistributionRow[]>();
  readonly scale = input.required<ChartScalePoint[]>();
  readonly texts = input.required<StackedDistributionTexts>();
  /** For number formatting (fi, sv, en). */
  readonly language = input('fi');
  /** Row labels on the axis: off for a single theme whose title is already the heading. */
  readonly showRowLabels = input(true);

  protected readonly orderedScale = computed(() => [...this.scale()].sort((a, b) => a.value - b.value));
  protected readonly data = computed(() => toStackedDistribution(this.rows(), this.scale()));
  protected readonly max = computed(() => distributionMax(this.rows()));
  protected readonly scheme = computed(() => likertScheme(this.orderedScale().length));
  protected readonly height = computed(() => 56 + this.rows().length * 40);
  protected readonly tickFormat = computed(() => axisTickFormatter(this.language(), 0));
  protected readonly table = computed<ChartTable>(() => {
    const { rowHeader, respondents, average } = this.texts();
    return {
      head: [rowHeader, ...this.orderedScale().map((point) => this.segmentName(point)), respondents, average],
      rows: this.rows().map((row) => ({
        label: row.label,
        cells: [...this.cells(row).map((cell) => `${cell.n} (${cell.percent})`), String(row.respondentCount), this.format(row.average)],
      })),
    };
  });

  protected cells(row: DistributionRow) {
    const colors = this.scheme().domain;
    return this.orderedScale().map((point, i) => {
      const bucket = row.buckets.find((b) => b.value === point.value);
      return { value: point.value, n: bucket?.n ?? 0, percent: formatPercent(bucket?.percent ?? 0, this.language()), color: colors[i] };
    });
  }

  protected format(value: number | null): string {
    return formatDecimal(value, this.language());
  }

  protected segmentName(point: ChartScalePoint): string {
    return scaleSegmentName(point);
  }
}
