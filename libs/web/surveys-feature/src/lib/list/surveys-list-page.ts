import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RegionDto, SurveySummaryDto } from '@suunta/shared-domain';
import { AuthService, LanguageService, localized } from '@suunta/web-core';
import { SurveysApi } from '@suunta/web-surveys-data-access';
import { DataTextComponent, formatPercent } from '@suunta/web-ui';

@Component({
  selector: 'su-surveys-list-page',
  imports: [DataTextComponent, FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'surveys.title' | transloco }}</h1>
    <p class="intro">{{ 'surveys.intro' | transloco }}</p>
    <div class="actions">
      @if (canImport()) {
        <a mat-flat-button routerLink="import">{{ 'surveys.import' | transloco }}</a>
      }
      <a mat-stroked-button routerLink="compare">{{ 'surveys.compare' | transloco }}</a>
    </div>
    <div class="filters">
      <mat-form-field>
        <mat-label>{{ 'surveys.region' | transloco }}</mat-label>
        <mat-select [ngModel]="regionId()" (ngModelChange)="regionId.set($event)">
          <mat-option [value]="null">{{ 'surveys.allRegions' | transloco }}</mat-option>
          @for (region of regions(); track region.id) {
            <mat-option [value]="region.id">{{ regionName(region) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'surveys.year' | transloco }}</mat-label>
        <mat-select [ngModel]="year()" (ngModelChange)="year.set($event)">
          <mat-option [value]="null">{{ 'surveys.allYears' | transloco }}</mat-option>
          @for (y of years(); track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    <div aria-live="polite">
      @if (error()) {
        <p class="alert error" role="alert">{{ 'surveys.loadFailed' | transloco }}</p>
      } @else if (surveys() === null) {
        <p>{{ 'surveys.loading' | transloco }}</p>
      } @else if (visible().length === 0) {
        <p>{{ 'surveys.none' | transloco }}</p>
      }
    </div>
    <ul class="list">
      @for (survey of visible(); track survey.id) {
        <li>
          <a [routerLink]="survey.id" class="title"><su-data-text [text]="survey.title" /></a>
          <span class="meta">
            {{ regionLabel(survey.regionId) }} · {{ survey.year }} ·
            @if (survey.invitedCount !== null && survey.respondentCount !== null) {
              {{ 'surveys.respondentsOf' | transloco: { responded: survey.respondentCount, invited: survey.invitedCount, rate: rate(survey) } }}
            } @else {
              {{ 'surveys.respondentsOnly' | transloco: { responded: survey.respondentCount ?? '–' } }}
            }
            · {{ 'surveys.themes' | transloco: { count: survey.themeCount } }}
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    .intro { max-width: 70ch; }
    .actions { display: flex; gap: 12px; margin: 12px 0 16px; flex-wrap: wrap; }
    .filters { display: flex; gap: 16px; flex-wrap: wrap; }
    .list { list-style: none; padding: 0; }
    .list li { padding: 12px 0; border-bottom: 1px solid var(--su-border); display: flex; flex-direction: column; gap: 2px; }
    .title { font-size: 1.1rem; font-weight: 500; }
    .meta { color: var(--su-text-muted); }
    .alert.error { color: var(--su-error); }
  `,
})
export class SurveysListPage {
  private readonly api = inject(SurveysApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);

  protected readonly surveys = signal<SurveySummaryDto[] | null>(null);
  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly error = signal(false);
  protected readonly regionId = signal<string | null>(null);
  protected readonly year = signal<number | null>(null);
  protected readonly canImport = computed(() => this.auth.hasRole('admin', 'management', 'planner'));
  protected readonly years = computed(() => [...new Set((this.surveys() ?? []).map((s) => s.year))].sort((a, b) => b - a));
  protected readonly visible = computed(() =>
    (this.surveys() ?? []).filter((s) => (this.regionId() === null || s.regionId === this.regionId()) && (this.year() === null || s.year === this.year())),
  );

  constructor() {
    // Filtering happens here: one request lists every survey of the organization (tens, not thousands).
    Promise.all([this.api.list(), this.api.regions()])
      .then(([surveys, regions]) => {
        this.surveys.set(surveys);
        this.regions.set(regions);
      })
      .catch(() => this.error.set(true));
  }

  protected regionName(region: RegionDto): string {
    return localized(region.name, this.language.current());
  }

  protected regionLabel(regionId: string): string {
    const region = this.regions().find((r) => r.id === regionId);
    return region ? this.regionName(region) : '';
  }

  protected rate(survey: SurveySummaryDto): string {
    return survey.responseRate === null ? '–' : formatPercent(survey.responseRate, this.language.current());
  }
}
