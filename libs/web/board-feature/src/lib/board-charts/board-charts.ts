import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DashboardDto } from '@suunta/shared-domain';
import type { LanguageCode } from '@suunta/shared-domain';
import { localized } from '@suunta/web-core';
import { GroupedBarChartComponent, ProgressBarChartComponent } from '@suunta/web-ui/charts';
import { completionChart, regionsChart, surveyTrendChart, targetChart } from '../board-view.util';

/**
 * The board's four charts, in their own lazily loaded chunk (ngx-charts is heavy). Each chart
 * prints its numbers and carries a visually hidden table.
 */
@Component({
  selector: 'su-board-charts',
  imports: [TranslocoPipe, GroupedBarChartComponent, ProgressBarChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let year = data().filters.year;
    <div class="grid">
      <div class="chart-card" data-testid="chart-trend">
        @if (trend().groups.length) {
          <su-grouped-bar-chart
            [groups]="trend().groups"
            [series]="trend().series"
            [language]="language()"
            [texts]="{
              caption: 'board.charts.trend' | transloco,
              group: 'board.charts.focusArea' | transloco,
              valueAxis: 'board.charts.average' | transloco,
              noData: 'board.charts.noData' | transloco,
            }"
          />
        } @else {
          <h3 class="caption">{{ 'board.charts.trend' | transloco }}</h3>
          <p class="muted">{{ 'board.charts.noSurveys' | transloco }}</p>
        }
      </div>
      <div class="chart-card" data-testid="chart-regions">
        @if (regions().groups.length) {
          <su-grouped-bar-chart
            [groups]="regions().groups"
            [series]="regions().series"
            [language]="language()"
            [texts]="{
              caption: 'board.charts.regions' | transloco: { year },
              group: 'board.charts.focusArea' | transloco,
              valueAxis: 'board.charts.average' | transloco,
              noData: 'board.charts.noData' | transloco,
            }"
          />
        } @else {
          <h3 class="caption">{{ 'board.charts.regions' | transloco: { year } }}</h3>
          <p class="muted">{{ 'board.charts.noSurveys' | transloco }}</p>
        }
      </div>
      <div class="chart-card" data-testid="chart-completion">
        @if (completion().length) {
          <su-progress-bar-chart
            [bars]="completion()"
            [language]="language()"
            [texts]="{
              caption: 'board.charts.completion' | transloco: { year },
              item: 'board.charts.focusArea' | transloco,
              figure: 'board.charts.figure' | transloco,
              percent: 'board.charts.percent' | transloco,
              valueAxis: 'board.charts.share' | transloco,
            }"
          />
        } @else {
          <h3 class="caption">{{ 'board.charts.completion' | transloco: { year } }}</h3>
          <p class="muted">{{ 'board.charts.noActions' | transloco }}</p>
        }
      </div>
      <div class="chart-card" data-testid="chart-targets">
        @if (targets().length) {
          <su-progress-bar-chart
            [bars]="targets()"
            [language]="language()"
            [texts]="{
              caption: 'board.charts.targets' | transloco: { year },
              item: 'board.drill.criterion' | transloco,
              figure: 'board.charts.figure' | transloco,
              percent: 'board.charts.percent' | transloco,
              valueAxis: 'board.charts.shareOfTarget' | transloco,
            }"
          />
        } @else {
          <h3 class="caption">{{ 'board.charts.targets' | transloco: { year } }}</h3>
          <p class="muted">{{ 'board.charts.noTargets' | transloco }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    :host { display: block; }
    /* min(420px, 100%): one column on a phone instead of a 420 px column wider than the screen */
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(420px, 100%), 1fr)); gap: 24px; }
    .chart-card { border: 1px solid #d6d6d6; border-radius: 8px; padding: 12px 16px; min-width: 0; overflow: hidden; }
    @media (max-width: 480px) { .chart-card { padding: 8px; } }
    .caption { font-size: 1rem; font-weight: 500; margin: 0 0 4px; }
    .muted { color: var(--su-text-muted, #555); }
  `,
})
export class BoardChartsComponent {
  readonly data = input.required<DashboardDto>();
  readonly language = input<LanguageCode>('fi');
  /** The word in the tables' notes ("vastaajia 8"), translated by the page. */
  readonly answersWord = input('n');

  protected readonly trend = computed(() => surveyTrendChart(this.data(), this.answersWord()));
  protected readonly regions = computed(() => regionsChart(this.data(), (r) => localized(r.name, this.language()), this.answersWord()));
  protected readonly completion = computed(() => completionChart(this.data()));
  protected readonly targets = computed(() => targetChart(this.data(), this.language()));

  constructor() {
    // `npm run bench` times the board by this mark (time to the first chart's bars); once per page load.
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => markFirstChart(host, destroyRef));
  }
}

/** The Performance mark `npm run bench` (tools/bench/web.mjs) waits for. */
export const FIRST_CHART_MARK = 'suunta:first-chart';

/** A bar of an ngx-charts drawing (each chart here draws bars: grouped or horizontal). */
const BAR = 'svg path.bar[d]';

/**
 * Marks, once per page load, when the first chart's bars are in the page. Not the charts'
 * first render: a chart draws only once its box is measured, and ngx-charts draws its bars a
 * task later still (about 300 ms after the first render on a cold visit), so a mark there
 * reported a chart the reader could not yet see.
 */
function markFirstChart(host: HTMLElement, destroyRef: DestroyRef): void {
  const mark = () => {
    if (!performance.getEntriesByName(FIRST_CHART_MARK).length) performance.mark(FIRST_CHART_MARK);
  };
  if (performance.getEntriesByName(FIRST_CHART_MARK).length) return;
  if (host.querySelector(BAR)) return mark();
  const observer = new MutationObserver(() => {
    if (!host.querySelector(BAR)) return;
    observer.disconnect();
    mark();
  });
  observer.observe(host, { childList: true, subtree: true, attributeFilter: ['d'] });
  destroyRef.onDestroy(() => observer.disconnect());
}
