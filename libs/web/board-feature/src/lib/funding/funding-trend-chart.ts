import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FundingOverviewDto, FundingSource } from '@suunta/shared-domain';
import type { BarGroup, BarSeries } from '@suunta/web-ui';
import { GroupedBarChartComponent } from '@suunta/web-ui/charts';
import { sourcesPresent } from './funding-format.util';

/**
 * Funding over the years as grouped bars (a group per year, a bar per source, each labelled with
 * its euros), wrapping the shared ngx-charts bar chart; screen readers get its table. Shown once
 * there are at least two years.
 */
@Component({
  selector: 'su-funding-trend-chart',
  imports: [TranslocoPipe, GroupedBarChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart-card" data-testid="chart-funding">
      <su-grouped-bar-chart
        [groups]="groups()"
        [series]="series()"
        [language]="language()"
        [decimals]="0"
        [scaleMax]="scaleMax()"
        [texts]="{
          caption: 'board.funding.trend' | transloco,
          group: 'board.funding.year' | transloco,
          valueAxis: 'board.funding.euros' | transloco,
          noData: '–',
        }"
      />
    </div>
  `,
  styles: `
    :host { display: block; }
    .chart-card { border: 1px solid #d6d6d6; border-radius: 8px; padding: 12px 16px; min-width: 0; overflow: hidden; }
    @media (max-width: 480px) { .chart-card { padding: 8px; } }
  `,
})
export class FundingTrendChartComponent {
  readonly overview = input.required<FundingOverviewDto>();
  readonly language = input('fi');
  /** The sources' names in the page's language (the page translates them). */
  readonly sourceLabels = input.required<Record<FundingSource, string>>();

  protected readonly series = computed<BarSeries[]>(() => sourcesPresent(this.overview()).map((s) => ({ id: s, label: this.sourceLabels()[s] })));
  protected readonly groups = computed<BarGroup[]>(() =>
    this.overview().years.map((y) => ({
      label: String(y.year),
      values: y.bySource.map((b) => ({ seriesId: b.source, value: Number(b.total) })),
    })),
  );
  /** The highest bar, so the axis fits (the shared chart's default top is the survey scale's 5). */
  protected readonly scaleMax = computed(() => Math.max(1, ...this.overview().years.flatMap((y) => y.bySource.map((b) => Number(b.total)))));
}
