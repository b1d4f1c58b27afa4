import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FundingEntryDto, FundingOverviewDto, FundingYearDto } from '@suunta/shared-domain';
import { FundingApi } from '@suunta/web-board-data-access';
import { AuthService } from '@suunta/web-core';
import { FundingTrendChartComponent } from './funding-trend-chart';
import { formatEuro, formatShare, sourcesPresent } from './funding-format.util';

/**
 * "Rahoitus" on the board's page: funding per year (up to the year shown) and source, with each
 * source's share, the latest year's breakdown (earmarks, the share of a national allocation,
 * municipal money by payer, the documents) and, once there are several years, a trend chart.
 * Every figure is computed by the API from the stored entries.
 */
@Component({
  selector: 'su-funding-section',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslocoPipe, FundingTrendChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="funding" aria-labelledby="board-funding" data-testid="funding-section">
      <h2 id="board-funding">{{ 'board.funding.title' | transloco }}</h2>
      @if (canEdit()) {
        <p><a mat-stroked-button routerLink="funding" data-testid="funding-edit"><mat-icon aria-hidden="true">edit</mat-icon>{{ 'board.funding.edit' | transloco }}</a></p>
      }
      @if (failed()) {
        <p class="error" role="alert">{{ 'board.funding.loadFailed' | transloco }}</p>
      } @else if (overview(); as o) {
        @if (o.years.length === 0) {
          <p class="muted">{{ 'board.funding.none' | transloco }}</p>
        } @else {
          <div class="table-wrap">
            <table class="funding-table" data-testid="funding-table">
              <caption>{{ 'board.funding.caption' | transloco }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'board.funding.year' | transloco }}</th>
                  @for (s of sources(); track s) {
                    <th scope="col">{{ 'board.funding.sources.' + s | transloco }}</th>
                  }
                  <th scope="col">{{ 'board.funding.total' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (y of o.years; track y.year) {
                  <tr>
                    <th scope="row">{{ y.year }}</th>
                    @for (s of sources(); track s) {
                      <td class="num">
                        @if (bySource(y, s); as b) {
                          {{ euro(b.total) }} <span class="muted">({{ share(b.sharePercent) }})</span>
                        } @else {
                          –
                        }
                      </td>
                    }
                    <td class="num total">{{ euro(y.total) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (latest(); as y) {
            <h3>{{ 'board.funding.breakdown' | transloco: { year: y.year } }}</h3>
            <ul class="breakdown" data-testid="funding-breakdown">
              @for (e of y.entries; track e.id) {
                <li>
                  <strong>{{ entryName(e) | transloco }}</strong>@if (e.payer) { ({{ 'board.funding.payers.' + e.payer | transloco }})}@if (e.regionCode) { · {{ e.regionCode }}}:
                  {{ euro(e.amount) }}
                  @if (e.poolAmount) {
                    — {{ 'board.funding.poolShare' | transloco: { share: share(e.poolSharePercent), pool: euro(e.poolAmount) } }}@if (e.poolDescription) { ({{ e.poolDescription }})}
                  }
                  @if (e.description) { <span class="muted"> — {{ e.description }}</span> }
                  @if (e.earmarks.length) {
                    <ul>
                      @for (m of e.earmarks; track $index) {
                        <li>
                          {{ 'board.funding.ofWhich' | transloco }}
                          {{ m.kind === 'other' ? m.label : ('board.funding.earmarks.' + m.kind | transloco) }}
                          {{ euro(m.amount) }} ({{ share(m.sharePercent) }})
                        </li>
                      }
                      <li>{{ 'board.funding.unearmarked' | transloco }} {{ euro(e.unearmarked) }}</li>
                    </ul>
                  }
                  @if (e.documents.length) {
                    <ul class="docs">
                      @for (d of e.documents; track $index) {
                        <li>
                          @if (d.url) {
                            <a [href]="d.url" target="_blank" rel="noopener noreferrer">{{ d.title }}</a>
                          } @else {
                            {{ d.title }}
                          }
                          @if (d.fileRef) { <span class="muted">({{ d.fileRef }})</span> }
                        </li>
                      }
                    </ul>
                  }
                </li>
              }
            </ul>
          }
          @if (o.years.length > 1) {
            @defer (on viewport) {
              <su-funding-trend-chart
                [overview]="o"
                [language]="language()"
                [sourceLabels]="{
                  state_subsidy: 'board.funding.sources.state_subsidy' | transloco,
                  municipal: 'board.funding.sources.municipal' | transloco,
                  project: 'board.funding.sources.project' | transloco,
                  other: 'board.funding.sources.other' | transloco,
                }"
              />
            } @placeholder {
              <p class="muted">{{ 'board.charts.loading' | transloco }}</p>
            }
          }
        }
      } @else {
        <p class="muted">{{ 'board.loading' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    :host { display: block; margin-top: 32px; }
    .muted { color: var(--su-text-muted, #555); }
    .error { color: var(--su-error, #b3261e); }
    .table-wrap { overflow-x: auto; }
    .funding-table { border-collapse: collapse; min-width: 100%; }
    .funding-table caption { text-align: left; font-weight: 500; padding: 4px 0 8px; }
    .funding-table th, .funding-table td { text-align: left; padding: 8px; border-bottom: 1px solid #d6d6d6; vertical-align: top; }
    .funding-table .num { text-align: right; white-space: nowrap; }
    .funding-table thead th { font-weight: 500; }
    .total { font-weight: 600; }
    .breakdown { max-width: 80ch; padding-left: 20px; }
    .breakdown > li { margin-bottom: 8px; }
    mat-icon { margin-right: 6px; }
  `,
})
export class FundingSectionComponent {
  private readonly api = inject(FundingApi);
  private readonly auth = inject(AuthService);
  /** The board's year: years up to it are shown. */
  readonly year = input<number | null>(null);
  readonly language = input('fi');

  protected readonly overview = signal<FundingOverviewDto | null>(null);
  protected readonly failed = signal(false);
  protected readonly sources = computed(() => {
    const o = this.overview();
    return o ? sourcesPresent(o) : [];
  });
  protected readonly latest = computed<FundingYearDto | null>(() => this.overview()?.years.at(-1) ?? null);
  protected readonly canEdit = computed(() => !!this.auth.me() && this.auth.hasRole('management', 'admin'));
  private seq = 0;

  constructor() {
    void this.auth.ensureLoaded().catch(() => null);
    effect(() => {
      const year = this.year();
      untracked(() => void this.load(year));
    });
  }

  private async load(year: number | null): Promise<void> {
    const seq = ++this.seq;
    this.failed.set(false);
    try {
      const o = await this.api.overview(year ? { toYear: year } : {});
      if (seq === this.seq) this.overview.set(o);
    } catch {
      if (seq === this.seq) this.failed.set(true);
    }
  }

  protected bySource(y: FundingYearDto, source: string) {
    return y.bySource.find((b) => b.source === source) ?? null;
  }

  protected entryName(e: FundingEntryDto): string {
    return `board.funding.sources.${e.source}`;
  }

  protected euro(amount: string | null): string {
    return formatEuro(amount, this.language());
  }

  protected share(percent: number | null): string {
    return formatShare(percent, this.language());
  }
}
