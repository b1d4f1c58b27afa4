import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { RegionDto, SurveyFocusAreaRefDto, SurveySeriesDto } from '@suunta/shared-domain';
import { LanguageService, localized } from '@suunta/web-core';
import { SurveysApi } from '@suunta/web-surveys-data-access';
import type { TrendPoint, TrendRegion } from '@suunta/web-ui';
import { TrendChartComponent, type TrendChartTexts } from '@suunta/web-ui/charts';

/** One focus area across years and the regions, following its mappings across strategy versions. */
@Component({
  selector: 'su-survey-compare-page',
  imports: [FormsModule, RouterLink, MatCheckboxModule, MatFormFieldModule, MatSelectModule, TranslocoPipe, TrendChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="..">{{ 'surveys.back' | transloco }}</a></p>
    <h1>{{ 'surveys.compareView.title' | transloco }}</h1>
    <div class="controls">
      <mat-form-field class="picker">
        <mat-label>{{ 'surveys.compareView.focusArea' | transloco }}</mat-label>
        <mat-select [ngModel]="focusAreaId()" (ngModelChange)="choose($event)" [placeholder]="'surveys.compareView.choose' | transloco">
          @for (fa of focusAreas(); track fa.id) {
            <mat-option [value]="fa.id">{{ fa.code }} {{ fa.title }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-checkbox [ngModel]="lineage()" (ngModelChange)="lineage.set($event); reload()">{{ 'surveys.compareView.lineage' | transloco }}</mat-checkbox>
    </div>
    <div aria-live="polite">
      @if (error()) {
        <p class="alert error" role="alert">{{ 'surveys.loadFailed' | transloco }}</p>
      }
    </div>
    @if (series(); as s) {
      @if (s.lineage.length > 1) {
        <p class="muted">{{ 'surveys.compareView.includes' | transloco: { list: lineageText(s) } }}</p>
      }
      @if (s.points.length === 0) {
        <p>{{ 'surveys.compareView.noData' | transloco }}</p>
      } @else {
        <su-trend-chart [points]="points()" [regions]="trendRegions()" [texts]="texts(s)" [language]="lang()" [scaleMax]="scaleMax(s)" />
      }
    }
  `,
  styles: `
    .controls { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; }
    .picker { flex: 1 1 480px; max-width: 760px; }
    .muted { color: var(--su-text-muted); }
    .alert.error { color: var(--su-error); }
  `,
})
export class SurveyComparePage {
  private readonly api = inject(SurveysApi);
  private readonly transloco = inject(TranslocoService);
  private readonly languageService = inject(LanguageService);

  protected readonly lang = this.languageService.current;
  protected readonly focusAreas = signal<SurveyFocusAreaRefDto[]>([]);
  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly focusAreaId = signal<string | null>(null);
  protected readonly lineage = signal(true);
  protected readonly series = signal<SurveySeriesDto | null>(null);
  protected readonly error = signal(false);

  protected readonly trendRegions = computed<TrendRegion[]>(() =>
    (this.series()?.regions ?? []).map((r) => {
      const region = this.regions().find((x) => x.id === r.id);
      return { id: r.id, label: region ? localized(region.name, this.lang()) : r.code };
    }),
  );
  protected readonly points = computed<TrendPoint[]>(() =>
    (this.series()?.points ?? []).map((p) => ({ year: p.year, regionId: p.regionId, average: p.average, respondentCount: p.respondentCount })),
  );

  constructor() {
    Promise.all([this.api.measuredFocusAreas(), this.api.regions()])
      .then(([focusAreas, regions]) => {
        this.focusAreas.set(focusAreas);
        this.regions.set(regions);
        if (focusAreas[0]) this.choose(focusAreas[0].id);
      })
      .catch(() => this.error.set(true));
  }

  protected choose(id: string): void {
    this.focusAreaId.set(id);
    this.reload();
  }

  protected async reload(): Promise<void> {
    const id = this.focusAreaId();
    if (!id) return;
    try {
      this.error.set(false);
      this.series.set(await this.api.series(id, this.lineage()));
    } catch {
      this.error.set(true);
    }
  }

  protected texts(s: SurveySeriesDto): TrendChartTexts {
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    return {
      caption: t('surveys.compareView.caption', { title: `${s.focusArea.code ?? ''} ${s.focusArea.title}`.trim() }),
      year: t('surveys.compareView.year'),
      averageAxis: t('surveys.compareView.averageAxis', { max: this.scaleMax(s) }),
      respondents: t('surveys.respondents'),
      noSurvey: t('surveys.compareView.noSurvey'),
    };
  }

  protected scaleMax(s: SurveySeriesDto): number {
    return Math.max(5, ...s.scale.map((p) => p.value));
  }

  protected lineageText(s: SurveySeriesDto): string {
    return s.lineage.map((f) => `${f.code ?? ''} (${f.strategyTitle})`).join(', ');
  }
}
