import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ArchiveImportResultDto, ArchivePreviewDto, StrategySummaryDto } from '@suunta/shared-domain';
import { apiErrorMessage, AuthService } from '@suunta/web-core';
import { ArchiveApi } from './archive-api.service';
import { countRows, parseArchiveText } from './archive-view.util';

/**
 * `/admin/archive`: download a strategy as a Suunta archive or as StratML (admins and management);
 * import an archive (admins): pick the file, read the preview — what would be created, conflicts,
 * regions missing, problems with the file — and only then confirm.
 */
@Component({
  selector: 'su-archive-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslocoPipe],
  template: `
    <h1>{{ 'archive.title' | transloco }}</h1>
    <p class="muted">{{ 'archive.lead' | transloco }}</p>
    <div aria-live="polite">
      @if (error()) { <p class="alert error" role="alert" data-testid="archive-error">{{ error() }}</p> }
      @if (fileError(); as reason) { <p class="alert error" role="alert" data-testid="archive-file-error">{{ 'archive.file.' + reason | transloco }}</p> }
    </div>

    <section class="item" aria-labelledby="su-archive-export">
      <h2 id="su-archive-export">{{ 'archive.export.title' | transloco }}</h2>
      <p class="hint" id="su-archive-export-hint">{{ 'archive.export.hint' | transloco }}</p>
      <label class="field">{{ 'archive.export.strategy' | transloco }}
        <select [ngModel]="strategyId()" (ngModelChange)="strategyId.set($event)" aria-describedby="su-archive-export-hint" data-testid="archive-strategy">
          @for (s of strategies(); track s.id) {
            <option [value]="s.id">{{ s.title }}{{ period(s) }}</option>
          }
        </select>
      </label>
      @if (strategyId(); as id) {
        <div class="row">
          <a class="button primary" [href]="api.archiveUrl(id)" download data-testid="archive-download">{{ 'archive.export.archive' | transloco }}</a>
          <a class="button" [href]="api.stratmlUrl(id)" download data-testid="archive-stratml">{{ 'archive.export.stratml' | transloco }}</a>
        </div>
      } @else {
        <p class="muted">{{ 'archive.export.none' | transloco }}</p>
      }
    </section>

    @if (isAdmin()) {
      <section class="item" aria-labelledby="su-archive-import">
        <h2 id="su-archive-import">{{ 'archive.import.title' | transloco }}</h2>
        <p class="hint" id="su-archive-import-hint">{{ 'archive.import.hint' | transloco }}</p>
        <label class="field">{{ 'archive.import.file' | transloco }}
          <input type="file" accept=".json,application/json" (change)="pickFile($event)" aria-describedby="su-archive-import-hint" data-testid="archive-file" />
        </label>

        @if (preview(); as p) {
          <div class="preview" data-testid="archive-preview" aria-labelledby="su-archive-preview">
            <h3 id="su-archive-preview">{{ 'archive.preview.title' | transloco }}</h3>
            @if (p.strategy; as s) {
              <p><strong>{{ s.title }}</strong>@if (s.validFrom || s.validTo) { ({{ s.validFrom ?? '…' }} – {{ s.validTo ?? '…' }}) }</p>
            }
            @if (p.source; as src) {
              <p class="muted">{{ 'archive.preview.source' | transloco: { organization: src.organization, server: src.server, date: src.exportedAt.slice(0, 10) } }}</p>
            }
            @if (rows().length) {
              <h4>{{ 'archive.preview.created' | transloco }}</h4>
              <ul class="counts" data-testid="archive-counts">
                @for (r of rows(); track r.kind) {
                  <li>{{ 'archive.kinds.' + r.kind | transloco: { count: r.count } }}</li>
                }
              </ul>
            }
            @if (p.missingRegions.length) {
              <p class="alert error" data-testid="archive-missing-regions">{{ 'archive.preview.missingRegions' | transloco: { regions: p.missingRegions.join(', ') } }}</p>
            }
            @if (p.conflicts.length) {
              <h4>{{ 'archive.preview.conflicts' | transloco }}</h4>
              <ul data-testid="archive-conflicts">
                @for (c of p.conflicts; track c.path + c.kind) {
                  <li>{{ 'archive.conflict.' + c.kind | transloco: { detail: c.detail } }}@if (!c.blocking) { <span class="muted"> – {{ 'archive.preview.warningOnly' | transloco }}</span> }</li>
                }
              </ul>
            }
            @if (p.errors.length) {
              <h4>{{ 'archive.preview.errors' | transloco: { count: p.errors.length } }}</h4>
              <ul class="problems" data-testid="archive-errors">
                @for (e of p.errors; track $index) {
                  <li><code>{{ e.field }}</code>: <span lang="en">{{ e.message }}</span></li>
                }
              </ul>
            }
            @if (p.canImport) {
              <p>{{ 'archive.preview.ready' | transloco }}</p>
              <button type="button" class="primary" (click)="confirm()" [disabled]="busy()" data-testid="archive-confirm">{{ 'archive.import.confirm' | transloco }}</button>
            } @else {
              <p class="alert error">{{ 'archive.preview.cannot' | transloco }}</p>
            }
          </div>
        }
        <div aria-live="polite">
          @if (done(); as d) {
            <p class="alert ok" role="status" data-testid="archive-done">{{ 'archive.import.done' | transloco: { count: d.counts.focusAreas } }}
              <a [href]="'/strategy/' + d.strategyId">{{ 'archive.import.open' | transloco }}</a></p>
          }
        </div>
      </section>
    }
  `,
  styles: `
    :host { display: block; min-width: 0; overflow-wrap: anywhere; }
    .item { background: var(--su-surface); border: 1px solid var(--su-border); border-radius: 8px; padding: 16px; margin-bottom: 16px; }
    .field { display: flex; flex-direction: column; gap: 4px; font-weight: 600; max-width: 40rem; }
    select, input { font: inherit; padding: 8px; border: 1px solid var(--su-text-muted); border-radius: 4px; background: var(--su-surface); color: inherit; max-width: 100%; box-sizing: border-box; }
    .row { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 0; }
    .button, button { display: inline-flex; align-items: center; font: inherit; min-height: 44px; padding: 8px 16px; border-radius: 4px; border: 1px solid var(--su-text-muted); background: var(--su-surface); color: inherit; cursor: pointer; text-decoration: none; box-sizing: border-box; }
    .button.primary, button.primary { background: #1F3864; color: #fff; border-color: #1F3864; }
    button:disabled { opacity: 0.6; cursor: not-allowed; }
    a:focus-visible, select:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid var(--su-focus, #1a4f9c); outline-offset: 2px; }
    .preview { margin-top: 16px; border-top: 1px solid var(--su-border); padding-top: 8px; }
    .counts { columns: 2 14rem; }
    code { overflow-wrap: anywhere; }
    .hint, .muted { color: var(--su-text-muted); }
    .alert.error { border-left: 4px solid var(--su-error); color: var(--su-error); padding: 8px 12px; }
    .alert.ok { border-left: 4px solid #2e7d32; padding: 8px 12px; }
  `,
})
export class ArchivePage {
  protected readonly api = inject(ArchiveApi);
  private readonly auth = inject(AuthService);

  protected readonly strategies = signal<StrategySummaryDto[]>([]);
  protected readonly strategyId = signal<string | null>(null);
  protected readonly preview = signal<ArchivePreviewDto | null>(null);
  protected readonly rows = computed(() => countRows(this.preview()?.counts ?? ({} as ArchivePreviewDto['counts'])));
  protected readonly done = signal<ArchiveImportResultDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fileError = signal<'too_large' | 'not_json' | 'empty' | null>(null);
  protected readonly isAdmin = computed(() => !!this.auth.me() && this.auth.hasRole('admin'));
  private archive: unknown = null;

  constructor() {
    queueMicrotask(() => void this.load());
  }

  private async load(): Promise<void> {
    try {
      const list = await this.api.strategies();
      this.strategies.set(list);
      this.strategyId.set(list[0]?.id ?? null);
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    }
  }

  protected period(s: StrategySummaryDto): string {
    return s.validFrom || s.validTo ? ` (${s.validFrom?.slice(0, 4) ?? '…'}–${s.validTo?.slice(0, 4) ?? '…'})` : '';
  }

  protected async pickFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.preview.set(null);
    this.done.set(null);
    this.error.set(null);
    this.fileError.set(null);
    this.archive = null;
    if (!file) return;
    const parsed = parseArchiveText(await file.text(), file.size);
    if (!parsed.ok) {
      this.fileError.set(parsed.reason);
      return;
    }
    this.archive = parsed.value;
    await this.run(async () => this.preview.set(await this.api.preview(parsed.value)));
  }

  protected async confirm(): Promise<void> {
    if (!this.archive) return;
    await this.run(async () => {
      this.done.set(await this.api.import(this.archive));
      this.preview.set(null);
      this.archive = null;
    });
  }

  private async run(task: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await task();
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    } finally {
      this.busy.set(false);
    }
  }
}
