import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { PlanSummaryDto, ProgressEntryDetailDto } from '@suunta/shared-domain';
import { PROGRESS_LIMITS } from '@suunta/shared-domain';
import {
  apiFieldErrors,
  closingPlan,
  correctionFormOf,
  correctionInput,
  DECIMAL_PATTERN,
  httpStatus,
  ProgressApi,
  WEB_ADDRESS_PATTERN,
} from '@suunta/web-plans-data-access';
import { errorMessage } from '../plans-i18n';
import { applyFieldErrors, focusFirstInvalid, focusSoon, notBlank } from '../shared/form-utils';

export interface EntryDialogData {
  entryId: string;
  /** All plans (to know whether the entry's year is closed). */
  plans: readonly PlanSummaryDto[];
  regionName: (id: string) => string;
  /** May the user correct and retract entries of this region (the API decides in the end). */
  canWrite: (regionId: string) => boolean;
  date: (iso: string) => string;
  number: (value: number) => string;
}

type Mode = 'view' | 'correct' | 'retract';

/**
 * One progress entry: its details and revision history; correcting it (value, narrative, evidence
 * link; a reason when the year is closed) and retracting it with a reason. A stale version (409)
 * reloads the entry and says so. Closes with `true` when something was saved.
 */
@Component({
  selector: 'su-entry-dialog',
  imports: [ReactiveFormsModule, TranslocoDirective, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'plans'">
      <h2 mat-dialog-title id="entry-dialog-title">{{ t('entry.title') }}</h2>
      <mat-dialog-content>
        <p class="notice" role="alert" tabindex="-1" data-testid="entry-notice">{{ notice() }}</p>
        @if (entry(); as e) {
          <dl class="facts">
            <dt>{{ t('date') }}</dt><dd>{{ data.date(e.entryDate) }} ({{ t('year') }} {{ e.year }})</dd>
            <dt>{{ t('region') }}</dt><dd>{{ data.regionName(e.regionId) }}</dd>
            <dt>{{ t('subject') }}</dt><dd>{{ e.actionTitle ?? e.criterionTitle }}</dd>
            @if (e.value !== null) { <dt>{{ t('value') }}</dt><dd data-testid="entry-value">{{ data.number(e.value) }} {{ e.unit }}</dd> }
            <dt>{{ t('narrative') }}</dt><dd class="text" data-testid="entry-narrative">{{ e.narrative }}</dd>
            @if (e.evidenceUrl) { <dt>{{ t('evidence') }}</dt><dd><a [href]="e.evidenceUrl" target="_blank" rel="noopener noreferrer">{{ e.evidenceUrl }}</a></dd> }
            @if (e.closedYearReason) { <dt>{{ t('entry.closedYearReason') }}</dt><dd>{{ e.closedYearReason }}</dd> }
            <dt>{{ t('author') }}</dt><dd>{{ e.authorName }}</dd>
            <dt>{{ t('entry.version') }}</dt><dd>{{ e.version }}</dd>
            @if (e.retracted) { <dt>{{ t('entry.state') }}</dt><dd><strong>{{ t('entry.retracted') }}</strong></dd> }
          </dl>

          @if (mode() === 'correct') {
            <form [formGroup]="correctForm" (ngSubmit)="saveCorrection()" novalidate [attr.aria-label]="t('entry.correct')">
              @if (valueEditable()) {
                <mat-form-field>
                  <mat-label>{{ t('log.value') }}</mat-label>
                  <input matInput formControlName="value" inputmode="decimal" data-testid="entry-edit-value" />
                  @if (e.unit) { <span matTextSuffix>&nbsp;{{ e.unit }}</span> }
                  @if (correctForm.controls.value.hasError('pattern')) { <mat-error>{{ t('log.number') }}</mat-error> }
                  @if (correctForm.controls.value.hasError('server')) { <mat-error>{{ correctForm.controls.value.getError('server') }}</mat-error> }
                </mat-form-field>
              }
              <mat-form-field>
                <mat-label>{{ t('log.narrative') }}</mat-label>
                <textarea matInput formControlName="narrative" rows="4" required [attr.maxlength]="limits.narrative" data-testid="entry-edit-narrative"></textarea>
                @if (correctForm.controls.narrative.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
                @if (correctForm.controls.narrative.hasError('server')) { <mat-error>{{ correctForm.controls.narrative.getError('server') }}</mat-error> }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ t('log.evidence') }}</mat-label>
                <input matInput type="url" formControlName="evidenceUrl" [attr.maxlength]="limits.url" data-testid="entry-edit-evidence" />
                @if (correctForm.controls.evidenceUrl.hasError('pattern')) { <mat-error>{{ t('log.url') }}</mat-error> }
                @if (correctForm.controls.evidenceUrl.hasError('server')) { <mat-error>{{ correctForm.controls.evidenceUrl.getError('server') }}</mat-error> }
              </mat-form-field>
              @if (yearClosed()) {
                <mat-form-field>
                  <mat-label>{{ t('log.closedYearReason') }}</mat-label>
                  <input matInput formControlName="closedYearReason" required [attr.maxlength]="limits.reason" />
                  <mat-hint>{{ t('entry.closedYearHint', { year: e.year }) }}</mat-hint>
                  @if (correctForm.controls.closedYearReason.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
                  @if (correctForm.controls.closedYearReason.hasError('server')) { <mat-error>{{ correctForm.controls.closedYearReason.getError('server') }}</mat-error> }
                </mat-form-field>
              }
              <mat-form-field>
                <mat-label>{{ t('entry.correctionReason') }}</mat-label>
                <input matInput formControlName="correctionReason" [attr.maxlength]="limits.reason" data-testid="entry-edit-reason" />
                <mat-hint>{{ t('entry.correctionReasonHint') }}</mat-hint>
              </mat-form-field>
              <div class="buttons">
                <button mat-button type="button" (click)="setMode('view')">{{ t('cancel') }}</button>
                <button mat-flat-button type="submit" [disabled]="busy()" data-testid="entry-save">{{ t('entry.saveCorrection') }}</button>
              </div>
            </form>
          } @else if (mode() === 'retract') {
            <form [formGroup]="retractForm" (ngSubmit)="retract()" novalidate [attr.aria-label]="t('entry.retract')">
              <p>{{ t('entry.retractExplain') }}</p>
              <mat-form-field>
                <mat-label>{{ t('entry.retractReason') }}</mat-label>
                <input matInput formControlName="reason" required [attr.maxlength]="limits.reason" data-testid="entry-retract-reason" />
                @if (retractForm.controls.reason.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
                @if (retractForm.controls.reason.hasError('server')) { <mat-error>{{ retractForm.controls.reason.getError('server') }}</mat-error> }
              </mat-form-field>
              <div class="buttons">
                <button mat-button type="button" (click)="setMode('view')">{{ t('cancel') }}</button>
                <button mat-flat-button type="submit" [disabled]="busy()" data-testid="entry-retract-confirm">{{ t('entry.retract') }}</button>
              </div>
            </form>
          } @else if (canWrite()) {
            <div class="buttons">
              <button mat-stroked-button type="button" (click)="setMode('correct')" data-testid="entry-correct">{{ t('entry.correct') }}</button>
              <button mat-stroked-button type="button" (click)="setMode('retract')" data-testid="entry-retract">{{ t('entry.retract') }}</button>
            </div>
          }

          <section aria-labelledby="entry-history-heading" data-testid="entry-history">
            <h3 id="entry-history-heading" tabindex="-1">{{ t('entry.history') }}</h3>
            @if (e.revisions.length === 0) {
              <p>{{ t('entry.noRevisions') }}</p>
            } @else {
              <ol class="revisions" reversed>
                @for (r of revisionsNewestFirst(); track r.revision) {
                  <li>
                    <p class="meta">{{ t('entry.revisionMeta', { revision: r.revision, name: r.replacedByName ?? '—', date: data.date(r.replacedAt.slice(0, 10)) }) }}</p>
                    @if (r.reason) { <p>{{ t('entry.reason') }}: {{ r.reason }}</p> }
                    @if (r.value !== null) { <p>{{ t('value') }}: {{ data.number(r.value) }} {{ r.unit }}</p> }
                    <p class="text">{{ r.narrative }}</p>
                    @if (r.evidenceUrl) { <p>{{ t('evidence') }}: {{ r.evidenceUrl }}</p> }
                  </li>
                }
              </ol>
            }
          </section>
        } @else if (loadError()) {
          <p role="alert">{{ loadError() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="close()" data-testid="entry-close">{{ t('close') }}</button>
      </mat-dialog-actions>
    </ng-container>
  `,
  styles: `mat-dialog-content { min-width: min(640px, 90vw); } form { display: flex; flex-direction: column; margin: 8px 0 16px; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 12px; } .facts dt { font-weight: 500; } .facts dd { margin: 0; }
    .text { white-space: pre-wrap; } .buttons { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }
    .notice:empty { display: none; } .notice { padding: 8px 12px; border-left: 4px solid var(--mat-sys-error, #b3261e); background: var(--mat-sys-error-container, #f9dedc); }
    .revisions { padding-left: 20px; } .revisions li { margin-bottom: 12px; } .revisions p { margin: 2px 0; } .meta { font-weight: 500; }`,
})
export class EntryDialog implements OnInit {
  protected readonly data = inject<EntryDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<EntryDialog, boolean>);
  private readonly api = inject(ProgressApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly snack = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly limits = PROGRESS_LIMITS;
  protected readonly entry = signal<ProgressEntryDetailDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly mode = signal<Mode>('view');
  protected readonly busy = signal(false);
  /** A message that needs attention (a stale version, a refusal), read out by screen readers. */
  protected readonly notice = signal('');
  private changed = false;

  protected readonly canWrite = computed(() => {
    const e = this.entry();
    return !!e && !e.retracted && this.data.canWrite(e.regionId);
  });
  /** A number can be corrected where the entry has one (the criterion or action takes numbers). */
  protected readonly valueEditable = computed(() => this.entry()?.value !== null);
  private readonly serverSaysClosed = signal(false);
  protected readonly yearClosed = computed(() => {
    const e = this.entry();
    return !!e && (this.serverSaysClosed() || closingPlan(this.data.plans, e.year, e.regionId) !== null);
  });
  protected readonly revisionsNewestFirst = computed(() => [...(this.entry()?.revisions ?? [])].sort((a, b) => b.revision - a.revision));

  protected readonly correctForm = this.fb.group({
    value: ['', Validators.pattern(DECIMAL_PATTERN)],
    narrative: ['', [Validators.required, notBlank, Validators.maxLength(PROGRESS_LIMITS.narrative)]],
    evidenceUrl: ['', [Validators.pattern(WEB_ADDRESS_PATTERN), Validators.maxLength(PROGRESS_LIMITS.url)]],
    closedYearReason: ['', Validators.maxLength(PROGRESS_LIMITS.reason)],
    correctionReason: ['', Validators.maxLength(PROGRESS_LIMITS.reason)],
  });
  protected readonly retractForm = this.fb.group({
    reason: ['', [Validators.required, notBlank, Validators.maxLength(PROGRESS_LIMITS.reason)]],
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.show(await this.api.get(this.data.entryId));
    } catch (error) {
      this.loadError.set(this.transloco.translate('plans.error', { message: errorMessage(error) }));
    }
  }

  private show(entry: ProgressEntryDetailDto): void {
    this.entry.set(entry);
    this.correctForm.reset(correctionFormOf(entry));
    this.retractForm.reset({ reason: '' });
    this.updateReasonRule();
  }

  /** The closed-year reason is required only when the year is closed. */
  private updateReasonRule(): void {
    const control = this.correctForm.controls.closedYearReason;
    control.setValidators(this.yearClosed() ? [Validators.required, notBlank, Validators.maxLength(PROGRESS_LIMITS.reason)] : [Validators.maxLength(PROGRESS_LIMITS.reason)]);
    control.updateValueAndValidity();
  }

  protected setMode(mode: Mode): void {
    this.mode.set(mode);
    this.notice.set('');
    const e = this.entry();
    if (e) this.show(e);
    focusSoon(this.host, mode === 'correct' ? 'form input, form textarea' : mode === 'retract' ? 'form input' : '[data-testid="entry-correct"]');
  }

  protected async saveCorrection(): Promise<void> {
    const e = this.entryToSend(this.correctForm);
    if (!e) return;
    const body = correctionInput(e, this.correctForm.getRawValue(), this.valueEditable());
    if (!body) {
      this.say(this.transloco.translate('plans.entry.nothingChanged'));
      return;
    }
    await this.write(() => this.api.correct(e.id, body), this.correctForm, 'plans.entry.corrected');
  }

  protected async retract(): Promise<void> {
    const e = this.entryToSend(this.retractForm);
    if (!e) return;
    await this.write(() => this.api.retract(e.id, { version: e.version, reason: this.retractForm.getRawValue().reason.trim() }), this.retractForm, 'plans.entry.retractedDone');
  }

  /** The entry, when `form` may be sent; otherwise null, with the form's errors shown and the first focused. */
  private entryToSend(form: typeof this.correctForm | typeof this.retractForm): ProgressEntryDetailDto | null {
    const e = this.entry();
    if (!e) return null;
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return null;
    }
    return e;
  }

  private async write(change: () => Promise<ProgressEntryDetailDto>, form: typeof this.correctForm | typeof this.retractForm, doneKey: string): Promise<void> {
    this.busy.set(true);
    this.notice.set('');
    try {
      const saved = await change();
      this.changed = true;
      this.mode.set('view');
      this.show(saved);
      this.snack.open(this.transloco.translate(doneKey), undefined, { duration: 3000 });
      focusSoon(this.host, '#entry-history-heading');
    } catch (error) {
      const status = httpStatus(error);
      if (status === 409) {
        // someone else corrected or retracted it: show the entry as it is now, and say so
        this.changed = true;
        this.mode.set('view');
        await this.load();
        this.say(this.transloco.translate('plans.entry.stale'));
        return;
      }
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors.some((f) => f.field === 'closedYearReason')) {
        this.serverSaysClosed.set(true);
        this.updateReasonRule();
      }
      const unplaced = status === 400 ? applyFieldErrors(form, fieldErrors) : [];
      if (status === 400 && fieldErrors.length > 0 && unplaced.length === 0) {
        focusFirstInvalid(this.host);
      } else {
        this.say(status === 403 ? this.transloco.translate('plans.entry.forbidden') : this.transloco.translate('plans.error', { message: errorMessage(error) }));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** Shows a message in the alert region and moves focus there. */
  private say(message: string): void {
    this.notice.set(message);
    focusSoon(this.host, '[data-testid="entry-notice"]');
  }

  protected close(): void {
    this.ref.close(this.changed);
  }
}
