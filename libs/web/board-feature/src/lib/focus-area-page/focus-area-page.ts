import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, inject, Injector, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DashboardFocusAreaEntriesDto, RegionDto } from '@suunta/shared-domain';
import { asOfParam, BoardApi } from '@suunta/web-board-data-access';
import { LanguageService, localized } from '@suunta/web-core';
import { FocusAreaIndicatorsComponent } from '@suunta/web-indicators-ui';
import { StatusChipComponent } from '@suunta/web-ui';
import { formatAverage, formatDate } from '../format.util';
import { DrillSection } from './drill-section';
import { FocusAreaComments } from './focus-area-comments';
import { helsinkiYear, numberFormat } from '@suunta/shared-domain';

/**
 * Everything behind one focus area's figures on the board page: its actions (with their judged
 * status), criteria, the progress entries and the survey themes. Sections carry ids so the board
 * page's links land on the figure that was clicked.
 */
@Component({
  selector: 'su-focus-area-page',
  imports: [RouterLink, TranslocoPipe, StatusChipComponent, DrillSection, FocusAreaComments, FocusAreaIndicatorsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './focus-area-page.html',
  styles: `
    :host { display: block; }
    .muted { color: var(--su-text-muted, #555); }
    .alert.error { color: var(--su-error, #b3261e); }
    section { margin-top: 24px; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #d6d6d6; }
    .narrative { max-width: 60ch; white-space: pre-line; }
  `,
})
export class FocusAreaPage {
  private readonly api = inject(BoardApi);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;

  private readonly params = toSignal(this.route.paramMap, { requireSync: true });
  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly focusAreaId = computed(() => this.params().get('id') ?? '');
  protected readonly year = computed(() => Number(this.query().get('year')) || helsinkiYear());
  protected readonly regionId = computed(() => this.query().get('regionId'));
  /** The board page's "as of" day, if one was chosen: the figures as they were then. */
  protected readonly asOf = computed(() => asOfParam(this.query().get('asOf')));
  /** Back to the board page with the same filters. */
  protected readonly backParams = computed(() => ({
    year: this.year(),
    regionId: this.regionId() ?? undefined,
    strategyId: this.query().get('strategyId') ?? undefined,
    asOf: this.asOf() ?? undefined,
  }));

  /** Each section's columns (keys under `board.drill.`), in the order its rows fill them. */
  protected readonly columns = {
    actions: ['action', 'actionStatus', 'rollup', 'progress', 'overdue'],
    criteria: ['criterion', 'kind', 'rollup', 'progress'],
    entries: ['date', 'region', 'subject', 'value', 'narrative', 'author'],
    surveys: ['survey', 'region', 'theme', 'average', 'answers'],
  } as const;

  protected readonly data = signal<DashboardFocusAreaEntriesDto | null>(null);
  protected readonly error = signal(false);
  /** The focus area does not exist (or the address is not an id): say so, not "loading failed". */
  protected readonly notFound = signal(false);
  /** For the regions' names; until they load (or if they fail) the rows show the codes. */
  private readonly regions = signal<RegionDto[]>([]);

  constructor() {
    this.api
      .regions()
      .then((regions) => this.regions.set(regions))
      .catch(() => undefined);
    effect(() => {
      const id = this.focusAreaId();
      const year = this.year();
      const regionId = this.regionId();
      const asOf = this.asOf();
      untracked(() => void this.load(id, year, regionId, asOf));
    });
  }

  private async load(id: string, year: number, regionId: string | null, asOf: string | null): Promise<void> {
    try {
      this.error.set(false);
      this.data.set(await this.api.focusAreaEntries(id, year, regionId, asOf));
      const fragment = this.route.snapshot.fragment;
      if (fragment) afterNextRender(() => this.showSection(fragment), { injector: this.injector });
    } catch (e) {
      this.notFound.set([400, 404].includes((e as { status?: number }).status ?? 0));
      this.error.set(true);
    }
  }

  /**
   * Lands on the section the board page's link named (#actions, #criteria, …). The router's anchor
   * scrolling runs before the sections exist (they come with the data) and scrolls the window,
   * whereas the shell scrolls its content pane; so the section is scrolled into view here, and its
   * heading takes the focus so that keyboard and screen-reader users continue from there.
   */
  private showSection(fragment: string): void {
    const section = this.document.getElementById(fragment);
    if (!section) return;
    section.scrollIntoView({ block: 'start' });
    section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  /** The region's name in the current language, or its code when the name is not known. */
  protected regionName(id: string, code: string | null): string {
    const region = this.regions().find((r) => r.id === id);
    return region ? localized(region.name, this.lang()) : (code ?? '');
  }

  protected average(v: number | null): string {
    return formatAverage(v, this.lang());
  }

  protected date(v: string | null): string {
    return formatDate(v, this.lang());
  }

  protected num(v: number | null): string {
    return v === null ? '–' : numberFormat(this.lang(), { maximumFractionDigits: 2 }).format(v);
  }
}
