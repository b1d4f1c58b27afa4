import { Directive, inject, Injector, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { AuthService, LanguageService } from '@suunta/web-core';
import { StrategyApi, StrategyStore } from '@suunta/web-strategy-data-access';
import { firstValueFrom } from 'rxjs';
import type { EditResult } from '../dialogs/edit-dialog-base';
import { saveProblem } from './form-errors.util';
import { DIALOG_DEFAULTS } from '@suunta/web-ui';

/** What the strategy pages share: the store, who may edit, dialogs and the status line. */
@Directive()
export abstract class StrategyPageBase {
  protected readonly store = inject(StrategyStore);
  protected readonly api = inject(StrategyApi);
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  /** The page's injector, so a dialog's datepicker gets the route's translated labels. */
  private readonly injector = inject(Injector);

  /** The polite status line under the heading (saved, deleted…) and the error line. */
  readonly notice = signal<{ key: string; params?: Record<string, unknown> } | null>(null);
  readonly failure = signal<{ key: string; params?: Record<string, unknown> } | null>(null);

  /** Writing the strategy is for the management group and admins, and only in a draft. */
  protected canEdit(): boolean {
    return this.store.editable() && this.auth.hasRole('management', 'admin');
  }
  protected canManage(): boolean {
    return this.auth.hasRole('management', 'admin');
  }

  /** Opens an edit dialog; on save (or "load the latest") reloads the tree and says so. */
  protected async edit<T>(component: unknown, data: unknown): Promise<T | undefined> {
    const ref = this.dialog.open<unknown, unknown, EditResult<T>>(component as never, { ...DIALOG_DEFAULTS, data, injector: this.injector, autoFocus: 'first-tabbable', maxWidth: '720px', width: '92vw' });
    const result = await firstValueFrom(ref.afterClosed());
    if (result === undefined) return undefined;
    this.failure.set(null);
    await this.bringUpToDate();
    this.notice.set(result === 'reload' ? null : { key: 'edit.saved' });
    return result === 'reload' ? undefined : (result as T);
  }

  /** Runs a change that needs no form (delete, reorder); problems are shown in the error line. */
  protected async change(work: () => Promise<unknown>, done: string): Promise<boolean> {
    this.notice.set(null);
    this.failure.set(null);
    try {
      await work();
    } catch (error) {
      const problem = saveProblem(error);
      this.failure.set(problem.kind === 'message' ? { key: problem.key, params: problem.params } : { key: 'errors.generic' });
      if (problem.kind === 'message' && problem.key === 'errors.listChanged') await this.store.refresh().catch(() => undefined);
      return false;
    }
    await this.bringUpToDate();
    this.notice.set({ key: done });
    return true;
  }

  /**
   * Reads the strategy and its lists again after a change. The change itself is saved (its notice
   * follows); should the reading fail, the page says so instead of quietly showing what was there
   * before (an unhandled rejection did, with the dialog closed and the list unchanged).
   */
  private async bringUpToDate(): Promise<void> {
    try {
      await this.store.refresh();
    } catch {
      this.failure.set({ key: 'errors.refreshFailed' });
    }
  }

  protected async confirm(component: unknown, name: string): Promise<boolean> {
    const ref = this.dialog.open(component as never, { ...DIALOG_DEFAULTS, data: { name }, role: 'alertdialog' });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
