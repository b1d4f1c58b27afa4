import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChildren } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DashboardRegionOption, LanguageCode, StrategyMapAxis, StrategyMapCell, StrategyMapColumn, StrategyMapDto, TrendDirection } from '@suunta/shared-domain';
import { helsinkiDay } from '@suunta/shared-domain';
import { BoardApi, type BoardFilters } from '@suunta/web-board-data-access';
import { localized } from '@suunta/web-core';
import { StatusChipComponent } from '@suunta/web-ui';
import { formatAverage } from '../format.util';
import { FreshnessComponent } from './freshness';
import { type GridPosition, moveInGrid, TREND_ARROW } from './strategy-map.util';

/**
 * The strategy map (issue 18 item 5): focus areas × regions or × years as a grid of status cells.
 * A WAI-ARIA grid: one tab stop (the active cell's link, roving tabindex), arrow keys / Home / End
 * move between cells, Enter opens the cell's drill-down (the focus-area page for that region and
 * year). Each cell says its status, trends (arrow and words) and data freshness in text; a toggle
 * shows the same figures as a plain data table. It scrolls inside its own labelled region on a phone.
 */
@Component({
  selector: 'su-strategy-map',
  imports: [RouterLink, TranslocoPipe, MatButtonToggleModule, StatusChipComponent, FreshnessComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './strategy-map.html',
  styleUrl: './strategy-map.css',
})
export class StrategyMapComponent {
  private readonly api = inject(BoardApi);

  /** The board's resolved filters (the map follows them: strategy, year, region, as-of). */
  readonly filters = input.required<BoardFilters>();
  readonly regions = input.required<DashboardRegionOption[]>();
  readonly language = input.required<LanguageCode>();

  protected readonly axis = signal<StrategyMapAxis>('regions');
  protected readonly asTable = signal(false);
  protected readonly map = signal<StrategyMapDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal(false);
  protected readonly active = signal<GridPosition>({ row: 0, col: 0 });
  protected readonly today = helsinkiDay();
  private readonly cellLinks = viewChildren<ElementRef<HTMLAnchorElement>>('cellLink');
  private seq = 0;

  protected readonly columnCount = computed(() => this.map()?.columns.length ?? 0);

  constructor() {
    effect(() => {
      const filters = this.filters();
      const axis = this.axis();
      untracked(() => void this.load(filters, axis));
    });
  }

  private async load(filters: BoardFilters, axis: StrategyMapAxis): Promise<void> {
    const seq = ++this.seq;
    this.loading.set(true);
    this.error.set(false);
    try {
      const m = await this.api.strategyMap(filters, axis);
      if (seq !== this.seq) return;
      this.map.set(m);
      this.active.set({ row: 0, col: 0 });
    } catch {
      if (seq === this.seq) this.error.set(true);
    } finally {
      if (seq === this.seq) this.loading.set(false);
    }
  }

  protected setAxis(axis: StrategyMapAxis): void {
    if (axis === 'regions' || axis === 'years') this.axis.set(axis);
  }

  protected columnLabel(c: StrategyMapColumn): string {
    if (this.map()?.filters.axis === 'years') return String(c.year);
    const r = this.regions().find((x) => x.id === c.regionId);
    return r ? localized(r.name, this.language()) : (c.regionCode ?? '');
  }

  protected rowLabel(r: { code: string | null; title: string }): string {
    return r.code ? `${r.code} ${r.title}` : r.title;
  }

  protected isActive(row: number, col: number): boolean {
    const a = this.active();
    return a.row === row && a.col === col;
  }

  protected onKeydown(event: KeyboardEvent, row: number, col: number): void {
    const m = this.map();
    if (!m) return;
    const next = moveInGrid({ row, col }, event.key, event.ctrlKey || event.metaKey, m.rows.length, m.columns.length);
    if (!next) return;
    event.preventDefault();
    this.active.set(next);
    this.cellLinks()[next.row * m.columns.length + next.col]?.nativeElement.focus();
  }

  protected onFocus(row: number, col: number): void {
    this.active.set({ row, col });
  }

  /** The drill-down's query parameters for a cell: its year and region, the board's strategy and as-of. */
  protected drill(c: StrategyMapCell): Record<string, string | number | undefined> {
    const f = this.filters();
    return { year: c.year, regionId: c.regionId ?? undefined, strategyId: f.strategyId ?? undefined, asOf: f.asOf ?? undefined };
  }

  protected arrow(t: TrendDirection | null): string {
    return t ? TREND_ARROW[t] : '';
  }

  protected average(v: number | null): string {
    return formatAverage(v, this.language());
  }

}
