import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, OnInit, resource, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CreateProgressEntryInput, FieldError, ProgressTargetDto } from '@suunta/shared-domain';
import { helsinkiDay, PROGRESS_LIMITS, numberFormat } from '@suunta/shared-domain';
import { apiFieldReason, AuthService, browserStore, LanguageService, LOCALES, localized } from '@suunta/web-core';
import { clearDraft, defaultProgressYear, plannedPeriods, PlansApi, ProgressApi, readDraft, readRegion, rememberRegion, writeDraft } from '@suunta/web-plans-data-access';
import { FocusService, SU_DATEPICKER } from '@suunta/web-ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { errorMessage } from '../plans-i18n';

/** A number with at most two decimals, comma or point: what the API's numeric(14,2) takes. */
const NUMBER = /^\d+([.,]\d{1,2})?$/;
const URL = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

/**
 * "Log progress" in under a minute: region (remembered), action or criterion (searchable), value
 * with its unit and target shown, text, save. Every change is kept as a draft in this browser.
 */
@Component({
  selector: 'su-log-progress-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, SU_DATEPICKER, MatFormFieldModule, MatInputModule, MatSelectModule, MatAutocompleteModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './log-progress-page.html',
  styles: `:host { display: block; padding: 16px; max-width: 720px; } form { display: flex; flex-direction: column; } .row { display: flex; gap: 12px; flex-wrap: wrap; } .row > * { flex: 1 1 180px; }
    .kind { font-size: 0.8rem; color: #424242; margin-right: 6px; } .buttons { display: flex; gap: 12px; }`,
})
export class LogProgressPage implements OnInit {
  private readonly api = inject(ProgressApi);
  private readonly plans = inject(PlansApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly snack = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly store = browserStore();
  private readonly focus = inject(FocusService);
  private readonly route = inject(ActivatedRoute);

  protected readonly limits = PROGRESS_LIMITS;
  protected readonly form = inject(FormBuilder).group({
    regionId: ['', Validators.required],
    subject: [null as ProgressTargetDto | string | null, Validators.required],
    year: [new Date().getUTCFullYear(), [Validators.required, Validators.min(2000), Validators.max(2100)]],
    entryDate: [helsinkiDay(), Validators.required],
    value: ['', Validators.pattern(NUMBER)],
    unit: ['', Validators.maxLength(PROGRESS_LIMITS.unit)],
    narrative: ['', [Validators.required, Validators.maxLength(PROGRESS_LIMITS.narrative)]],
    evidenceUrl: ['', [Validators.pattern(URL), Validators.maxLength(PROGRESS_LIMITS.url)]],
    closedYearReason: [''],
  });

  protected readonly saving = signal(false);
  protected readonly needsReason = signal(false);
  protected readonly restored = signal(false);
  protected readonly serverErrors = signal<FieldError[]>([]);

  protected readonly regions = resource({ loader: () => this.plans.regions() });
  /** Regions the user may write to (the API refuses the others with 403). */
  protected readonly writableRegions = computed(() => (this.regions.hasValue() ? this.regions.value() : []).filter((r) => this.auth.canWriteRegion(r.id)));
  /**
   * Viewers and the board read the log but do not write it: they get the reason and the way to
   * the log instead of a form whose region list would be empty.
   */
  protected readonly mayLog = computed(() => this.auth.hasRole('admin', 'management', 'planner'));
  /** A planner whose account has no region yet: the form would have nothing to pick. */
  protected readonly noRegion = computed(() => this.mayLog() && this.regions.hasValue() && this.writableRegions().length === 0);
  private readonly planList = resource({ loader: () => this.plans.list() });
  private readonly formDirective = viewChild(FormGroupDirective);

  private readonly regionId = toSignal(this.form.controls.regionId.valueChanges, { initialValue: '' });
  private readonly search = toSignal(
    this.form.controls.subject.valueChanges.pipe(
      map((v) => (typeof v === 'string' ? v : '')),
      debounceTime(200),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  protected readonly subject = toSignal(this.form.controls.subject.valueChanges.pipe(map((v) => (v && typeof v === 'object' ? v : null))), { initialValue: null });
  protected readonly targets = resource({
    params: () => ({ regionId: this.regionId() || null, q: this.search() || null }),
    loader: ({ params }) => this.api.targets(params),
  });
  protected readonly acceptsValue = computed(() => this.subject()?.acceptsValue ?? true);
  /** The plans' periods for the chosen region ("2019–2020"), shown under the year field. */
  protected readonly planYears = computed(() => plannedPeriods(this.planList.hasValue() ? this.planList.value() : [], this.regionId() || null).join(', ') || null);

  constructor() {
    // the year starts on the plans' years (not the calendar's) once they are known, unless the
    // user (or a restored draft) already chose one
    effect(() => {
      if (!this.planList.hasValue()) return;
      const year = this.defaultYear(this.regionId() || null);
      untracked(() => {
        const control = this.form.controls.year;
        if (control.pristine && !this.restored()) control.setValue(year);
      });
    });
  }

  ngOnInit(): void {
    const draft = readDraft(this.store);
    const region = draft?.regionId ?? readRegion(this.store) ?? this.auth.me()?.regionIds[0] ?? '';
    this.form.patchValue({ regionId: region });
    if (draft) {
      this.form.patchValue({
        subject: draft.target ? ({ ...draft.target, acceptsValue: true } as ProgressTargetDto) : null,
        year: draft.year ?? this.form.controls.year.value,
        entryDate: draft.entryDate ?? helsinkiDay(),
        value: draft.value === null ? '' : String(draft.value),
        unit: draft.unit ?? '',
        narrative: draft.narrative,
        evidenceUrl: draft.evidenceUrl,
      });
      this.restored.set(true);
      // the stored target carries only id and title: fetch its unit and target again
      if (draft.target) void this.refreshSubject(draft.target.kind, draft.target.id, draft.target.title);
    }
    this.prefillFromLink();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.keepDraft());
    this.form.controls.regionId.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((id) => id && rememberRegion(this.store, id));
    this.form.controls.subject.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((v) => {
      if (v && typeof v === 'object' && v.year) this.form.controls.year.setValue(v.year);
    });
  }

  protected display = (v: ProgressTargetDto | string | null): string => (v && typeof v === 'object' ? v.title : (v ?? ''));

  protected regionName(id: string): string {
    const r = (this.regions.hasValue() ? this.regions.value() : []).find((x) => x.id === id);
    return r ? localized(r.name, this.language.current()) : '';
  }
  protected targetText(s: ProgressTargetDto): string | null {
    if (s.targetValue === null) return s.targetDate;
    return `${numberFormat(LOCALES[this.language.current()]).format(s.targetValue)} ${s.unit ?? ''}`.trim();
  }
  protected serverError(field: string): string | null {
    const error = this.serverErrors().find((e) => e.field === field);
    return error ? apiFieldReason(error) : null;
  }

  protected discard(): void {
    clearDraft(this.store);
    this.resetKeepingRegion();
    this.restored.set(false);
  }

  protected async save(): Promise<void> {
    const subject = this.subject();
    if (this.form.invalid || !subject) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const value = subject.acceptsValue && v.value?.trim() ? Number(v.value.replace(',', '.')) : null;
    const body: CreateProgressEntryInput = {
      regionId: v.regionId ?? '',
      year: Number(v.year),
      entryDate: v.entryDate ?? helsinkiDay(),
      actionId: subject.kind === 'action' ? subject.id : null,
      criterionId: subject.kind === 'criterion' ? subject.id : null,
      value,
      unit: value !== null && !subject.unit && v.unit?.trim() ? v.unit.trim() : null,
      narrative: (v.narrative ?? '').trim(),
      evidenceUrl: v.evidenceUrl?.trim() || null,
      closedYearReason: v.closedYearReason?.trim() || null,
    };
    this.saving.set(true);
    this.serverErrors.set([]);
    try {
      await this.api.create(body);
      clearDraft(this.store);
      this.snack.open(this.transloco.translate('plans.log.saved'), undefined, { duration: 3000 });
      this.resetKeepingRegion();
      this.restored.set(false);
      this.needsReason.set(false);
      // the next entry starts where the last one did: at the action/criterion search
      this.focus.focusAfterRender('[data-testid="log-subject"]');
    } catch (error) {
      const errors = (error as { error?: { errors?: FieldError[] } }).error?.errors ?? [];
      this.serverErrors.set(errors);
      if (errors.some((e) => e.field === 'closedYearReason')) this.needsReason.set(true);
      this.snack.open(this.transloco.translate('plans.error', { message: errorMessage(error) }), 'OK');
    } finally {
      this.saving.set(false);
    }
  }

  /**
   * Empties the form for the next entry. `resetForm` on the form directive (not only the group's
   * `reset`) also clears the "submitted" state, so the emptied required fields do not turn red.
   */
  private resetKeepingRegion(): void {
    const regionId = this.form.controls.regionId.value;
    const value = { regionId, subject: null, year: this.defaultYear(regionId || null), entryDate: helsinkiDay(), value: '', unit: '', narrative: '', evidenceUrl: '', closedYearReason: '' };
    const directive = this.formDirective();
    if (directive) directive.resetForm(value);
    else this.form.reset(value);
  }

  private defaultYear(regionId: string | null): number {
    return defaultProgressYear(this.planList.hasValue() ? this.planList.value() : [], regionId, new Date().getUTCFullYear());
  }

  private keepDraft(): void {
    const v = this.form.getRawValue();
    const s = v.subject && typeof v.subject === 'object' ? v.subject : null;
    const value = v.value && NUMBER.test(v.value) ? Number(v.value.replace(',', '.')) : null;
    writeDraft(this.store, {
      regionId: v.regionId || null,
      target: s ? { kind: s.kind, id: s.id, title: s.title } : null,
      year: v.year === null ? null : Number(v.year),
      entryDate: v.entryDate || null,
      value,
      unit: v.unit || null,
      narrative: v.narrative ?? '',
      evidenceUrl: v.evidenceUrl ?? '',
      savedAt: new Date().toISOString(),
    });
  }

  /**
   * A reminder mail's link (`?region=&kind=criterion|action&id=&year=&title=`) opens the form on
   * that item, region and year; it wins over a stored draft's choices (the draft's text stays).
   */
  private prefillFromLink(): void {
    const q = this.route.snapshot.queryParamMap;
    const kind = q.get('kind');
    const id = q.get('id');
    const region = q.get('region');
    const year = Number(q.get('year'));
    if (region) this.form.patchValue({ regionId: region });
    if (Number.isInteger(year) && year >= 2000 && year <= 2100) {
      this.form.patchValue({ year });
      this.form.controls.year.markAsDirty(); // the plans' default year must not replace it
    }
    if ((kind === 'criterion' || kind === 'action') && id) void this.refreshSubject(kind, id, q.get('title') ?? '');
  }

  private async refreshSubject(kind: string, id: string, title: string): Promise<void> {
    const found = (await this.api.targets({ regionId: this.form.controls.regionId.value || null, q: title })).find((x) => x.kind === kind && x.id === id);
    if (found) this.form.controls.subject.setValue(found, { emitEvent: true });
  }
}
