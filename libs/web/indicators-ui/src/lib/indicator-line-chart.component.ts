import { ChangeDetectionStrategy, Component, computed, type ElementRef, input, viewChild } from '@angular/core';
import type { IndicatorTrendDto } from '@suunta/shared-domain';
import { observeChartWidth } from '@suunta/web-ui/charts';
import { type Color, LegendPosition, LineChartModule, ScaleType } from '@swimlane/ngx-charts';
import { formatIndicatorValue, toLineSeries } from './indicator-view.util';

/** The regions' colours: dark enough for 3:1 against white (the same as the other charts' regions). */
const REGION_COLORS: Color = { name: 'indicator-regions', selectable: false, group: ScaleType.Ordinal, domain: ['#0b4f8a', '#1e6b34', '#8a5300', '#6a1b9a', '#b3261e'] };

/**
 * An indicator's trend as a line per region (ngx-charts). Hidden from screen readers: the table
 * beside it says the same. Loaded lazily (`@defer`) by the focus area's indicators.
 */
@Component({
  selector: 'su-indicator-line-chart',
  imports: [LineChartModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart" #box aria-hidden="true" data-testid="indicator-chart">
      @if (width() > 0) {
        <ngx-charts-line-chart
          [view]="[width(), 300]"
          [results]="data()"
          [scheme]="scheme"
          [xAxis]="true"
          [yAxis]="true"
          [showYAxisLabel]="!!unit()"
          [yAxisLabel]="unit() ?? ''"
          [yAxisTickFormatting]="tickFormat()"
          [legend]="true"
          [legendTitle]="''"
          [legendPosition]="legendBelow"
          [autoScale]="true"
          [animations]="false"
          [roundDomains]="true"
        />
      }
    </div>
  `,
  styles: `
    :host { display: block; }
    :host ::ng-deep .ngx-charts-outer { animation: none; }
    :host ::ng-deep .chart-legend .legend-labels { background: transparent; }
    :host ::ng-deep .chart-legend .legend-label-text { color: var(--su-text, #1b1f24); }
    .chart { width: 100%; min-height: 300px; min-width: 0; overflow: hidden; }
  `,
})
export class IndicatorLineChartComponent {
  readonly trend = input.required<IndicatorTrendDto>();
  readonly language = input('fi');
  readonly unit = input<string | null>(null);

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  /** ngx-charts measures its parent only on window resize: follow the box's own width instead. */
  protected readonly width = observeChartWidth(() => this.box());
  protected readonly scheme = REGION_COLORS;
  protected readonly legendBelow = LegendPosition.Below;
  protected readonly data = computed(() => toLineSeries(this.trend()));
  protected readonly tickFormat = computed(() => {
    const language = this.language();
    return (value: unknown) => (typeof value === 'number' ? formatIndicatorValue(value, null, language) : String(value ?? ''));
  });
}
