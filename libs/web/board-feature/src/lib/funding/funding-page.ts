import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  FUNDING_EARMARK_KINDS,
  FUNDING_PAYERS,
  FUNDING_SOURCES,
  helsinkiYear,
  type CreateFundingEntryDto,
  type FundingEarmarkKind,
  type FundingEntryDto,
  type FundingOverviewDto,
  type FundingPayer,
  type FundingSource,
  type RegionDto,
} from '@suunta/shared-domain';
import { BoardApi, FundingApi } from '@suunta/web-board-data-access';
import { ApiErrorText, AuthService, LanguageService, localized } from '@suunta/web-core';
import { confirmStep } from '@suunta/web-ui';
import { formatEuro, parseEuroInput } from './funding-format.util';

type EarmarkForm = FormGroup<{ kind: FormControl<FundingEarmarkKind>; label: FormControl<string>; amount: FormControl<string> }>;
type DocumentForm = FormGroup<{ title: FormControl<string>; url: FormControl<string>; fileRef: FormControl<string> }>;

/** A euro amount in the page's language ("241 551" / "241,551"); an empty one is left to `required`. */
function euroValidator(language: () => string) {
  return (c: AbstractControl): ValidationErrors | null => (!c.value || parseEuroInput(String(c.value), language()) !== null ? null : { euro: true });
}

/**
 * "Rahoituksen muokkaus": management and admins record funding per year and source (amounts typed
 * as the language writes them), with earmarks, the whole allocation it is a share of, and the
 * documents. Totals are never typed: the board's page shows what the API computes. A 409 (changed
 * elsewhere) reloads the list and says so; field errors of the API land on their fields.
 */
@Component({
  selector: 'su-funding-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funding-page.html',
  styles: `
    :host { display: block; max-width: 1100px; min-width: 0; overflow-wrap: anywhere; }
    .muted { color: var(--su-text-muted, #555); }
    .error { color: var(--su-error, #b3261e); }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; min-width: 100%; }
    caption { text-align: left; font-weight: 500; padding: 4px 0 8px; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #d6d6d6; vertical-align: top; }
    .num { text-align: right; white-space: nowrap; }
    .row { display: flex; flex-wrap: wrap; gap: 0 16px; }
    .row > mat-form-field { flex: 1 1 200px; min-width: 0; }
    fieldset { border: 1px solid #d6d6d6; border-radius: 8px; padding: 8px 16px; margin: 12px 0; min-width: 0; }
    form, .row { max-width: 100%; }
    mat-form-field.wide { width: 100%; }
    legend { font-weight: 500; padding: 0 4px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
    form { margin-top: 16px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    @media (max-width: 600px) { .row > mat-form-field { flex: 1 1 100%; } }
  `,
})
export class FundingPage {
  private readonly api = inject(FundingApi);
  private readonly boardApi = inject(BoardApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ApiErrorText);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;

  protected readonly sources = FUNDING_SOURCES;
  protected readonly payers = FUNDING_PAYERS;
  protected readonly earmarkKinds = FUNDING_EARMARK_KINDS;
  protected readonly overview = signal<FundingOverviewDto | null>(null);
  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly loadFailed = signal(false);
  protected readonly busy = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly announcement = signal('');
  /** The entry being edited, or null for a new one. */
  protected readonly editing = signal<FundingEntryDto | null>(null);
  protected readonly canEdit = computed(() => !!this.auth.me() && this.auth.hasRole('management', 'admin'));
  protected readonly entries = computed(() => [...(this.overview()?.years ?? [])].reverse().flatMap((y) => y.entries));

  private readonly euro = euroValidator(() => this.lang());
  protected readonly form = new FormGroup({
    year: new FormControl<number>(helsinkiYear(), { nonNullable: true, validators: [Validators.required, Validators.min(2000), Validators.max(2100)] }),
    source: new FormControl<FundingSource>('state_subsidy', { nonNullable: true, validators: [Validators.required] }),
    payer: new FormControl<FundingPayer | ''>('', { nonNullable: true }),
    regionId: new FormControl<string>('', { nonNullable: true }),
    description: new FormControl<string>('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
    amount: new FormControl<string>('', { nonNullable: true, validators: [Validators.required, this.euro] }),
    poolAmount: new FormControl<string>('', { nonNullable: true, validators: [this.euro] }),
    poolDescription: new FormControl<string>('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
    earmarks: new FormArray<EarmarkForm>([]),
    documents: new FormArray<DocumentForm>([]),
    sourceRef: new FormControl<string>('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });
  protected readonly source = toSignal(this.form.controls.source.valueChanges, { initialValue: this.form.controls.source.value });

  constructor() {
    void this.auth.ensureLoaded().catch(() => null);
    void this.load();
    void this.boardApi.regions().then((r) => this.regions.set(r), () => null);
  }

  protected regionName(r: RegionDto): string {
    return localized(r.name, this.lang());
  }

  protected money(amount: string | null): string {
    return formatEuro(amount, this.lang());
  }

  private async load(): Promise<void> {
    try {
      this.overview.set(await this.api.overview());
      this.loadFailed.set(false);
    } catch {
      this.loadFailed.set(true);
    }
  }

  protected addEarmark(kind: FundingEarmarkKind = 'nordic_special_task', label = '', amount = ''): void {
    this.form.controls.earmarks.push(
      new FormGroup({
        kind: new FormControl<FundingEarmarkKind>(kind, { nonNullable: true }),
        label: new FormControl<string>(label, { nonNullable: true, validators: [Validators.maxLength(200)] }),
        amount: new FormControl<string>(amount, { nonNullable: true, validators: [Validators.required, this.euro] }),
      }),
    );
  }

  protected addDocument(title = '', url = '', fileRef = ''): void {
    this.form.controls.documents.push(
      new FormGroup({
        title: new FormControl<string>(title, { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
        url: new FormControl<string>(url, { nonNullable: true, validators: [Validators.pattern(/^\s*(https?:\/\/\S+)?\s*$/i)] }),
        fileRef: new FormControl<string>(fileRef, { nonNullable: true, validators: [Validators.maxLength(300)] }),
      }),
    );
  }

  /** Amounts shown back in the page's way of writing them (without the € sign). */
  private typed(amount: string | null): string {
    if (amount === null) return '';
    return formatEuro(amount, this.lang()).replace(/€/g, '').replace(/[\u00a0\u202f]/g, ' ').trim();
  }

  protected edit(e: FundingEntryDto): void {
    this.editing.set(e);
    this.formError.set(null);
    this.form.controls.earmarks.clear();
    this.form.controls.documents.clear();
    this.form.reset({
      year: e.year,
      source: e.source,
      payer: e.payer ?? '',
      regionId: e.regionId ?? '',
      description: e.description ?? '',
      amount: this.typed(e.amount),
      poolAmount: this.typed(e.poolAmount),
      poolDescription: e.poolDescription ?? '',
      sourceRef: e.sourceRef ?? '',
    });
    e.earmarks.forEach((m) => this.addEarmark(m.kind, m.label ?? '', this.typed(m.amount)));
    e.documents.forEach((d) => this.addDocument(d.title, d.url ?? '', d.fileRef ?? ''));
    queueMicrotask(() => document.getElementById('funding-form-heading')?.focus());
  }

  protected startNew(): void {
    this.editing.set(null);
    this.formError.set(null);
    this.form.controls.earmarks.clear();
    this.form.controls.documents.clear();
    this.form.reset();
    queueMicrotask(() => document.getElementById('funding-form-heading')?.focus());
  }

  private body(): CreateFundingEntryDto {
    const v = this.form.getRawValue();
    const lang = this.lang();
    return {
      year: Number(v.year),
      source: v.source,
      payer: v.source === 'municipal' && v.payer ? v.payer : null,
      regionId: v.regionId || null,
      description: v.description.trim() || null,
      amount: parseEuroInput(v.amount, lang) ?? v.amount,
      poolAmount: v.poolAmount.trim() ? (parseEuroInput(v.poolAmount, lang) ?? v.poolAmount) : null,
      poolDescription: v.poolDescription.trim() || null,
      earmarks: v.earmarks.map((m) => ({ kind: m.kind, label: m.label.trim() || null, amount: parseEuroInput(m.amount, lang) ?? m.amount })),
      documents: v.documents.map((d) => ({ title: d.title.trim(), url: d.url.trim() || null, fileRef: d.fileRef.trim() || null })),
      sourceRef: v.sourceRef.trim() || null,
    };
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set(this.transloco.translate('board.funding.form.fix'));
      return;
    }
    this.busy.set(true);
    this.formError.set(null);
    const editing = this.editing();
    try {
      if (editing) {
        await this.api.update(editing.id, { ...this.body(), version: editing.version });
      } else {
        await this.api.create(this.body());
      }
      this.announcement.set(this.transloco.translate('board.funding.form.saved'));
      await this.load();
      this.startNew();
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 409) {
        await this.load();
        this.formError.set(this.transloco.translate('board.funding.form.conflict'));
      } else {
        this.formError.set(this.errors.applyToForm(this.form, error));
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(e: FundingEntryDto): Promise<void> {
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(`board.funding.${key}`, params);
    const ok = await confirmStep(this.dialog, {
      title: t('delete.title'),
      body: t('delete.body', { source: t(`sources.${e.source}`), year: e.year, amount: this.money(e.amount) }),
      confirm: t('delete.confirm'),
      cancel: t('form.cancel'),
    });
    if (!ok) return;
    try {
      await this.api.remove(e.id, e.version);
      this.announcement.set(t('delete.done'));
      if (this.editing()?.id === e.id) this.startNew();
    } catch (error) {
      this.formError.set(error instanceof HttpErrorResponse && error.status === 409 ? t('form.conflict') : this.errors.text(error));
    }
    await this.load();
  }

  protected fieldError(control: AbstractControl | null): string | null {
    if (!control?.errors) return null;
    const e = control.errors;
    if (e['server']) return e['server'] as string;
    if (e['required']) return this.transloco.translate('errors.required');
    if (e['euro']) return this.transloco.translate('board.funding.form.notEuro');
    if (e['pattern']) return this.transloco.translate('board.funding.form.notUrl');
    if (e['min'] || e['max']) return this.transloco.translate('errors.out_of_range');
    if (e['maxlength']) return this.transloco.translate('errors.too_long');
    return this.transloco.translate('errors.invalid');
  }
}
