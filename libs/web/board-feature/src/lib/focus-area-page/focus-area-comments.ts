import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { COMMENT_MAX_LENGTH, dateTimeFormat } from '@suunta/shared-domain';
import type { CommentDto } from '@suunta/shared-domain';
import { BoardApi } from '@suunta/web-board-data-access';
import { AuthService, LanguageService } from '@suunta/web-core';
import { commentDraftKey, commentProblem, readCommentDraft, writeCommentDraft } from './comment-draft.util';

/**
 * "Kommentit": the board's comments on a focus area for the year (and region) shown. Everyone
 * reads; board, management and admins write (the form is hidden for others, the API enforces it).
 * Authors edit and delete their own comments, admins delete any. Unsent text stays in
 * localStorage until it is sent; a 409 (changed elsewhere) reloads the list and says so.
 */
@Component({
  selector: 'su-focus-area-comments',
  imports: [TranslocoPipe, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './focus-area-comments.html',
  styles: `
    :host { display: block; }
    .muted { color: var(--su-text-muted, #555); }
    .error { color: var(--su-error, #b3261e); }
    ol { list-style: none; padding: 0; margin: 0; }
    li { border-bottom: 1px solid #d6d6d6; padding: 8px 0; }
    .meta { font-size: 0.875rem; color: var(--su-text-muted, #555); }
    .body { white-space: pre-line; max-width: 70ch; margin: 4px 0; }
    label { display: block; font-weight: 500; margin: 12px 0 4px; }
    textarea { width: 100%; max-width: 70ch; box-sizing: border-box; font: inherit; padding: 6px; }
    textarea[aria-invalid='true'] { border: 2px solid var(--su-error, #b3261e); }
    .actions { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class FocusAreaComments {
  private readonly api = inject(BoardApi);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;

  readonly focusAreaId = input.required<string>();
  readonly year = input.required<number>();
  readonly regionId = input<string | null>(null);

  protected readonly max = COMMENT_MAX_LENGTH;
  protected readonly comments = signal<CommentDto[]>([]);
  protected readonly loadFailed = signal(false);
  protected readonly busy = signal(false);
  protected readonly text = signal('');
  /** Translation key (under board.comments) of the new comment's problem, shown after an attempt. */
  protected readonly formError = signal<string | null>(null);
  /** A failure of an edit or delete (conflict, other error), shown above the list. */
  protected readonly listError = signal<string | null>(null);
  /** Read out by screen readers after posting, editing or deleting. */
  protected readonly announcement = signal('');
  protected readonly editingId = signal<string | null>(null);
  protected readonly editText = signal('');
  protected readonly editError = signal<string | null>(null);

  protected readonly canWrite = computed(() => !!this.auth.me() && this.auth.hasRole('board', 'management', 'admin'));
  private readonly meId = computed(() => this.auth.me()?.id ?? null);
  private readonly isAdmin = computed(() => !!this.auth.me() && this.auth.hasRole('admin'));
  private readonly draftKey = computed(() => commentDraftKey(this.focusAreaId(), this.year(), this.regionId()));

  constructor() {
    void this.auth.ensureLoaded().catch(() => null);
    effect(() => {
      const key = this.draftKey();
      const [id, year, regionId] = [this.focusAreaId(), this.year(), this.regionId()];
      untracked(() => {
        this.text.set(readCommentDraft(key));
        this.formError.set(null);
        this.editingId.set(null);
        void this.load(id, year, regionId);
      });
    });
  }

  protected isOwn(c: CommentDto): boolean {
    return c.authorId === this.meId();
  }

  protected canDelete(c: CommentDto): boolean {
    return this.isOwn(c) || this.isAdmin();
  }

  protected dateTime(iso: string): string {
    return dateTimeFormat(this.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  protected onInput(value: string): void {
    this.text.set(value);
    writeCommentDraft(this.draftKey(), value);
    if (this.formError() && !commentProblem(value)) this.formError.set(null);
  }

  protected async submit(): Promise<void> {
    const problem = commentProblem(this.text());
    if (problem) {
      this.formError.set(`errors.${problem}`);
      return;
    }
    this.busy.set(true);
    this.formError.set(null);
    try {
      const created = await this.api.postComment({ focusAreaId: this.focusAreaId(), year: this.year(), regionId: this.regionId(), body: this.text().trim() });
      this.comments.update((list) => [...list, created]);
      this.text.set('');
      writeCommentDraft(this.draftKey(), '');
      this.announce('announce.posted');
    } catch {
      // the text stays in the form and in localStorage
      this.formError.set('errors.postFailed');
    } finally {
      this.busy.set(false);
    }
  }

  protected startEdit(c: CommentDto): void {
    this.listError.set(null);
    this.editError.set(null);
    this.editingId.set(c.id);
    this.editText.set(c.body);
  }

  protected cancelEdit(): void {
    this.editingId.set(null);
    this.editError.set(null);
  }

  protected async saveEdit(c: CommentDto): Promise<void> {
    const problem = commentProblem(this.editText());
    if (problem) {
      this.editError.set(`errors.${problem}`);
      return;
    }
    this.busy.set(true);
    try {
      const saved = await this.api.editComment(c.id, this.editText().trim(), c.version);
      this.comments.update((list) => list.map((x) => (x.id === saved.id ? saved : x)));
      this.editingId.set(null);
      this.editError.set(null);
      this.announce('announce.edited');
    } catch (e) {
      if (isConflict(e)) {
        // keep the edited text open so it can be copied; show the current version in the list
        this.editError.set('errors.conflict');
        await this.reload();
      } else {
        this.editError.set(isGone(e) ? 'errors.gone' : 'errors.saveFailed');
        if (isGone(e)) await this.reload();
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(c: CommentDto): Promise<void> {
    if (!confirm(this.transloco.translate('board.comments.confirmDelete'))) return;
    this.busy.set(true);
    this.listError.set(null);
    try {
      await this.api.deleteComment(c.id, c.version);
      this.comments.update((list) => list.filter((x) => x.id !== c.id));
      this.announce('announce.deleted');
    } catch (e) {
      this.listError.set(isConflict(e) ? 'errors.conflict' : isGone(e) ? 'errors.gone' : 'errors.deleteFailed');
      if (isConflict(e) || isGone(e)) await this.reload();
    } finally {
      this.busy.set(false);
    }
  }

  private announce(key: string): void {
    this.announcement.set(this.transloco.translate(`board.comments.${key}`));
  }

  private reload(): Promise<void> {
    return this.load(this.focusAreaId(), this.year(), this.regionId());
  }

  private async load(id: string, year: number, regionId: string | null): Promise<void> {
    try {
      this.loadFailed.set(false);
      this.comments.set(await this.api.comments(id, year, regionId));
    } catch {
      this.loadFailed.set(true);
    }
  }
}

function isConflict(e: unknown): boolean {
  return e instanceof HttpErrorResponse && e.status === 409;
}

function isGone(e: unknown): boolean {
  return e instanceof HttpErrorResponse && e.status === 404;
}
