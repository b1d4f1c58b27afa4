import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  SURVEY_YEAR_MAX,
  SURVEY_YEAR_MIN,
  type RegionDto,
  type SurveyColumnKind,
  type SurveyImportPreviewDto,
  type SurveyImportProblemDto,
  type SurveyImportQuestionDto,
  type SurveySourceFormat,
} from '@suunta/shared-domain';
import { AuthService, LanguageService, localized } from '@suunta/web-core';
import { commitRequest, detectFormat, SurveysApi } from '@suunta/web-surveys-data-access';
import { type DistributionRow, formatDecimal } from '@suunta/web-ui';
import { StackedDistributionChartComponent, type StackedDistributionTexts } from '@suunta/web-ui/charts';
import { apiErrorText } from '../error-text.util';
import { problemText } from './problem-text.util';

/**
 * The import wizard: paste or drop a Webropol report or CSV export, preview every figure and
 * problem, link themes (or CSV columns) to focus areas, confirm. Nothing is saved before the
 * last step, and the API saves all or nothing.
 */
@Component({
  selector: 'su-survey-import-page',
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, StackedDistributionChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="..">{{ 'surveys.back' | transloco }}</a></p>
    <h1>{{ 'surveys.wizard.title' | transloco }}</h1>

    <section aria-labelledby="step1">
      <h2 id="step1">{{ 'surveys.wizard.step1' | transloco }}</h2>
      <form class="source" (ngSubmit)="runPreview()">
        <mat-form-field>
          <mat-label>{{ 'surveys.region' | transloco }}</mat-label>
          <mat-select name="region" [ngModel]="regionId()" (ngModelChange)="regionId.set($event); invalidate()" required>
            @for (region of regions(); track region.id) {
              <mat-option [value]="region.id">{{ regionName(region) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'surveys.wizard.format' | transloco }}</mat-label>
          <mat-select name="format" [ngModel]="format()" (ngModelChange)="format.set($event); invalidate()">
            <mat-option value="webropol-report">{{ 'surveys.wizard.formatReport' | transloco }}</mat-option>
            <mat-option value="webropol-csv">{{ 'surveys.wizard.formatCsv' | transloco }}</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'surveys.wizard.yearOptional' | transloco }}</mat-label>
          <input matInput name="year" type="number" [min]="yearMin" [max]="yearMax" [ngModel]="year()" (ngModelChange)="year.set($event); invalidate()" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'surveys.wizard.invitedOptional' | transloco }}</mat-label>
          <input matInput name="invited" type="number" min="0" [ngModel]="invited()" (ngModelChange)="invited.set($event); invalidate()" />
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ 'surveys.wizard.titleOptional' | transloco }}</mat-label>
          <input matInput name="title" maxlength="300" [ngModel]="title()" (ngModelChange)="title.set($event); invalidate()" />
        </mat-form-field>
        <div
          class="drop wide"
          [class.over]="dragOver()"
          (dragover)="$event.preventDefault(); dragOver.set(true)"
          (dragleave)="dragOver.set(false)"
          (drop)="onDrop($event)"
        >
          <p>{{ 'surveys.wizard.drop' | transloco }}</p>
          <label class="file">
            {{ 'surveys.wizard.file' | transloco }}
            <input type="file" accept=".txt,.csv,.tsv,text/plain,text/csv" (change)="onFile($event)" />
          </label>
          @if (fileName(); as name) {
            <p role="status">{{ 'surveys.wizard.fileLoaded' | transloco: { name } }}</p>
          }
        </div>
        <mat-form-field class="wide">
          <mat-label>{{ 'surveys.wizard.paste' | transloco }}</mat-label>
          <textarea matInput name="content" rows="12" data-testid="survey-content" [ngModel]="content()" (ngModelChange)="onPaste($event)"></textarea>
        </mat-form-field>
        <div class="actions wide">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ (preview() ? 'surveys.wizard.refresh' : 'surveys.wizard.preview') | transloco }}</button>
        </div>
      </form>
    </section>

    <div aria-live="polite">
      @if (message(); as m) {
        <p class="alert" [class.error]="m.error" [attr.role]="m.error ? 'alert' : 'status'">{{ m.text }}</p>
      }
    </div>

    @if (preview(); as p) {
      <section aria-labelledby="step2" data-testid="survey-preview">
        <h2 id="step2" #previewHeading tabindex="-1">{{ 'surveys.wizard.step2' | transloco }}</h2>
        <p class="summary">{{ 'surveys.wizard.summary' | transloco: { title: p.title ?? '–', year: p.year ?? '–', respondents: p.respondentCount ?? '–' } }}</p>

        <h3>{{ 'surveys.wizard.problems' | transloco: { count: p.problems.length } }}</h3>
        @if (p.problems.length === 0) {
          <p class="ok">{{ 'surveys.wizard.noProblems' | transloco }}</p>
        } @else {
          <ul class="problems" data-testid="survey-problems">
            @for (problem of p.problems; track $index) {
              <li [class.error]="problem.severity === 'error'">
                <strong>{{ (problem.severity === 'error' ? 'surveys.wizard.error' : 'surveys.wizard.warning') | transloco }}</strong>
                @if (location(problem); as loc) { ({{ loc }}) }: {{ problemText(problem) }}
                <details>
                  <summary>{{ 'surveys.wizard.problemDetail' | transloco }}</summary>
                  <span lang="en">{{ problem.message }}</span>
                </details>
              </li>
            }
          </ul>
        }
        @if (p.duplicateOfSurveyId; as dup) {
          <p class="alert error" role="alert">
            {{ 'surveys.wizard.duplicate' | transloco }} <a [routerLink]="['..', dup]">{{ 'surveys.wizard.openDuplicate' | transloco }}</a>
          </p>
        }

        @if (p.columns; as columns) {
          <h3>{{ 'surveys.wizard.columns' | transloco }}</h3>
          <table class="grid">
            <thead>
              <tr>
                <th scope="col">{{ 'surveys.wizard.column' | transloco }}</th>
                <th scope="col">{{ 'surveys.wizard.header' | transloco }}</th>
                <th scope="col">{{ 'surveys.wizard.samples' | transloco }}</th>
                <th scope="col">{{ 'surveys.wizard.kind' | transloco }}</th>
                <th scope="col">{{ 'surveys.detail.focusArea' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (column of columns; track column.letter) {
                <tr>
                  <th scope="row">{{ column.letter }}</th>
                  <td>{{ column.header }}</td>
                  <td class="muted">{{ column.samples.join(' · ') }}</td>
                  <td>
                    <select [attr.aria-label]="'surveys.wizard.columnKind' | transloco: { letter: column.letter }" [ngModel]="columnLinks()[column.letter]?.kind ?? column.kind" (ngModelChange)="setColumn(column.letter, { kind: $event })">
                      @for (kind of kinds; track kind) {
                        <option [value]="kind">{{ 'surveys.wizard.' + kind | transloco }}</option>
                      }
                    </select>
                  </td>
                  <td>
                    <select [attr.aria-label]="'surveys.wizard.columnFocusArea' | transloco: { letter: column.letter }" [ngModel]="columnLinks()[column.letter]?.focusAreaId ?? null" (ngModelChange)="setColumn(column.letter, { focusAreaId: $event })">
                      <option [ngValue]="null">{{ 'surveys.wizard.noLink' | transloco }}</option>
                      @for (fa of p.focusAreaOptions; track fa.id) {
                        <option [ngValue]="fa.id">{{ fa.code }} {{ fa.title }}</option>
                      }
                    </select>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }

        @for (theme of p.themes; track theme.index) {
          <div class="theme" data-testid="preview-theme">
            <h3>{{ theme.index }}. {{ theme.title }}</h3>
            @if (p.format === 'webropol-report') {
              <mat-form-field class="link">
                <mat-label>{{ 'surveys.wizard.themeLink' | transloco: { index: theme.index } }}</mat-label>
                <mat-select [ngModel]="themeLinks()[theme.index] ?? null" (ngModelChange)="setThemeLink(theme.index, $event)">
                  <mat-option [value]="null">{{ 'surveys.wizard.noLink' | transloco }}</mat-option>
                  @for (fa of p.focusAreaOptions; track fa.id) {
                    <mat-option [value]="fa.id">
                      {{ fa.code }} {{ fa.title }} @if (fa.id === theme.suggestedFocusAreaId) { ({{ 'surveys.wizard.suggested' | transloco }}) }
                    </mat-option>
                  }
                </mat-select>
              </mat-form-field>
            }
            @for (number of theme.questionNumbers; track number) {
              @if (questionOf(p, number); as q) {
                @if (rowOf(q); as row) {
                  <su-stacked-distribution-chart [rows]="[row]" [scale]="p.scale" [texts]="chartTexts(q.number + '. ' + q.text)" [language]="lang()" [showRowLabels]="false" />
                } @else {
                  <p>{{ q.number }}. {{ q.text }} — {{ 'surveys.wizard.answers' | transloco: { count: q.answers.length } }}</p>
                }
              }
            }
          </div>
        }

        <h3>{{ 'surveys.wizard.questions' | transloco }}</h3>
        <table class="grid" data-testid="preview-questions">
          <thead>
            <tr>
              <th scope="col">{{ 'surveys.wizard.question' | transloco }}</th>
              <th scope="col">{{ 'surveys.wizard.kind' | transloco }}</th>
              <th scope="col">{{ 'surveys.respondents' | transloco }}</th>
              @for (point of p.scale; track point.value) {
                <th scope="col">{{ point.value }}</th>
              }
              <th scope="col">{{ 'surveys.average' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (q of p.questions; track q.number) {
              <tr>
                <th scope="row">{{ q.number }}. {{ q.text }}</th>
                <td>{{ 'surveys.wizard.' + q.kind | transloco }}</td>
                <td>{{ q.respondentCount }}</td>
                @for (point of p.scale; track point.value) {
                  <td>{{ q.kind === 'likert' ? countOf(q, point.value) : '' }}</td>
                }
                <td>{{ q.stats ? decimal(q.stats.average) : ('surveys.wizard.answers' | transloco: { count: q.answers.length }) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </section>

      <section aria-labelledby="step3">
        <h2 id="step3">{{ 'surveys.wizard.step3' | transloco }}</h2>
        @if (!p.canCommit) {
          <p class="alert error">{{ 'surveys.wizard.cannotCommit' | transloco }}</p>
        }
        <button mat-flat-button type="button" (click)="commit()" [disabled]="!p.canCommit || busy() || stale()">
          {{ (busy() ? 'surveys.wizard.saving' : 'surveys.wizard.commit') | transloco }}
        </button>
      </section>
    }
  `,
  styles: `
    .source { display: flex; flex-wrap: wrap; gap: 0 16px; }
    .wide { flex: 1 1 100%; }
    .drop { border: 2px dashed var(--su-border); border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; background: var(--su-surface); }
    .drop.over { border-color: var(--su-primary); background: var(--su-selected-bg); }
    .file input { display: block; margin-top: 4px; }
    .actions { display: flex; gap: 12px; }
    .problems { padding-left: 20px; }
    .problems li.error { color: var(--su-error); }
    .problems details { font-size: 0.9rem; }
    .ok { color: var(--su-ok); }
    .theme { background: var(--su-surface); border: 1px solid var(--su-border); border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
    .theme h3 { margin-top: 0; }
    .link { width: 100%; max-width: 720px; }
    .grid { border-collapse: collapse; width: 100%; background: var(--su-surface); }
    .grid th, .grid td { border: 1px solid var(--su-border); padding: 4px 8px; text-align: left; vertical-align: top; }
    .grid select { max-width: 320px; }
    .muted { color: var(--su-text-muted); }
    .alert.error { color: var(--su-error); }
    textarea { font-family: monospace; }
  `,
})
export class SurveyImportPage {
  private readonly api = inject(SurveysApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly languageService = inject(LanguageService);
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');

  protected readonly yearMin = SURVEY_YEAR_MIN;
  protected readonly yearMax = SURVEY_YEAR_MAX;
  protected readonly kinds: SurveyColumnKind[] = ['likert', 'open', 'ignored'];
  protected readonly lang = this.languageService.current;
  private readonly allRegions = signal<RegionDto[]>([]);
  /** Only the regions the user may import into (a planner's own). */
  protected readonly regions = computed(() => this.allRegions().filter((r) => this.auth.canWriteRegion(r.id)));
  protected readonly regionId = signal<string | null>(null);
  protected readonly format = signal<SurveySourceFormat>('webropol-report');
  protected readonly content = signal('');
  protected readonly fileName = signal<string | null>(null);
  protected readonly year = signal<number | null>(null);
  protected readonly invited = signal<number | null>(null);
  protected readonly title = signal('');
  protected readonly dragOver = signal(false);
  protected readonly busy = signal(false);
  /** The source changed after the preview: preview again before saving. */
  protected readonly stale = signal(false);
  protected readonly preview = signal<SurveyImportPreviewDto | null>(null);
  protected readonly themeLinks = signal<Record<number, string | null>>({});
  protected readonly columnLinks = signal<Record<string, { kind: SurveyColumnKind; focusAreaId: string | null }>>({});
  protected readonly message = signal<{ text: string; error: boolean } | null>(null);

  constructor() {
    this.api
      .regions()
      .then((regions) => {
        this.allRegions.set(regions);
        const writable = this.regions();
        if (writable.length === 1 && writable[0]) this.regionId.set(writable[0].id);
      })
      .catch(() => this.message.set({ text: this.t('surveys.loadFailed'), error: true }));
  }

  protected regionName(region: RegionDto): string {
    return localized(region.name, this.lang());
  }

  protected invalidate(): void {
    if (this.preview()) this.stale.set(true);
  }

  protected onPaste(text: string): void {
    this.content.set(text);
    this.fileName.set(null);
    if (text.trim()) this.format.set(detectFormat(null, text));
    this.invalidate();
  }

  protected async onFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) await this.readFile(file);
  }

  protected async onDrop(event: DragEvent): Promise<void> {
    event.preventDefault();
    this.dragOver.set(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) await this.readFile(file);
  }

  private async readFile(file: File): Promise<void> {
    const text = await file.text();
    this.content.set(text);
    this.fileName.set(file.name);
    this.format.set(detectFormat(file.name, text));
    this.invalidate();
  }

  private base() {
    const year = this.year();
    const invited = this.invited();
    return {
      format: this.format(),
      content: this.content(),
      regionId: this.regionId() ?? '',
      ...(year ? { year: Number(year) } : {}),
      ...(invited !== null && (invited as unknown) !== '' ? { invitedCount: Number(invited) } : {}),
      ...(this.title().trim() ? { title: this.title().trim() } : {}),
    };
  }

  protected async runPreview(): Promise<void> {
    if (!this.regionId()) return this.message.set({ text: this.t('surveys.wizard.regionRequired'), error: true });
    if (!this.content().trim()) return this.message.set({ text: this.t('surveys.wizard.contentRequired'), error: true });
    this.busy.set(true);
    this.message.set(null);
    try {
      const previous = this.preview();
      const request = previous && previous.format === this.format() ? commitRequest(this.base(), previous, this.themeLinks(), this.columnLinks()) : this.base();
      const result = await this.api.preview(request);
      this.preview.set(result);
      this.stale.set(false);
      // Keep what the user chose; otherwise start from the link the API would make or suggests.
      this.themeLinks.set(
        Object.fromEntries(result.themes.map((t) => [t.index, this.themeLinks()[t.index] ?? t.focusAreaId ?? t.suggestedFocusAreaId])),
      );
      if (result.columns) {
        this.columnLinks.set(Object.fromEntries(result.columns.map((c) => [c.letter, { kind: c.kind, focusAreaId: c.focusAreaId }])));
      }
      setTimeout(() => this.previewHeading()?.nativeElement.focus());
    } catch (error) {
      this.message.set({ text: apiErrorText(error) ?? this.t('surveys.loadFailed'), error: true });
    } finally {
      this.busy.set(false);
    }
  }

  protected setThemeLink(index: number, focusAreaId: string | null): void {
    this.themeLinks.update((links) => ({ ...links, [index]: focusAreaId }));
  }

  protected setColumn(letter: string, change: Partial<{ kind: SurveyColumnKind; focusAreaId: string | null }>): void {
    this.columnLinks.update((links) => {
      const current = links[letter] ?? { kind: 'ignored' as SurveyColumnKind, focusAreaId: null };
      return { ...links, [letter]: { ...current, ...change } };
    });
    // Column kinds and links regroup the questions: preview again before saving.
    this.stale.set(true);
  }

  protected async commit(): Promise<void> {
    const p = this.preview();
    if (!p) return;
    this.busy.set(true);
    this.message.set(null);
    try {
      const result = await this.api.commit(commitRequest(this.base(), p, this.themeLinks(), this.columnLinks()));
      await this.router.navigate(['/surveys', result.survey.id]);
    } catch (error) {
      this.message.set({ text: apiErrorText(error) ?? this.t('surveys.loadFailed'), error: true });
    } finally {
      this.busy.set(false);
    }
  }

  protected questionOf(p: SurveyImportPreviewDto, number: number): SurveyImportQuestionDto | undefined {
    return p.questions.find((q) => q.number === number);
  }

  protected rowOf(q: SurveyImportQuestionDto): DistributionRow | null {
    return q.stats
      ? { label: q.text, respondentCount: q.stats.respondentCount, average: q.stats.average, buckets: q.stats.distribution.map((b) => ({ value: b.value, n: b.n, percent: b.percent })) }
      : null;
  }

  protected countOf(q: SurveyImportQuestionDto, value: number): string {
    const count = q.counts.find((c) => c.value === value);
    if (!count) return '0';
    return count.reportedPercent === null ? String(count.n) : `${count.n} (${formatDecimal(count.reportedPercent, this.lang())} %)`;
  }

  protected chartTexts(caption: string): StackedDistributionTexts {
    return {
      caption,
      rowHeader: this.t('surveys.wizard.question'),
      respondents: this.t('surveys.respondents'),
      average: this.t('surveys.average'),
      countAxis: this.t('surveys.detail.countAxis'),
    };
  }

  protected decimal(value: number | null): string {
    return formatDecimal(value, this.lang());
  }

  /**
   * Where the problem is: a CSV cell (`C4`), or the line and question. In a text report `cell` is
   * the offending text, not a place; the localized message quotes it.
   */
  protected location(problem: SurveyImportProblemDto): string | null {
    const parts: string[] = [];
    if (problem.column && problem.cell) parts.push(this.t('surveys.wizard.cell', { cell: problem.cell }));
    else if (problem.line !== undefined) parts.push(this.t('surveys.wizard.line', { line: problem.line }));
    if (problem.questionNumber !== undefined) parts.push(this.t('surveys.wizard.inQuestion', { number: problem.questionNumber }));
    return parts.length ? parts.join(', ') : null;
  }

  /** The problem in the user's language by its code (the parser's English message for an unknown code). */
  protected problemText(problem: SurveyImportProblemDto): string {
    this.lang(); // re-evaluated when the language changes
    return problemText(problem, (key, params) => this.t(key, params));
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }
}
