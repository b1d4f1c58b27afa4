import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { translate, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { IndicatorChoiceDto, IndicatorCsvPreviewDto, IndicatorCsvProblem, IndicatorFocusAreaOptionDto, IndicatorRegionDto } from '@suunta/shared-domain';
import { apiErrorMessage } from '@suunta/web-core';
import { formatFetchDate, indicatorTitle } from '@suunta/web-indicators-ui';
import { IndicatorsApi } from './indicators-api.service';
import { readCsvFile } from './read-csv-file.util';

interface RegionForm {
  category: string;
  code: string;
  sotkanetRegionId: number | null;
}

/**
 * `/indicators` (management and admins): choose THL Sotkanet indicators and link each to a focus
 * area, map the regions to Sotkanet, start a fetch, and upload a Sotkanet CSV export (checked
 * first, problems named by line) on a server without internet access.
 */
@Component({
  selector: 'su-indicators-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslocoPipe],
  template: `
    <h1>{{ 'indicators.manage.title' | transloco }}</h1>
    <p class="muted">{{ 'indicators.manage.lead' | transloco }}</p>
    <div aria-live="polite">
      @if (error()) { <p class="alert error" role="alert" data-testid="indicators-error">{{ error() }}</p> }
      @if (notice()) { <p class="alert ok" role="status" data-testid="indicators-notice">{{ notice() }}</p> }
    </div>

    <section aria-labelledby="su-ind-chosen">
      <h2 id="su-ind-chosen">{{ 'indicators.manage.chosen' | transloco }}</h2>
      <div class="row">
        <button type="button" class="primary" (click)="sync()" [disabled]="busy() || choices().length === 0" data-testid="indicators-sync">{{ 'indicators.manage.sync' | transloco }}</button>
        <button type="button" (click)="load()" [disabled]="busy()">{{ 'indicators.manage.refresh' | transloco }}</button>
      </div>
      @for (c of choices(); track c.id) {
        <article class="item" data-testid="indicator-choice">
          <h3>{{ title(c) }} <span class="muted">({{ 'indicators.manage.sotkanetId' | transloco }} {{ c.sotkanetId }})</span></h3>
          <p data-testid="indicator-status">
            <strong>{{ 'indicators.manage.status' | transloco }}:</strong>
            {{ 'indicators.manage.statusText.' + c.fetchStatus | transloco: { date: date(c.valuesFetchedAt) } }}
            – {{ 'indicators.manage.values' | transloco: { count: c.valueCount } }}
            @if (c.fetchStatus === 'failed' && c.fetchError) { <br /><span class="muted small" lang="en">{{ c.fetchError }}</span> }
          </p>
          <div class="row">
            <label class="grow">{{ 'indicators.manage.focusArea' | transloco }}
              <select [ngModel]="links()[c.id] ?? ''" (ngModelChange)="setLink(c.id, $event)" [attr.aria-label]="'indicators.manage.linkFor' | transloco: { name: title(c) }">
                <option value="">{{ 'indicators.manage.noFocusArea' | transloco }}</option>
                @for (fa of focusAreas(); track fa.id) {
                  <option [value]="fa.id">{{ fa.code ? fa.code + ' ' : '' }}{{ fa.title }} ({{ fa.strategyTitle }})</option>
                }
              </select>
            </label>
            <button type="button" (click)="saveLink(c)" [disabled]="busy() || (links()[c.id] ?? '') === (c.focusAreaId ?? '')">{{ 'indicators.manage.saveLink' | transloco }}</button>
            <button type="button" class="danger" (click)="remove(c)" [disabled]="busy()" [attr.aria-label]="'indicators.manage.removeNamed' | transloco: { name: title(c) }">{{ 'indicators.manage.remove' | transloco }}</button>
          </div>
        </article>
      } @empty {
        <p class="muted">{{ 'indicators.manage.none' | transloco }}</p>
      }
    </section>

    <section aria-labelledby="su-ind-add" class="item">
      <h2 id="su-ind-add">{{ 'indicators.manage.add' | transloco }}</h2>
      <form class="grid" (ngSubmit)="add()">
        <label>{{ 'indicators.manage.sotkanetId' | transloco }}
          <input type="number" name="sotkanetId" min="1" step="1" required [(ngModel)]="newId" aria-describedby="su-ind-add-hint" data-testid="indicator-new-id" />
        </label>
        <label>{{ 'indicators.manage.focusArea' | transloco }}
          <select name="focusAreaId" [(ngModel)]="newFocusArea">
            <option value="">{{ 'indicators.manage.noFocusArea' | transloco }}</option>
            @for (fa of focusAreas(); track fa.id) {
              <option [value]="fa.id">{{ fa.code ? fa.code + ' ' : '' }}{{ fa.title }} ({{ fa.strategyTitle }})</option>
            }
          </select>
        </label>
        <label class="wide">{{ 'indicators.manage.provisionalTitle' | transloco }}<input name="title" maxlength="500" [(ngModel)]="newTitle" /></label>
        <p id="su-ind-add-hint" class="hint wide">{{ 'indicators.manage.addHint' | transloco }}</p>
        <div class="wide"><button type="submit" class="primary" [disabled]="busy() || !newId" data-testid="indicator-add">{{ 'indicators.manage.add' | transloco }}</button></div>
      </form>
    </section>

    <section aria-labelledby="su-ind-regions" class="item">
      <h2 id="su-ind-regions">{{ 'indicators.manage.regions' | transloco }}</h2>
      <p class="hint">{{ 'indicators.manage.regionsHint' | transloco }}</p>
      @for (r of regions(); track r.regionId) {
        <fieldset class="row region">
          <legend>{{ r.regionName }} ({{ r.regionCode }})@if (r.sotkanetTitle) { – Sotkanet: {{ r.sotkanetTitle }} }</legend>
          <label>{{ 'indicators.manage.category' | transloco }}<input [name]="'cat-' + r.regionId" [(ngModel)]="regionForms[r.regionId].category" maxlength="40" /></label>
          <label>{{ 'indicators.manage.code' | transloco }}<input [name]="'code-' + r.regionId" [(ngModel)]="regionForms[r.regionId].code" maxlength="40" /></label>
          <label>{{ 'indicators.manage.sotkanetRegionId' | transloco }}<input type="number" min="1" [name]="'sid-' + r.regionId" [(ngModel)]="regionForms[r.regionId].sotkanetRegionId" /></label>
          <button type="button" (click)="saveRegion(r)" [disabled]="busy()" [attr.aria-label]="'indicators.manage.saveRegionNamed' | transloco: { name: r.regionName }">{{ 'indicators.manage.saveRegion' | transloco }}</button>
        </fieldset>
      }
    </section>

    <section aria-labelledby="su-ind-csv" class="item">
      <h2 id="su-ind-csv">{{ 'indicators.manage.csv' | transloco }}</h2>
      <p class="hint" id="su-ind-csv-hint">{{ 'indicators.manage.csvHint' | transloco }}</p>
      <label>{{ 'indicators.manage.csvFile' | transloco }}
        <input type="file" accept=".csv,text/csv,text/plain" (change)="pickFile($event)" aria-describedby="su-ind-csv-hint" data-testid="indicator-csv-file" />
      </label>
      <div class="row">
        <button type="button" (click)="preview()" [disabled]="busy() || !csv()" data-testid="indicator-csv-preview">{{ 'indicators.manage.preview' | transloco }}</button>
        <button type="button" class="primary" (click)="store()" [disabled]="busy() || !checked() || (checked()?.problems?.length ?? 1) > 0" data-testid="indicator-csv-store">{{ 'indicators.manage.store' | transloco }}</button>
      </div>
      @if (checked(); as p) {
        <div class="preview" data-testid="indicator-csv-result">
          <h3>{{ 'indicators.manage.previewTitle' | transloco }}</h3>
          <p>{{ 'indicators.manage.rows' | transloco: { count: p.rowCount } }}; {{ 'indicators.manage.skipped' | transloco: { count: p.skippedEmpty } }}</p>
          @if (p.columns.length) { <p>{{ 'indicators.manage.columns' | transloco }}: {{ columnNames(p.columns) }}</p> }
          <ul>
            @for (x of p.perIndicator; track x.sotkanetId) {
              <li>{{ 'indicators.manage.perIndicator' | transloco: { title: x.title ?? ('Sotkanet ' + x.sotkanetId), values: valuesText(x.valueCount), years: yearsText(x.years), regions: x.regionCodes.join(', ') } }}</li>
            }
          </ul>
          @if (p.problems.length) {
            <p class="alert error" role="alert">{{ 'indicators.manage.problems' | transloco: { count: p.problems.length } }}</p>
            <ul class="problems" data-testid="indicator-csv-problems">
              @for (pr of p.problems; track $index) {
                <li>{{ 'indicators.manage.line' | transloco: { line: pr.line } }}: {{ problemText(pr) }}</li>
              }
            </ul>
          } @else {
            <p>{{ 'indicators.manage.noProblems' | transloco }}</p>
          }
        </div>
      }
    </section>
  `,
  styles: `
    :host { display: block; min-width: 0; overflow-wrap: anywhere; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); gap: 12px 16px; align-items: start; }
    .grid .wide { grid-column: 1 / -1; }
    label { display: flex; flex-direction: column; gap: 4px; font-weight: 600; }
    input, select { font: inherit; padding: 8px; border: 1px solid var(--su-text-muted); border-radius: 4px; background: var(--su-surface); color: inherit; max-width: 100%; box-sizing: border-box; }
    input:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid var(--su-focus, #1a4f9c); outline-offset: 2px; }
    button { font: inherit; min-height: 44px; padding: 8px 16px; border-radius: 4px; border: 1px solid var(--su-text-muted); background: var(--su-surface); color: inherit; cursor: pointer; }
    button.primary { background: #1F3864; color: #fff; border-color: #1F3864; }
    button.danger { color: var(--su-error); border-color: var(--su-error); }
    button:disabled { opacity: 0.6; cursor: not-allowed; }
    .row { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin: 8px 0; }
    .row .grow { flex: 1 1 16rem; min-width: 0; }
    .row .grow select { width: 100%; }
    fieldset.region { border: 1px solid var(--su-border); border-radius: 4px; padding: 8px 12px; }
    legend { font-weight: 600; padding: 0 4px; }
    .item { background: var(--su-surface); border: 1px solid var(--su-border); border-radius: 8px; padding: 16px; margin-bottom: 16px; }
    .item h3 { margin-top: 0; }
    .hint, .muted { color: var(--su-text-muted); }
    .small { font-size: 0.9em; }
    .alert.error { border-left: 4px solid var(--su-error); color: var(--su-error); padding: 8px 12px; }
    .alert.ok { border-left: 4px solid #2e7d32; padding: 8px 12px; }
  `,
})
export class IndicatorsPage {
  private readonly api = inject(IndicatorsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  protected readonly choices = signal<IndicatorChoiceDto[]>([]);
  protected readonly focusAreas = signal<IndicatorFocusAreaOptionDto[]>([]);
  protected readonly regions = signal<IndicatorRegionDto[]>([]);
  protected readonly links = signal<Record<string, string>>({});
  protected regionForms: Record<string, RegionForm> = {};
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly csv = signal<string | null>(null);
  protected readonly checked = signal<IndicatorCsvPreviewDto | null>(null);
  protected newId: number | null = null;
  protected newFocusArea = '';
  protected newTitle = '';

  constructor() {
    queueMicrotask(() => void this.load());
  }

  async load(): Promise<void> {
    try {
      const [choices, focusAreas, regions] = await Promise.all([this.api.list(), this.api.focusAreas(), this.api.regions()]);
      this.focusAreas.set(focusAreas);
      this.showChoices(choices);
      this.regionForms = Object.fromEntries(regions.map((r) => [r.regionId, { category: r.sotkanetCategory, code: r.sotkanetCode ?? '', sotkanetRegionId: r.sotkanetRegionId }]));
      this.regions.set(regions);
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    }
  }

  private showChoices(choices: IndicatorChoiceDto[]): void {
    this.choices.set(choices);
    this.links.set(Object.fromEntries(choices.map((c) => [c.id, c.focusAreaId ?? ''])));
  }

  protected title(c: IndicatorChoiceDto): string {
    return indicatorTitle(c, this.language());
  }

  protected date(iso: string | null): string {
    return formatFetchDate(iso, this.language());
  }

  protected setLink(id: string, focusAreaId: string): void {
    this.links.set({ ...this.links(), [id]: focusAreaId });
  }

  private async run(work: () => Promise<string | null>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      this.notice.set(await work());
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected saveLink(c: IndicatorChoiceDto): Promise<void> {
    return this.run(async () => {
      await this.api.link(c.id, this.links()[c.id] || null, c.version);
      this.showChoices(await this.api.list());
      return translate('indicators.manage.linked');
    }).then(async () => {
      // after a 409 show what is stored now
      if (this.error()) this.showChoices(await this.api.list().catch(() => this.choices()));
    });
  }

  protected remove(c: IndicatorChoiceDto): Promise<void> {
    return this.run(async () => {
      await this.api.remove(c.id, c.version);
      this.showChoices(await this.api.list());
      return translate('indicators.manage.removed');
    });
  }

  protected add(): Promise<void> {
    return this.run(async () => {
      await this.api.create({ sotkanetId: Number(this.newId), focusAreaId: this.newFocusArea || null, title: this.newTitle.trim() || null });
      this.newId = null;
      this.newTitle = '';
      this.newFocusArea = '';
      this.showChoices(await this.api.list());
      return translate('indicators.manage.added');
    });
  }

  protected saveRegion(r: IndicatorRegionDto): Promise<void> {
    const f = this.regionForms[r.regionId];
    return this.run(async () => {
      const id = f.sotkanetRegionId === null || (f.sotkanetRegionId as unknown) === '' ? null : Number(f.sotkanetRegionId);
      await this.api.updateRegion(r.regionId, { sotkanetCategory: f.category.trim().toUpperCase(), sotkanetCode: f.code.trim() || null, sotkanetRegionId: id, version: r.version });
      await this.load();
      return translate('indicators.manage.regionSaved');
    });
  }

  protected sync(): Promise<void> {
    return this.run(async () => {
      const started = await this.api.sync();
      return translate('indicators.manage.syncStarted', { count: started.indicatorCount });
    });
  }

  protected async pickFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.checked.set(null);
    this.csv.set(file ? await readCsvFile(file) : null);
  }

  protected preview(): Promise<void> {
    return this.run(async () => {
      this.checked.set(await this.api.uploadCsv(this.csv() ?? '', true));
      return null;
    });
  }

  protected store(): Promise<void> {
    return this.run(async () => {
      const stored = await this.api.uploadCsv(this.csv() ?? '', false);
      this.checked.set(stored);
      this.showChoices(await this.api.list());
      return translate('indicators.manage.stored');
    });
  }

  protected columnNames(columns: string[]): string {
    return columns.map((c) => translate(`indicators.manage.column.${c}`)).join(', ');
  }

  protected valuesText(count: number): string {
    return translate('indicators.manage.values', { count });
  }

  protected yearsText(years: number[]): string {
    return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join('');
  }

  protected problemText(p: IndicatorCsvProblem): string {
    const column = p.column ? translate(`indicators.manage.column.${p.column}`) : '';
    return translate(`indicators.manage.problem.${p.code}`, { column, value: p.value ?? '' });
  }
}
