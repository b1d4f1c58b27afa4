import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { RegionDto, SurveyDetailDto, SurveyFocusAreaRefDto, SurveyThemeDto } from '@suunta/shared-domain';
import { LanguageService, localized } from '@suunta/web-core';
import { SurveysApi } from '@suunta/web-surveys-data-access';
import { DataTextComponent, formatDecimal, formatPercent, type DistributionRow } from '@suunta/web-ui';
import { StackedDistributionChartComponent, type StackedDistributionTexts } from '@suunta/web-ui/charts';
import { apiErrorText, apiStatus } from '../error-text.util';
import { surveyPeriod, themeRow } from './survey-view.util';

interface EditDraft {
  title: string;
  invitedCount: number | null;
  ranNote: string;
  links: Record<string, string | null>;
}

@Component({
  selector: 'su-survey-detail-page',
  imports: [DataTextComponent, FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, StackedDistributionChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="..">{{ 'surveys.back' | transloco }}</a></p>
    <div aria-live="polite">
      @if (message(); as m) {
        <p class="alert" [class.error]="m.error" [attr.role]="m.error ? 'alert' : 'status'">{{ m.text }}</p>
      }
    </div>
    @if (survey(); as s) {
      <h1><su-data-text [text]="s.title" /></h1>
      <p class="meta">
        {{ regionLabel(s.regionId) }} · {{ s.year }} ·
        @if (s.invitedCount !== null && s.respondentCount !== null) {
          {{ 'surveys.respondentsOf' | transloco: { responded: s.respondentCount, invited: s.invitedCount, rate: percent(s.responseRate) } }}
        } @else {
          {{ 'surveys.respondentsOnly' | transloco: { responded: s.respondentCount ?? '–' } }}
        }
        @if (period(s); as p) {
          · {{ 'surveys.ran' | transloco }}: <span data-testid="survey-period">{{ p }}</span>
        } @else if (s.ranNote) {
          <!-- free text typed or imported in Finnish: shown as data, marked with its language elsewhere -->
          · {{ 'surveys.ran' | transloco }}: <span lang="fi" data-testid="survey-period">{{ s.ranNote }}</span>
          @if (lang() !== 'fi') { <span class="muted">({{ 'surveys.inFinnish' | transloco }})</span> }
        }
      </p>
      @if (s.canEdit) {
        <div class="actions">
          <button mat-stroked-button type="button" (click)="startEdit(s)" [disabled]="draft() !== null">{{ 'surveys.detail.edit' | transloco }}</button>
          <button mat-stroked-button type="button" class="danger" (click)="remove(s)">{{ 'surveys.detail.delete' | transloco }}</button>
        </div>
      }
      @if (draft(); as d) {
        <form class="editor" (ngSubmit)="save(s)" aria-labelledby="edit-title">
          <h2 id="edit-title">{{ 'surveys.detail.edit' | transloco }}</h2>
          <mat-form-field class="wide">
            <mat-label>{{ 'surveys.detail.titleField' | transloco }}</mat-label>
            <input matInput name="title" [(ngModel)]="d.title" required maxlength="300" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'surveys.detail.invited' | transloco }}</mat-label>
            <input matInput name="invited" type="number" min="0" [(ngModel)]="d.invitedCount" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'surveys.detail.ranNote' | transloco }}</mat-label>
            <input matInput name="ranNote" [(ngModel)]="d.ranNote" maxlength="200" />
          </mat-form-field>
          @for (theme of s.themes; track theme.id) {
            <mat-form-field class="wide">
              <mat-label>{{ 'surveys.wizard.themeLink' | transloco: { index: theme.index } }}</mat-label>
              <mat-select [name]="'link-' + theme.id" [(ngModel)]="d.links[theme.id]">
                <mat-option [value]="null">{{ 'surveys.wizard.noLink' | transloco }}</mat-option>
                @for (fa of options(); track fa.id) {
                  <mat-option [value]="fa.id">{{ fa.code }} {{ fa.title }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
          <div class="actions">
            <button mat-flat-button type="submit">{{ 'surveys.detail.save' | transloco }}</button>
            <button mat-button type="button" (click)="draft.set(null)">{{ 'surveys.detail.cancel' | transloco }}</button>
          </div>
        </form>
      }

      @if (overviewRows().length > 0) {
        <section class="overview" aria-labelledby="overview-title">
          <h2 id="overview-title">{{ 'surveys.detail.overview' | transloco }}</h2>
          <su-stacked-distribution-chart [rows]="overviewRows()" [scale]="s.scale" [texts]="chartTexts('surveys.detail.overview')" [language]="lang()" />
        </section>
      }

      @for (theme of s.themes; track theme.id) {
        <section class="theme" [attr.aria-labelledby]="'theme-' + theme.index" data-testid="survey-theme">
          <h2 [id]="'theme-' + theme.index">{{ theme.index }}. <su-data-text [text]="theme.title" /></h2>
          <p class="focus">
            {{ 'surveys.detail.focusArea' | transloco }}:
            @if (theme.focusArea; as fa) {
              <strong>{{ fa.code }}</strong> <su-data-text [text]="fa.title" />
            } @else {
              {{ 'surveys.detail.noFocusArea' | transloco }}
            }
          </p>
          <div class="columns">
            <div class="score">
              @if (rowOf(theme); as row) {
                <p class="average">
                  {{ 'surveys.averageLong' | transloco }} <strong data-testid="theme-average">{{ decimal(row.average) }}</strong>
                  · {{ 'surveys.respondentCount' | transloco: { count: row.respondentCount } }}
                </p>
                <su-stacked-distribution-chart
                  [rows]="[row]"
                  [scale]="s.scale"
                  [texts]="chartTexts(theme.title)"
                  [language]="lang()"
                  [showRowLabels]="false"
                />
              }
              @if (theme.claim; as claim) {
                <p class="claim" [class.differs]="claim.differs" role="note" data-testid="theme-claim">
                  {{ 'surveys.detail.claim' | transloco: { claimed: decimal(claim.average, claim.decimals), computed: decimal(theme.likert?.stats?.average ?? null) } }}
                  @if (claim.differs) {
                    <strong>⚠ {{ 'surveys.detail.claimDiffers' | transloco }}</strong>
                    @if (claim.matchesAllRespondentsDivision) {
                      {{ 'surveys.detail.claimAllRespondents' | transloco: { total: s.respondentCount, answered: theme.likert?.stats?.respondentCount } }}
                    }
                  } @else {
                    {{ 'surveys.detail.claimMatches' | transloco }}
                  }
                </p>
              }
            </div>
            <div class="answers">
              @for (question of theme.open; track question.id) {
                <h3>{{ 'surveys.detail.openAnswers' | transloco: { count: question.answers.length } }}</h3>
                <ul>
                  @for (answer of question.answers; track $index) {
                    <li>{{ answer }}</li>
                  }
                </ul>
              } @empty {
                <p class="muted">{{ 'surveys.detail.noOpenAnswers' | transloco }}</p>
              }
            </div>
          </div>
        </section>
      }

      @if (s.otherQuestions.length > 0) {
        <section aria-labelledby="other-title">
          <h2 id="other-title">{{ 'surveys.detail.otherQuestions' | transloco }}</h2>
          @for (question of s.otherQuestions; track question.id) {
            <h3>{{ question.number }}. <su-data-text [text]="question.text" /></h3>
            <ul>
              @for (answer of question.answers; track $index) {
                <li>{{ answer }}</li>
              }
            </ul>
          }
        </section>
      }
    } @else if (!message()) {
      <p>{{ 'surveys.loading' | transloco }}</p>
    }
  `,
  styles: `
    .meta, .muted, .focus { color: var(--su-text-muted); }
    .actions { display: flex; gap: 12px; margin: 8px 0 16px; flex-wrap: wrap; }
    .danger { color: var(--su-error); }
    .editor { display: flex; flex-wrap: wrap; gap: 0 16px; padding: 16px; background: var(--su-surface); border: 1px solid var(--su-border); border-radius: 8px; margin-bottom: 16px; }
    .editor h2 { flex: 1 1 100%; margin-top: 0; }
    .wide { flex: 1 1 100%; }
    .overview, .theme { background: var(--su-surface); border: 1px solid var(--su-border); border-radius: 8px; padding: 16px; margin-bottom: 16px; }
    .overview h2, .theme h2 { margin-top: 0; }
    .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; }
    @media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); } }
    .average { font-size: 1.1rem; margin: 0 0 4px; }
    .claim { border-left: 4px solid var(--su-ok); padding: 4px 8px; background: #f1f7f2; }
    .claim.differs { border-left-color: var(--su-warn); background: #fff6e5; }
    .answers ul { padding-left: 20px; }
    .answers li { margin-bottom: 8px; }
    .answers h3 { margin-top: 0; font-size: 1rem; }
    .alert.error { color: var(--su-error); }
  `,
})
export class SurveyDetailPage {
  private readonly api = inject(SurveysApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly languageService = inject(LanguageService);

  /** Route parameter (component input binding). */
  readonly id = input.required<string>();

  protected readonly survey = signal<SurveyDetailDto | null>(null);
  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly options = signal<SurveyFocusAreaRefDto[]>([]);
  protected readonly draft = signal<EditDraft | null>(null);
  protected readonly message = signal<{ text: string; error: boolean } | null>(null);
  protected readonly lang = this.languageService.current;
  protected readonly overviewRows = computed(() =>
    (this.survey()?.themes ?? []).map((t) => themeRow(t)).filter((r): r is DistributionRow => r !== null),
  );

  constructor() {
    queueMicrotask(() => this.load());
  }

  private async load(): Promise<void> {
    try {
      const [survey, regions] = await Promise.all([this.api.get(this.id()), this.api.regions()]);
      this.regions.set(regions);
      this.survey.set(survey);
    } catch (error) {
      this.message.set({ text: apiErrorText(error) ?? this.t('surveys.loadFailed'), error: true });
    }
  }

  protected rowOf(theme: SurveyThemeDto): DistributionRow | null {
    return themeRow(theme, theme.title);
  }

  protected chartTexts(caption: string): StackedDistributionTexts {
    return {
      caption: caption.startsWith('surveys.') ? this.t(caption) : caption,
      rowHeader: this.t('surveys.detail.theme'),
      respondents: this.t('surveys.respondents'),
      average: this.t('surveys.average'),
      countAxis: this.t('surveys.detail.countAxis'),
    };
  }

  protected regionLabel(regionId: string): string {
    const region = this.regions().find((r) => r.id === regionId);
    return region ? localized(region.name, this.lang()) : '';
  }

  protected decimal(value: number | null, decimals = 2): string {
    return formatDecimal(value, this.lang(), decimals);
  }

  protected period(s: SurveyDetailDto): string | null {
    return surveyPeriod(s.ranFrom, s.ranTo, this.lang());
  }

  protected percent(value: number | null): string {
    return value === null ? '–' : formatPercent(value, this.lang());
  }

  protected async startEdit(s: SurveyDetailDto): Promise<void> {
    this.message.set(null);
    this.draft.set({
      title: s.title,
      invitedCount: s.invitedCount,
      ranNote: s.ranNote ?? '',
      links: Object.fromEntries(s.themes.map((t) => [t.id, t.focusArea?.id ?? null])),
    });
    if (this.options().length === 0) this.options.set(await this.api.focusAreaOptions(s.year));
  }

  protected async save(s: SurveyDetailDto): Promise<void> {
    const d = this.draft();
    if (!d) return;
    try {
      const updated = await this.api.update(s.id, {
        version: s.version,
        title: d.title,
        invitedCount: d.invitedCount === null || (d.invitedCount as unknown) === '' ? null : Number(d.invitedCount),
        ranNote: d.ranNote.trim() === '' ? null : d.ranNote,
        themes: s.themes.map((t) => ({ id: t.id, focusAreaId: d.links[t.id] ?? null })),
      });
      this.survey.set(updated);
      this.draft.set(null);
      this.message.set({ text: this.t('surveys.detail.saved'), error: false });
    } catch (error) {
      const text = apiStatus(error) === 409 ? this.t('surveys.detail.conflict') : apiErrorText(error) ?? this.t('surveys.loadFailed');
      this.message.set({ text, error: true });
    }
  }

  protected async remove(s: SurveyDetailDto): Promise<void> {
    if (!window.confirm(this.t('surveys.detail.confirmDelete', { title: s.title }))) return;
    try {
      await this.api.remove(s.id, s.version);
      await this.router.navigate(['/surveys']);
    } catch (error) {
      const text = apiStatus(error) === 409 ? this.t('surveys.detail.conflict') : apiErrorText(error) ?? this.t('surveys.loadFailed');
      this.message.set({ text, error: true });
    }
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }
}
