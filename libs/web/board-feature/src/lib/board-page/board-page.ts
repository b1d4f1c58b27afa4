import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, inject, Injector, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DashboardDto, DashboardFocusAreaDto, DashboardRegionOption, RollupStatus } from '@suunta/shared-domain';
import { helsinkiDay, ROLLUP_STATUSES } from '@suunta/shared-domain';
import { asOfParam, BoardApi, type BoardFilters, boardFiltersFrom, boardPackUrl } from '@suunta/web-board-data-access';
import { LanguageService, localized } from '@suunta/web-core';
import { StatusChipComponent } from '@suunta/web-ui';
import { BoardChartsComponent } from '../board-charts/board-charts';
import { FundingSectionComponent } from '../funding/funding-section';
import { FreshnessComponent } from '../strategy-map/freshness';
import { StrategyMapComponent } from '../strategy-map/strategy-map';
import { type BoardSortKey, filterFocusAreas, focusAreaLabel, type SortDirection, sortFocusAreas } from '../board-view.util';
import { formatAverage, formatChange, formatDate } from '../format.util';

/** The board's status page: filters, one row per focus area with drill-down links, charts, board pack. */
@Component({
  selector: 'su-board-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    StatusChipComponent,
    BoardChartsComponent,
    FundingSectionComponent,
    FreshnessComponent,
    StrategyMapComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-page.html',
  styleUrl: './board-page.css',
})
export class BoardPage {
  private readonly api = inject(BoardApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;

  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filters = computed<BoardFilters>(() => boardFiltersFrom(this.query()));
  /** The latest day the "as of" picker offers: today (what was true then, not a forecast). */
  protected readonly today = helsinkiDay();
  /** The year's last day, when it is over: the board's usual question ("as of 31.12.2020"). */
  protected readonly yearEnd = computed(() => {
    const year = this.data()?.filters.year;
    const end = year ? `${year}-12-31` : null;
    return end && end < this.today ? end : null;
  });

  protected readonly data = signal<DashboardDto | null>(null);
  /** No year in the address: the API opened the latest year with data, and the page says so. */
  protected readonly yearChosenForUser = computed(() => this.filters().year === null);
  protected readonly loading = signal(false);
  protected readonly error = signal(false);
  private requestSeq = 0;

  protected readonly statuses = ROLLUP_STATUSES;
  /** Action buckets shown after done / in progress / overdue, when not empty; all six add up to the total. */
  protected readonly otherBuckets = ['planned', 'postponed', 'cancelled'] as const;
  protected readonly statusFilter = signal<RollupStatus[]>([]);
  protected readonly textFilter = signal('');
  protected readonly sortKey = signal<BoardSortKey>('order');
  protected readonly sortDirection = signal<SortDirection>('asc');

  protected readonly rows = computed(() =>
    sortFocusAreas(
      filterFocusAreas(this.data()?.focusAreas ?? [], { statuses: this.statusFilter(), text: this.textFilter() }),
      this.sortKey(),
      this.sortDirection(),
    ),
  );
  protected readonly regionName = computed(() => {
    const d = this.data();
    const region = d?.options.regions.find((r) => r.id === d.filters.regionId);
    return region ? localized(region.name, this.lang()) : null;
  });
  /** The resolved filters (defaults applied by the API) as the drill-down's query parameters. */
  protected readonly drillParams = computed(() => {
    const f = this.data()?.filters;
    return f ? { year: f.year, regionId: f.regionId ?? undefined, strategyId: f.strategyId, asOf: this.filters().asOf ?? undefined } : {};
  });
  /** The strategy map follows the resolved filters (same strategy, year, region and as-of as the table). */
  protected readonly mapFilters = computed<BoardFilters>(
    () => {
      const f = this.data()?.filters;
      return f ? { strategyId: f.strategyId, year: f.year, regionId: f.regionId, asOf: this.filters().asOf } : this.filters();
    },
    { equal: (a, b) => a.strategyId === b.strategyId && a.year === b.year && a.regionId === b.regionId && a.asOf === b.asOf },
  );
  protected readonly packUrl = computed(() => {
    const f = this.data()?.filters;
    const asOf = this.filters().asOf;
    return boardPackUrl(f ? { strategyId: f.strategyId, year: f.year, regionId: f.regionId, asOf } : this.filters(), this.lang());
  });

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => void this.load(filters));
    });
  }

  private async load(filters: BoardFilters): Promise<void> {
    const seq = ++this.requestSeq;
    this.loading.set(true);
    this.error.set(false);
    try {
      const d = await this.api.dashboard(filters);
      if (seq === this.requestSeq) {
        this.data.set(d);
        markBoardDrawn(this.injector);
      }
    } catch {
      if (seq === this.requestSeq) this.error.set(true);
    } finally {
      if (seq === this.requestSeq) this.loading.set(false);
    }
  }

  protected setFilter(key: 'strategyId' | 'year' | 'regionId' | 'asOf', value: string | number | null): void {
    // A new strategy has its own years: let the API pick the year again.
    const extra = key === 'strategyId' ? { year: null } : {};
    void this.router.navigate([], { relativeTo: this.route, queryParams: { [key]: value || null, ...extra }, queryParamsHandling: 'merge' });
  }

  /** The picker's day (`YYYY-MM-DD` from the ISO date adapter); a day after today or no day → today's figures. */
  protected setAsOf(value: string | null): void {
    const day = asOfParam(value);
    this.setFilter('asOf', day && day < this.today ? day : null);
  }

  protected sortBy(key: BoardSortKey): void {
    if (this.sortKey() === key) {
      this.sortDirection.update((d) => (d === 'asc' ? 'desc' : 'asc'));
    } else {
      this.sortKey.set(key);
      this.sortDirection.set(key === 'status' || key === 'order' ? 'asc' : 'desc');
    }
  }

  protected ariaSort(key: BoardSortKey): 'ascending' | 'descending' | null {
    return this.sortKey() === key ? (this.sortDirection() === 'asc' ? 'ascending' : 'descending') : null;
  }

  protected sortIcon(key: BoardSortKey): string {
    return this.sortKey() !== key ? 'unfold_more' : this.sortDirection() === 'asc' ? 'arrow_upward' : 'arrow_downward';
  }

  protected regionLabel(r: DashboardRegionOption): string {
    return localized(r.name, this.lang());
  }

  protected label(f: DashboardFocusAreaDto): string {
    return focusAreaLabel(f);
  }

  protected average(v: number | null): string {
    return formatAverage(v, this.lang());
  }

  protected change(v: number | null): string {
    return formatChange(v, this.lang());
  }

  protected date(v: string | null): string {
    return formatDate(v, this.lang());
  }

  protected changeIcon(v: number | null): string {
    return v === null ? '' : v > 0 ? 'trending_up' : v < 0 ? 'trending_down' : 'trending_flat';
  }

  protected planList(d: DashboardDto): string {
    return d.plans.map((p) => p.title).join(', ');
  }
}

/** The Performance mark `npm run bench` (tools/bench/web.mjs) reads: the status table first drawn with its figures. */
export const BOARD_DRAWN_MARK = 'suunta:board-drawn';

/** Marks, once per page load, the render that first shows the board's figures. */
function markBoardDrawn(injector: Injector): void {
  if (performance.getEntriesByName(BOARD_DRAWN_MARK).length) return;
  afterNextRender(
    () => {
      if (!performance.getEntriesByName(BOARD_DRAWN_MARK).length) performance.mark(BOARD_DRAWN_MARK);
    },
    { injector },
  );
}
