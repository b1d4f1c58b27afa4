import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { HttpErrorResponse } from '@angular/common/http';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { REPORT_LANGUAGES, type AnnualReportDto, type AnnualReportSectionDto, type ReportLanguage, type ReportSectionConflictDto, type ReportSectionEvidenceDto } from '@suunta/shared-domain';
import { mergeTexts, ReportsApi, UnsavedTextStore } from '@suunta/web-reports-data-access';
import { confirmStep, DataLangDirective, FocusService, SU_DATEPICKER } from '@suunta/web-ui';
import { message } from '../list/report-list-page';
import { ReportTextView } from '../preview/report-text-view';

type SaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';
interface SectionState {
  text: string;
  version: number;
  state: SaveState;
  conflict: ReportSectionConflictDto | null;
  merged: string | null;
}

const AUTOSAVE_MS = 1500;

/**
 * The report editor: sections along the themes, the draft beside the text, the year's entries and
 * the survey score at hand. Typing is autosaved (debounced) and kept in localStorage until the
 * server has it; a save refused with 409 shows the other person's text beside yours to merge.
 */
@Component({
  selector: 'su-report-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, DatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, SU_DATEPICKER, DataLangDirective, TranslocoPipe, ReportTextView],
  templateUrl: './report-editor-page.html',
  styleUrl: './report-editor-page.css',
})
export class ReportEditorPage {
  readonly id = input.required<string>();
  private readonly api = inject(ReportsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly focus = inject(FocusService);
  private readonly store = new UnsavedTextStore();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  protected readonly report = signal<AnnualReportDto | null>(null);
  protected readonly evidence = signal<ReportSectionEvidenceDto[]>([]);
  protected readonly sections = signal<Record<string, SectionState>>({});
  protected readonly previewing = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** The report does not exist (404) or the address is not a report id (400). */
  protected readonly notFound = signal(false);
  protected readonly asking = signal(false);
  protected reopenReason = '';
  protected reopenRequestMessage = '';
  protected details = { authorName: '', authorTitle: '', reportDate: '', introduction: '' };

  protected readonly canEdit = computed(() => this.report()?.permissions.canEdit ?? false);
  /** The language can be changed while the report is a draft (the API refuses it later). */
  protected readonly canChangeLanguage = computed(() => this.canEdit() && this.report()?.status === 'draft');
  protected readonly languages = REPORT_LANGUAGES;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      // leaving the page: save what is pending now (it is in localStorage as well)
      for (const [sectionId, timer] of this.timers) {
        clearTimeout(timer);
        void this.save(sectionId);
      }
    });
    queueMicrotask(() => void this.load());
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    try {
      const report = await this.api.get(this.id());
      this.apply(report);
      this.evidence.set(await this.api.evidence(report.id));
    } catch (e) {
      if (e instanceof HttpErrorResponse && (e.status === 404 || e.status === 400)) this.notFound.set(true);
      else this.error.set(message(e));
    }
  }

  private apply(report: AnnualReportDto): void {
    this.report.set(report);
    this.details = {
      authorName: report.authorName ?? '',
      authorTitle: report.authorTitle ?? '',
      reportDate: report.reportDate ?? '',
      introduction: report.introduction,
    };
    const next: Record<string, SectionState> = {};
    let restored = false;
    for (const s of report.sections) {
      const kept = this.store.read(s.id);
      if (kept && kept.body !== s.body && report.permissions.canEdit) {
        // unsaved text from an earlier visit: bring it back and save it (a 409 shows both if someone saved since)
        next[s.id] = { text: kept.body, version: kept.baseVersion, state: 'unsaved', conflict: null, merged: null };
        restored = true;
      } else {
        if (kept) this.store.clear(s.id);
        next[s.id] = { text: s.body, version: s.version, state: 'idle', conflict: null, merged: null };
      }
    }
    this.sections.set(next);
    if (restored) {
      this.notice.set('restored');
      for (const [id, st] of Object.entries(next)) if (st.state === 'unsaved') this.schedule(id);
    }
  }

  protected sectionState(id: string): SectionState {
    return this.sections()[id];
  }

  private patch(id: string, change: Partial<SectionState>): void {
    this.sections.update((all) => ({ ...all, [id]: { ...all[id], ...change } }));
  }

  protected onInput(section: AnnualReportSectionDto, text: string): void {
    const st = this.sectionState(section.id);
    this.patch(section.id, { text, state: 'unsaved' });
    this.store.write(section.id, text, st.version);
    if (!st.conflict) this.schedule(section.id);
  }

  private schedule(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.set(id, setTimeout(() => void this.save(id), AUTOSAVE_MS));
  }

  private async save(id: string, body?: string): Promise<void> {
    this.timers.delete(id);
    const report = this.report();
    const st = this.sectionState(id);
    if (!report || !st || st.conflict) return;
    const text = body ?? st.text;
    this.patch(id, { state: 'saving' });
    try {
      const result = await this.api.saveSection(report.id, id, { version: st.version, body: text });
      if (result.kind === 'saved') {
        const now = this.sectionState(id);
        // text typed while the save was under way stays unsaved and is saved next
        const changedSince = now.text !== text;
        this.patch(id, { version: result.section.version, state: changedSince ? 'unsaved' : 'saved' });
        if (changedSince) {
          this.store.write(id, now.text, result.section.version);
          this.schedule(id);
        } else {
          this.store.clear(id);
        }
      } else {
        // never overwrite: keep my text (also in localStorage) and show theirs beside it
        this.patch(id, { state: 'unsaved', conflict: result.current, merged: null });
      }
    } catch {
      this.patch(id, { state: 'error' });
      this.schedule(id);
    }
  }

  protected startMerge(id: string): void {
    const st = this.sectionState(id);
    if (st.conflict) this.patch(id, { merged: mergeTexts(st.conflict.body, st.text) });
  }

  protected setMerged(id: string, text: string): void {
    this.patch(id, { merged: text });
  }

  protected useTheirs(id: string): void {
    const st = this.sectionState(id);
    if (st.conflict) this.patch(id, { merged: st.conflict.body });
  }

  protected async saveMerged(id: string): Promise<void> {
    const st = this.sectionState(id);
    if (!st.conflict || st.merged === null) return;
    const text = st.merged;
    this.patch(id, { text, version: st.conflict.version, conflict: null, merged: null });
    this.store.write(id, text, st.conflict.version);
    await this.save(id, text);
  }

  protected useDraft(section: AnnualReportSectionDto): void {
    const st = this.sectionState(section.id);
    const draft = section.draft ?? '';
    this.onInput(section, st.text.trim() ? `${st.text.trim()}\n\n${draft}` : draft);
  }

  protected evidenceOf(sectionId: string): ReportSectionEvidenceDto | undefined {
    return this.evidence().find((e) => e.sectionId === sectionId);
  }

  protected surveyOf(section: AnnualReportSectionDto) {
    return this.report()?.survey?.themes.find((t) => t.focusAreaId && t.focusAreaId === section.focusAreaId) ?? null;
  }

  /** Finnish decimal comma, one decimal: 4.15 → "4,2". */
  protected decimal(value: number | null): string {
    return value === null ? '–' : value.toFixed(1).replace('.', ',');
  }

  protected exportUrl(format: 'docx' | 'pdf' | 'md'): string {
    return this.api.exportUrl(this.id(), format);
  }

  protected async saveDetails(): Promise<void> {
    const r = this.report();
    if (!r) return;
    await this.run(() =>
      this.api.update(r.id, {
        version: r.version,
        authorName: this.details.authorName || null,
        authorTitle: this.details.authorTitle || null,
        reportDate: this.details.reportDate || null,
        introduction: this.details.introduction,
      }),
    );
  }

  /** Another language: the drafts (and a title still as generated) are made again in it; the text written stays. */
  protected async changeLanguage(language: ReportLanguage): Promise<void> {
    const r = this.report();
    if (!r || language === r.language) return;
    await this.run(() => this.api.update(r.id, { version: r.version, language }), 'languageChanged');
  }

  protected async redraft(): Promise<void> {
    await this.run(() => this.api.redraft(this.id()));
  }
  protected async submit(): Promise<void> {
    await this.run(() => this.api.submit(this.id()), 'submittedDone');
  }
  protected async approve(): Promise<void> {
    if (!(await this.confirm('approveConfirm'))) return;
    await this.run(() => this.api.approve(this.id()), 'approvedDone');
  }
  protected async reopen(): Promise<void> {
    if (!(await this.confirm('reopenConfirm'))) return;
    if (await this.run(() => this.api.reopen(this.id(), this.reopenReason), 'reopenedDone')) this.reopenReason = '';
  }
  protected async requestReopen(): Promise<void> {
    const text = this.reopenRequestMessage.trim();
    if (!text) return;
    if (await this.run(() => this.api.requestReopen(this.id(), text), 'reopenRequest.sent')) {
      this.reopenRequestMessage = '';
      this.asking.set(false);
    }
  }

  private confirm(key: 'approveConfirm' | 'reopenConfirm'): Promise<boolean> {
    const t = (k: string) => this.transloco.translate(`reports.${key}.${k}`, { title: this.report()?.title ?? '' });
    return confirmStep(this.dialog, { title: t('title'), body: t('body'), confirm: t('confirm'), cancel: this.transloco.translate('reports.cancel') });
  }

  /** Runs a step, shows the report as it now is and says so (`doneKey`); resolves whether it was saved. */
  private async run(action: () => Promise<AnnualReportDto>, doneKey?: string): Promise<boolean> {
    this.error.set(null);
    try {
      this.apply(await action());
      if (doneKey) {
        this.snack.open(this.transloco.translate(`reports.${doneKey}`), undefined, { duration: 4000 });
        this.focus.focusAfterRender('[data-testid="report-status"]');
      }
      return true;
    } catch (e) {
      this.error.set(message(e));
      return false;
    }
  }
}
