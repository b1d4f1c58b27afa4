import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DashboardFocusAreaEntriesDto } from '@suunta/shared-domain';
import { BoardApi } from '@suunta/web-board-data-access';
import { LanguageService } from '@suunta/web-core';
import { StatusChipComponent } from '@suunta/web-ui';
import { formatAverage, formatDate } from '../format.util';

/**
 * Everything behind one focus area's figures on the board page: its actions (with their judged
 * status), criteria, the progress entries and the survey themes. Sections carry ids so the board
 * page's links land on the figure that was clicked.
 */
@Component({
  selector: 'su-focus-area-page',
  imports: [RouterLink, TranslocoPipe, StatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './focus-area-page.html',
  styles: `
    :host { display: block; }
    .muted { color: var(--su-text-muted, #555); }
    .alert.error { color: var(--su-error, #b3261e); }
    section { margin-top: 24px; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #d6d6d6; }
    thead th { font-weight: 500; }
    .narrative { max-width: 60ch; white-space: pre-line; }
  `,
})
export class FocusAreaPage {
  private readonly api = inject(BoardApi);
  private readonly route = inject(ActivatedRoute);
  protected readonly lang = inject(LanguageService).current;

  private readonly params = toSignal(this.route.paramMap, { requireSync: true });
  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly focusAreaId = computed(() => this.params().get('id') ?? '');
  protected readonly year = computed(() => Number(this.query().get('year')) || new Date().getFullYear());
  protected readonly regionId = computed(() => this.query().get('regionId'));
  /** Back to the board page with the same filters. */
  protected readonly backParams = computed(() => ({
    year: this.year(),
    regionId: this.regionId() ?? undefined,
    strategyId: this.query().get('strategyId') ?? undefined,
  }));

  protected readonly data = signal<DashboardFocusAreaEntriesDto | null>(null);
  protected readonly error = signal(false);

  constructor() {
    effect(() => {
      const id = this.focusAreaId();
      const year = this.year();
      const regionId = this.regionId();
      untracked(() => void this.load(id, year, regionId));
    });
  }

  private async load(id: string, year: number, regionId: string | null): Promise<void> {
    try {
      this.error.set(false);
      this.data.set(await this.api.focusAreaEntries(id, year, regionId));
    } catch {
      this.error.set(true);
    }
  }

  protected average(v: number | null): string {
    return formatAverage(v, this.lang());
  }

  protected date(v: string | null): string {
    return formatDate(v, this.lang());
  }

  protected num(v: number | null): string {
    return v === null ? '–' : new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 2 }).format(v);
  }
}
