import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { helsinkiYear, REPORT_LANGUAGES, type AnnualReportSummaryDto, type RegionDto, type ReportLanguage } from '@suunta/shared-domain';
import { apiErrorMessage, AuthService, LanguageService, localized } from '@suunta/web-core';
import { ReportsApi } from '@suunta/web-reports-data-access';
import { HttpErrorResponse } from '@angular/common/http';

/** Reports per region and year; planners of a region (and management) start the year's report here. */
@Component({
  selector: 'su-report-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  template: `
    <h1>{{ 'reports.title' | transloco }}</h1>
    <p class="hint">{{ 'reports.lead' | transloco }}</p>
    <form class="filters" (ngSubmit)="load()" role="search">
      <mat-form-field>
        <mat-label>{{ 'reports.region' | transloco }}</mat-label>
        <mat-select [(ngModel)]="regionId" name="region" (selectionChange)="load()">
          <mat-option value="">–</mat-option>
          <mat-option value="organization">{{ 'reports.wholeOrganization' | transloco }}</mat-option>
          @for (r of regions(); track r.id) {
            <mat-option [value]="r.id">{{ regionName(r) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'reports.year' | transloco }}</mat-label>
        <input matInput type="number" min="2000" max="2100" [(ngModel)]="year" name="year" (change)="load()" />
      </mat-form-field>
      @if (canStart()) {
        <mat-form-field>
          <mat-label>{{ 'reports.language' | transloco }}</mat-label>
          <mat-select [(ngModel)]="reportLanguage" name="language" data-testid="report-language">
            @for (l of languages; track l) {
              <mat-option [value]="l">{{ 'reports.languages.' + l | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <button mat-flat-button type="button" (click)="start()" [disabled]="busy() || !year">
          {{ (busy() ? 'reports.starting' : 'reports.start') | transloco }}
        </button>
      }
    </form>
    <div aria-live="polite">
      @if (error()) {
        <p class="alert error" role="alert">{{ 'reports.error' | transloco: { message: error() } }}</p>
      }
    </div>
    @if (reports().length === 0) {
      <p class="muted">{{ 'reports.none' | transloco }}</p>
    } @else {
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'reports.tableRegion' | transloco">
      <table class="reports">
        <caption class="visually-hidden">{{ 'reports.title' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'reports.year' | transloco }}</th>
            <th scope="col">{{ 'reports.region' | transloco }}</th>
            <th scope="col">{{ 'reports.title' | transloco }}</th>
            <th scope="col">{{ 'reports.author' | transloco }}</th>
            <th scope="col">{{ 'reports.statusColumn' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of reports(); track r.id) {
            <tr>
              <td [attr.data-label]="'reports.year' | transloco">{{ r.year }}</td>
              <td [attr.data-label]="'reports.region' | transloco">{{ r.regionCode ?? ('reports.wholeOrganization' | transloco) }}</td>
              <td class="title"><a [routerLink]="[r.id]">{{ r.title }}</a></td>
              <td [attr.data-label]="'reports.author' | transloco">{{ r.authorName || '–' }}</td>
              <td [attr.data-label]="'reports.statusColumn' | transloco">
                <span class="tag">{{ 'reports.status.' + r.status | transloco }}</span>
                @if (r.reopenRequested) {
                  <span class="tag request" data-testid="reopen-requested">{{ 'reports.reopenRequest.listTag' | transloco }}</span>
                }
                <span class="muted">{{ 'reports.sectionsWritten' | transloco: { written: r.writtenSectionCount, total: r.sectionCount } }}</span>
              </td>
            </tr>
          }
        </tbody>
      </table>
      </div>
    }
  `,
  styles: `
    :host { display: block; }
    .filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: baseline; }
    .hint, .muted { color: var(--su-text-muted); }
    .alert.error { border-left: 4px solid var(--su-error); color: var(--su-error); padding: 8px 12px; }
    table { border-collapse: collapse; width: 100%; background: var(--su-surface); }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--su-border); vertical-align: top; }
    .tag { display: inline-block; padding: 0 8px; border: 1px solid var(--su-border); border-radius: 12px; margin-right: 8px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .tag.request { border-color: var(--su-warn, #8a4b00); color: var(--su-warn, #8a4b00); }
    :host { container-type: inline-size; min-width: 0; }
    .filters mat-form-field { flex: 1 1 200px; min-width: 0; }
    /* narrow screens: one card per report (title first), labels beside the values */
    @container (max-width: 640px) {
      .reports thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      .reports, .reports tbody, .reports tr, .reports td { display: block; width: auto; }
      .reports tr { display: flex; flex-direction: column; border: 1px solid var(--su-border); border-radius: 8px; padding: 8px 12px; margin-bottom: 12px; }
      .reports td { border: 0; padding: 2px 0; }
      .reports td.title { order: -1; font-weight: 500; }
      .reports td[data-label]::before { content: attr(data-label) ': '; font-weight: 600; }
    }
  `,
})
export class ReportListPage {
  private readonly api = inject(ReportsApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly reports = signal<AnnualReportSummaryDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected regionId = '';
  /** The new report's language (Pohjanmaa is bilingual); its drafts and exports follow it. */
  protected reportLanguage: ReportLanguage = 'fi';
  protected readonly languages = REPORT_LANGUAGES;
  /** Each January the report of the year before is written. */
  protected year: number | null = helsinkiYear() - 1;

  protected readonly canStart = computed(() => this.auth.hasRole('admin', 'management', 'planner'));

  constructor() {
    void this.init();
  }

  protected regionName(r: RegionDto): string {
    return localized(r.name, this.language.current());
  }

  private async init(): Promise<void> {
    this.regions.set(await this.api.regions());
    const me = this.auth.me();
    if (me?.roles.includes('planner') && me.regionIds.length === 1) this.regionId = me.regionIds[0];
    this.year = null;
    await this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    try {
      this.reports.set(await this.api.list({ regionId: this.regionId || undefined, year: this.year ?? undefined }));
    } catch (e) {
      this.error.set(message(e));
    }
  }

  protected async start(): Promise<void> {
    if (!this.year) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const regionId = this.regionId && this.regionId !== 'organization' ? this.regionId : null;
      const report = await this.api.start({ regionId, year: Number(this.year), language: this.reportLanguage });
      await this.router.navigate(['/reports', report.id]);
    } catch (e) {
      if (e instanceof HttpErrorResponse && e.status === 409 && e.error?.current?.id) {
        await this.router.navigate(['/reports', e.error.current.id]);
      } else {
        this.error.set(message(e));
      }
    } finally {
      this.busy.set(false);
    }
  }
}

export function message(e: unknown): string {
  return apiErrorMessage(e);
}
