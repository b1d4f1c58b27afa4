import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiErrorBody, StrategyDocument, StrategyImportPreviewDto } from '@suunta/shared-domain';
import { apiErrorMessage, apiFieldReason, AuthService, LanguageService } from '@suunta/web-core';
import { StrategyApi, StrategyStore } from '@suunta/web-strategy-data-access';
import { LocalizedPipe } from '../shared/localized.pipe';
import { scanJson } from './json-lines.util';

/** One problem of the document, where it is. */
export interface ImportProblem {
  line: number | null;
  field: string | null;
  text: string;
}

/** The most a pasted or uploaded document may be (the API's body limit is larger; this keeps the page responsive). */
const MAX_CHARS = 2_000_000;

/**
 * Imports a whole strategy from the JSON document the export gives (`suunta.strategy/1`): paste
 * it or choose a file, see what would be created and every problem by line, then import. The
 * preview runs the API's own checks without saving; "Import" is offered only for the text that
 * was previewed.
 */
@Component({
  selector: 'su-strategy-import-page',
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe, LocalizedPipe],
  template: `
    <h1>{{ 'strategy.import.title' | transloco }}</h1>
    @if (!canManage()) {
      <p class="alert info" role="status">{{ 'strategy.import.notAllowed' | transloco }}</p>
    } @else {
      <p class="muted lead">{{ 'strategy.import.lead' | transloco }}</p>

      <div class="file">
        <label for="import-file">{{ 'strategy.import.file' | transloco }}</label>
        <input id="import-file" type="file" accept=".json,application/json" (change)="readFile($event)" data-testid="import-file" />
      </div>
      <mat-form-field class="wide">
        <mat-label>{{ 'strategy.import.text' | transloco }}</mat-label>
        <textarea matInput rows="14" [ngModel]="text()" (ngModelChange)="edited($event)" spellcheck="false" class="code"
          aria-describedby="import-text-hint" data-testid="import-text"></textarea>
        <mat-hint id="import-text-hint">{{ 'strategy.import.textHint' | transloco }}</mat-hint>
      </mat-form-field>
      <div class="toolbar">
        <button mat-flat-button type="button" (click)="preview()" [disabled]="busy() || !text().trim()" data-testid="import-preview">
          <mat-icon aria-hidden="true">preview</mat-icon>{{ 'strategy.import.preview' | transloco }}
        </button>
      </div>

      <div aria-live="polite" aria-atomic="true">
        @if (busy()) { <p class="muted" role="status">{{ 'strategy.import.checking' | transloco }}</p> }
      </div>

      @if (problems().length) {
        <section class="problems" aria-labelledby="problems-h" data-testid="import-problems">
          <h2 id="problems-h" tabindex="-1" #problemsHeading>{{ 'strategy.import.problems' | transloco: { count: problems().length } }}</h2>
          <ul>
            @for (p of problems(); track $index) {
              <li>
                @if (p.line !== null) { <strong>{{ 'strategy.import.line' | transloco: { line: p.line } }}</strong> }
                @if (p.field) { <code>{{ p.field }}</code> }
                <span>{{ p.text }}</span>
              </li>
            }
          </ul>
        </section>
      }

      @if (result(); as r) {
        <section class="preview" aria-labelledby="preview-h" data-testid="import-summary">
          <h2 id="preview-h" tabindex="-1" #previewHeading>{{ 'strategy.import.willCreate' | transloco: { title: r.title } }}</h2>
          <ul class="meta">
            @if (r.key) { <li>{{ 'strategy.import.key' | transloco }}: {{ r.key }}</li> }
            <li>{{ 'strategy.status.' + r.status | transloco }}</li>
            @if (r.validFrom || r.validTo) { <li>{{ 'strategy.overview.validity' | transloco }} {{ r.validFrom ?? '…' }} – {{ r.validTo ?? '…' }}</li> }
          </ul>
          <p data-testid="import-counts">{{ 'strategy.import.counts' | transloco: r.counts }}</p>
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'strategy.import.focusAreas' | transloco">
            <table>
              <caption>{{ 'strategy.import.focusAreas' | transloco }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'strategy.import.focusArea' | transloco }}</th>
                  <th scope="col" class="num">{{ 'strategy.import.csfs' | transloco }}</th>
                  <th scope="col" class="num">{{ 'strategy.import.criteria' | transloco }}</th>
                  <th scope="col" class="num">{{ 'strategy.import.actions' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (fa of r.focusAreas; track $index) {
                  <tr>
                    <th scope="row">{{ fa.key ? fa.key + ' ' : '' }}{{ fa.title }}</th>
                    <td class="num">{{ fa.csfs }}</td>
                    <td class="num">{{ fa.criteria }}</td>
                    <td class="num">{{ fa.actions }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <h3>{{ 'strategy.import.roles' | transloco }}</h3>
          @if (r.roles.length) {
            <ul data-testid="import-roles">
              @for (role of r.roles; track role.code) {
                <li>{{ role.name | localized: language.current() }} <span class="muted">({{ role.code }})</span> – {{ 'strategy.import.links' | transloco: { count: role.links } }}</li>
              }
            </ul>
          } @else {
            <p class="muted">{{ 'strategy.import.noRoles' | transloco }}</p>
          }
          <div class="toolbar">
            <button mat-flat-button type="button" (click)="import()" [disabled]="busy()" data-testid="import-save">
              <mat-icon aria-hidden="true">upload</mat-icon>{{ 'strategy.import.save' | transloco }}
            </button>
          </div>
        </section>
      }
      <p><a routerLink="/strategy">{{ 'strategy.import.back' | transloco }}</a></p>
    }
  `,
  styles: `
    :host { display: block; max-width: 960px; }
    .wide { width: 100%; }
    .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
    .file { margin: 8px 0 16px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .file input { max-width: 100%; }
    .toolbar { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0 16px; }
    .problems { border-left: 4px solid var(--su-error); padding: 4px 16px; margin: 16px 0; }
    .problems li { margin: 4px 0; overflow-wrap: anywhere; }
    .problems code { margin: 0 6px; }
    .meta { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; font-weight: 500; padding: 4px 0; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--su-border); vertical-align: top; }
    .num { text-align: right; }
    .alert { padding: 10px 16px; border-radius: 4px; border-left: 4px solid var(--su-primary, currentColor); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyImportPage {
  private readonly api = inject(StrategyApi);
  private readonly store = inject(StrategyStore);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly text = signal('');
  readonly busy = signal(false);
  readonly problems = signal<ImportProblem[]>([]);
  /** The preview of exactly the current text; cleared on any edit. */
  readonly result = signal<StrategyImportPreviewDto | null>(null);
  private previewed: { text: string; document: StrategyDocument } | null = null;

  private readonly problemsHeading = viewChild<ElementRef<HTMLElement>>('problemsHeading');
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');

  protected canManage(): boolean {
    return this.auth.hasRole('management', 'admin');
  }

  edited(value: string): void {
    this.text.set(value);
    this.result.set(null);
    this.previewed = null;
  }

  async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_CHARS) {
      this.show([{ line: null, field: null, text: this.t('tooLarge') }]);
      return;
    }
    this.edited(await file.text());
  }

  async preview(): Promise<void> {
    const text = this.text();
    this.result.set(null);
    this.previewed = null;
    const scan = scanJson(text);
    if (!scan.ok) {
      this.show([{ line: scan.line, field: null, text: this.t('syntax', { column: scan.column }) }]);
      return;
    }
    if (typeof scan.value !== 'object' || scan.value === null || Array.isArray(scan.value)) {
      this.show([{ line: 1, field: null, text: this.t('notAnObject') }]);
      return;
    }
    const document = scan.value as StrategyDocument;
    this.busy.set(true);
    try {
      const preview = await this.api.previewImport(document);
      this.problems.set([]);
      this.previewed = { text, document };
      this.result.set(preview);
      setTimeout(() => this.previewHeading()?.nativeElement.focus());
    } catch (error) {
      this.show(problemsOf(error, scan.lineOf));
    } finally {
      this.busy.set(false);
    }
  }

  async import(): Promise<void> {
    if (!this.previewed || this.previewed.text !== this.text()) return;
    this.busy.set(true);
    try {
      const result = await this.api.importStrategy(this.previewed.document);
      await this.store.loadLists(true);
      await this.router.navigate(['/strategy', result.strategy.id]);
    } catch (error) {
      const scan = scanJson(this.previewed.text);
      this.result.set(null);
      this.show(problemsOf(error, scan.ok ? scan.lineOf : () => 1));
    } finally {
      this.busy.set(false);
    }
  }

  private show(problems: ImportProblem[]): void {
    this.problems.set(problems);
    setTimeout(() => this.problemsHeading()?.nativeElement.focus());
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(`strategy.import.problem.${key}`, params);
  }
}

/** The API's refusal as problems by line: field errors at their paths, anything else as one line-less problem. */
export function problemsOf(error: unknown, lineOf: (path: string) => number): ImportProblem[] {
  if (error instanceof HttpErrorResponse && error.status === 400) {
    const body = (error.error ?? {}) as Partial<ApiErrorBody>;
    if (body.errors?.length) {
      const seen = new Set<string>();
      return body.errors
        .filter((e) => !seen.has(e.field) && seen.add(e.field))
        .map((e) => ({ line: lineOf(e.field), field: e.field, text: apiFieldReason(e) }))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    }
  }
  return [{ line: null, field: null, text: apiErrorMessage(error) }];
}
