import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { IndicatorTrendDto } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';
import { IndicatorLineChartComponent } from './indicator-line-chart.component';
import { provideIndicatorTranslations } from './indicator-translations';
import { formatFetchDate, formatIndicatorValue, hasValues, indicatorTitle, thlText, toTrendRows } from './indicator-view.util';

/**
 * "THL indicators" on a focus area's page: each Sotkanet indicator linked to the focus area, its
 * trend per region as a line chart (loaded lazily, when scrolled to) or as a table, with THL's
 * source, unit and the date fetched; "not fetched yet" until a sync or a CSV upload stored values.
 * Self-contained (its own HTTP call and translations), so any page can place it:
 * `<su-focus-area-indicators [focusAreaId]="id" />`.
 */
@Component({
  selector: 'su-focus-area-indicators',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, IndicatorLineChartComponent],
  providers: [provideIndicatorTranslations()],
  template: `
    @if (trends().length > 0 || failed()) {
      <section class="indicators" aria-labelledby="su-fa-indicators" data-testid="focus-area-indicators">
        <h2 id="su-fa-indicators">{{ 'indicators.heading' | transloco }}</h2>
        @if (failed()) {
          <p class="muted" role="status">{{ 'indicators.loadFailed' | transloco }}</p>
        } @else {
          <p class="muted">{{ 'indicators.lead' | transloco }}</p>
          @for (trend of trends(); track trend.indicator.id) {
            <article class="indicator" [attr.aria-labelledby]="'su-ind-' + trend.indicator.id" data-testid="indicator">
              <h3 [id]="'su-ind-' + trend.indicator.id">{{ title(trend) }}</h3>
              <dl class="facts">
                @if (source(trend); as s) { <dt>{{ 'indicators.source' | transloco }}</dt><dd>{{ s }}</dd> }
                @if (trend.indicator.unit) { <dt>{{ 'indicators.unit' | transloco }}</dt><dd>{{ trend.indicator.unit }}</dd> }
                @if (trend.indicator.valuesFetchedAt) {
                  <dt>{{ 'indicators.fetched' | transloco }}</dt>
                  <dd>{{ date(trend.indicator.valuesFetchedAt) }} {{ 'indicators.valuesSource.' + trend.indicator.valuesSource | transloco }}</dd>
                }
              </dl>
              @if (!hasValues(trend)) {
                <p class="state" role="status" data-testid="indicator-state">
                  {{ (trend.indicator.fetchStatus === 'not_fetched' ? 'indicators.notFetched' : trend.indicator.fetchStatus === 'failed' ? 'indicators.fetchFailedNoValues' : 'indicators.noValues') | transloco }}
                </p>
              } @else {
                @if (trend.indicator.fetchStatus === 'failed') { <p class="state" role="status">{{ 'indicators.fetchFailed' | transloco }}</p> }
                <button type="button" class="toggle" [attr.aria-pressed]="asTable(trend.indicator.id)" (click)="toggle(trend.indicator.id)" data-testid="indicator-toggle">
                  {{ (asTable(trend.indicator.id) ? 'indicators.showChart' : 'indicators.showTable') | transloco }}
                </button>
                @if (!asTable(trend.indicator.id)) {
                  <figure class="figure">
                    <figcaption>{{ 'indicators.chartCaption' | transloco: { title: title(trend) } }}</figcaption>
                    @defer (on viewport) {
                      <su-indicator-line-chart [trend]="trend" [language]="language()" [unit]="trend.indicator.unit" />
                    } @placeholder {
                      <div class="chart-placeholder"></div>
                    }
                  </figure>
                }
                <!-- the table: shown on request, otherwise there for screen readers only -->
                <div [class.visually-hidden]="!asTable(trend.indicator.id)">
                  <table data-testid="indicator-table">
                    <caption>{{ 'indicators.tableCaption' | transloco: { title: title(trend), unit: trend.indicator.unit ?? '' } }}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{{ 'indicators.year' | transloco }}</th>
                        @for (s of trend.series; track s.regionId) { <th scope="col">{{ s.regionName }}</th> }
                      </tr>
                    </thead>
                    <tbody>
                      @for (row of rows(trend); track row.year) {
                        <tr>
                          <th scope="row">{{ row.year }}</th>
                          @for (cell of row.cells; track $index) {
                            <td class="num">{{ cell === null ? ('indicators.noValue' | transloco) : value(cell, trend) }}</td>
                          }
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              }
              <p class="small">{{ 'indicators.sotkanetId' | transloco: { id: trend.indicator.sotkanetId } }}</p>
            </article>
          }
        }
      </section>
    }
  `,
  styles: `
    :host { display: block; min-width: 0; }
    .indicators { margin-top: 24px; }
    .indicator { background: var(--su-surface, #fff); border: 1px solid var(--su-border, #d0d4da); border-radius: 8px; padding: 16px; margin-bottom: 16px; overflow-wrap: anywhere; }
    .indicator h3 { margin-top: 0; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 8px; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; }
    .muted, .small { color: var(--su-text-muted, #4a5058); }
    .state { border-left: 4px solid var(--su-text-muted, #4a5058); padding: 4px 12px; }
    .toggle { font: inherit; min-height: 44px; padding: 8px 16px; border-radius: 4px; border: 1px solid var(--su-text-muted, #4a5058); background: var(--su-surface, #fff); color: inherit; cursor: pointer; }
    .toggle:focus-visible, a:focus-visible { outline: 3px solid var(--su-focus, #1a4f9c); outline-offset: 2px; }
    .figure { margin: 8px 0 0; }
    figcaption { font-weight: 500; margin-bottom: 4px; }
    .chart-placeholder { min-height: 300px; }
    table { border-collapse: collapse; margin-top: 8px; max-width: 100%; display: block; overflow-x: auto; }
    caption { text-align: left; font-weight: 500; margin-bottom: 4px; }
    th, td { padding: 6px 10px; border-bottom: 1px solid var(--su-border, #d0d4da); text-align: left; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class FocusAreaIndicatorsComponent {
  readonly focusAreaId = input.required<string>();
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);

  protected readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly trends = signal<IndicatorTrendDto[]>([]);
  protected readonly failed = signal(false);
  private readonly tables = signal<ReadonlySet<string>>(new Set());
  protected readonly hasValues = hasValues;

  constructor() {
    effect(() => {
      const id = this.focusAreaId();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    this.failed.set(false);
    this.trends.set([]);
    try {
      const trends = await firstValueFrom(this.http.get<IndicatorTrendDto[]>(`/api/indicators/focus-areas/${encodeURIComponent(id)}`));
      if (this.focusAreaId() === id) this.trends.set(trends);
    } catch {
      if (this.focusAreaId() === id) this.failed.set(true);
    }
  }

  protected title(trend: IndicatorTrendDto): string {
    return indicatorTitle(trend.indicator, this.language());
  }

  protected source(trend: IndicatorTrendDto): string | null {
    return thlText(trend.indicator.source, this.language());
  }

  protected date(iso: string | null): string {
    return formatFetchDate(iso, this.language());
  }

  protected value(v: number, trend: IndicatorTrendDto): string {
    return formatIndicatorValue(v, trend.indicator.decimals, this.language());
  }

  protected rows(trend: IndicatorTrendDto) {
    return toTrendRows(trend);
  }

  protected asTable(id: string): boolean {
    return this.tables().has(id);
  }

  protected toggle(id: string): void {
    const next = new Set(this.tables());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.tables.set(next);
  }
}
