import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal, untracked, type WritableSignal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ProgressQuery } from '@suunta/shared-domain';
import { AuthService, formatDay, LanguageService, LOCALES, localized } from '@suunta/web-core';
import { PlansApi, ProgressApi } from '@suunta/web-plans-data-access';
import { EntryDialog, EntryDialogData } from './entry-dialog';
import { numberFormat } from '@suunta/shared-domain';
import { DIALOG_DEFAULTS } from '@suunta/web-ui';

/** One of the log's filters: its label's key, the chosen value (null: all) and the choices. */
interface LogFilter {
  label: string;
  selected: WritableSignal<string | number | null>;
  options: { value: string | number; label: string }[];
}

/** The progress log, filterable by region, year, theme and author, exportable as CSV. */
@Component({
  selector: 'su-progress-log-page',
  imports: [RouterLink, TranslocoDirective, MatFormFieldModule, MatSelectModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'plans'">
      <div class="head">
        <h1>{{ t('progressTitle') }}</h1>
        @if (canLog()) {
          <a mat-flat-button routerLink="new" data-testid="log-progress"><mat-icon aria-hidden="true">add</mat-icon>{{ t('logProgress') }}</a>
        }
        <a mat-stroked-button [href]="exportUrl()" download><mat-icon aria-hidden="true">download</mat-icon>{{ t('exportCsv') }}</a>
      </div>
      <div class="filters" role="search">
        @for (filter of filters(); track filter.label) {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ t(filter.label) }}</mat-label>
            <mat-select [value]="filter.selected()" (valueChange)="filter.selected.set($event)">
              <mat-option [value]="null">{{ t('all') }}</mat-option>
              @for (o of filter.options; track o.value) { <mat-option [value]="o.value">{{ o.label }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
      </div>
      @if (entries.value(); as page) {
        <p aria-live="polite">{{ t('entriesTotal', { count: page.total }) }}</p>
        @if (page.items.length === 0) {
          <p>{{ t('noEntries') }}</p>
        } @else {
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="t('progressTitle')">
            <table class="log">
              <thead>
                <tr>
                  <th scope="col">{{ t('date') }}</th><th scope="col">{{ t('region') }}</th>
                  <th scope="col">{{ t('subjectWithTheme') }}</th><th scope="col">{{ t('value') }}</th><th scope="col">{{ t('narrative') }}</th><th scope="col">{{ t('author') }}</th>
                  <th scope="col"><span class="cdk-visually-hidden">{{ t('entry.column') }}</span></th>
                </tr>
              </thead>
              <tbody>
                @for (e of page.items; track e.id) {
                  <tr>
                    <td class="date" [attr.data-label]="t('date')">{{ date(e.entryDate) }}</td>
                    <td [attr.data-label]="t('region')">{{ regionName(e.regionId) }}</td>
                    <td class="subject" [attr.data-label]="t('subjectWithTheme')">
                      {{ e.actionTitle ?? e.criterionTitle }}
                      @if (e.focusAreaTitle) { <span class="theme">{{ e.focusAreaTitle }}</span> }
                    </td>
                    <td class="num" [attr.data-label]="t('value')">@if (e.value !== null) { {{ number(e.value) }} {{ e.unit }} } @else { – }</td>
                    <td class="narrative" [attr.data-label]="t('narrative')">{{ e.narrative }} @if (e.evidenceUrl) { <a [href]="e.evidenceUrl" target="_blank" rel="noopener noreferrer">{{ t('evidence') }}</a> }</td>
                    <td [attr.data-label]="t('author')">{{ e.authorName }}</td>
                    <td class="open">
                      <button mat-button type="button" (click)="openEntry(e.id)" [attr.aria-label]="(canWrite(e.regionId) ? t('entry.openWrite') : t('entry.openRead')) + ': ' + date(e.entryDate) + ' ' + (e.actionTitle ?? e.criterionTitle ?? '')" data-testid="entry-open">
                        {{ canWrite(e.regionId) ? t('entry.openWrite') : t('entry.openRead') }}
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </ng-container>
  `,
  styles: `:host { display: block; padding: 16px; min-width: 0; container-type: inline-size; } .head, .filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; } .filters { margin: 12px 0; }
    .table-wrap { overflow-x: auto; } .log { border-collapse: collapse; width: 100%; } .log th, .log td { border-bottom: 1px solid #c4c7c5; padding: 6px 8px; text-align: left; vertical-align: top; } .num { white-space: nowrap; }
    /* The narrative is what people read: give it room; the theme is a muted line under the subject. */
    .log td.narrative { min-width: 24ch; overflow-wrap: anywhere; } .log td.subject { min-width: 18ch; } .theme { display: block; font-size: 0.8125rem; color: #555; margin-top: 2px; }
    .log td.date { white-space: nowrap; } .log td.num { white-space: normal; min-width: 6ch; max-width: 14ch; overflow-wrap: anywhere; } .log td.open button { white-space: normal; text-align: left; }
    /*
     * Where the seven columns no longer fit (phones, narrow windows, a wide navigation beside the
     * page) each entry becomes a card with its labels, so the open/correct button never sits off-screen.
     */
    @container (max-width: 960px) {
      .log thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      .log, .log tbody, .log tr, .log td { display: block; width: auto; }
      .log tr { border: 1px solid #c4c7c5; border-radius: 8px; padding: 4px 8px; margin-bottom: 12px; }
      .log td { border: 0; padding: 4px 0; }
      .log td[data-label]::before { content: attr(data-label); display: block; font-size: 0.8125rem; font-weight: 600; color: #424242; }
      .log td.open { display: block; } .log td.narrative { min-width: 0; } .log td.subject { min-width: 0; }
    }`,
})
export class ProgressLogPage {
  private readonly api = inject(ProgressApi);
  private readonly plans = inject(PlansApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);

  protected readonly regionId = signal<string | null>(null);
  protected readonly year = signal<number | null>(null);
  protected readonly focusAreaId = signal<string | null>(null);
  protected readonly authorId = signal<string | null>(null);
  private readonly years = Array.from({ length: 8 }, (_, i) => new Date().getUTCFullYear() - i);

  private readonly query = computed<ProgressQuery>(() => ({
    regionId: this.regionId() ?? undefined,
    year: this.year() ?? undefined,
    focusAreaId: this.focusAreaId() ?? undefined,
    authorId: this.authorId() ?? undefined,
    limit: 200,
  }));
  protected readonly entries = resource({ params: () => this.query(), loader: ({ params }) => this.api.list(params) });
  protected readonly regions = resource({ loader: () => this.plans.regions() });
  protected readonly focusAreas = resource({ loader: () => this.plans.options() });
  protected readonly authors = resource({ loader: () => this.api.authors() });
  private readonly plansList = resource({ loader: () => this.plans.list() });
  /** The log's filters, in the form's order: each is "all" or one of its options. */
  protected readonly filters = computed<LogFilter[]>(() => [
    { label: 'region', selected: this.regionId, options: (this.regions.value() ?? []).map((r) => ({ value: r.id, label: this.regionName(r.id) })) },
    { label: 'year', selected: this.year, options: this.years.map((y) => ({ value: y, label: String(y) })) },
    {
      label: 'focusArea',
      selected: this.focusAreaId,
      options: (this.focusAreas.value()?.focusAreas ?? []).map((f) => ({ value: f.id, label: (f.code ? f.code + ' ' : '') + f.title })),
    },
    { label: 'author', selected: this.authorId, options: (this.authors.value() ?? []).flatMap((a) => (a.id ? [{ value: a.id, label: a.name }] : [])) },
  ]);
  protected readonly exportUrl = computed(() => this.api.exportUrl(this.query()));
  protected readonly canLog = computed(() => this.auth.me() !== undefined && this.auth.hasRole('admin', 'management', 'planner'));

  /** `?entry=<id>`: a link to one entry (e.g. from the meeting digest) opens its details once the page can show them. */
  readonly entry = input<string | undefined>();
  private entryOpened = false;

  constructor() {
    effect(() => {
      const id = this.entry();
      if (!id || this.entryOpened || this.plansList.isLoading() || this.regions.isLoading()) return;
      this.entryOpened = true;
      untracked(() => this.openEntry(id));
    });
  }

  /** Correcting and retracting: admin and management anywhere, planners in their regions (the API decides). */
  protected canWrite(regionId: string): boolean {
    return this.auth.hasRole('admin', 'management', 'planner') && this.auth.canWriteRegion(regionId);
  }

  /** The entry's details and history; correcting and retracting where allowed. Reloads the log after a change. */
  protected openEntry(entryId: string): void {
    const data: EntryDialogData = {
      entryId,
      plans: this.plansList.value() ?? [],
      regionName: (id) => this.regionName(id),
      canWrite: (id) => this.canWrite(id),
      date: (iso) => this.date(iso),
      number: (v) => this.number(v),
    };
    this.dialog
      .open<EntryDialog, EntryDialogData, boolean>(EntryDialog, { ...DIALOG_DEFAULTS, data, autoFocus: 'first-heading', ariaLabelledBy: 'entry-dialog-title', width: '720px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) {
          this.entries.reload();
          this.authors.reload();
        }
      });
  }

  protected regionName(id: string): string {
    const r = (this.regions.value() ?? []).find((x) => x.id === id);
    return r ? localized(r.name, this.language.current()) : '';
  }
  protected date(iso: string): string {
    return formatDay(iso, this.language.current());
  }
  protected number(v: number): string {
    return numberFormat(LOCALES[this.language.current()]).format(v);
  }
}
