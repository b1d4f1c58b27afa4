import { Directive, ElementRef, inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { focusFirstInvalid, saveProblem, shownError } from '../shared/form-errors.util';

/** What an edit dialog closes with: the saved item, or `'reload'` when the user chose the other person's version. */
export type EditResult<T> = T | 'reload' | undefined;

/**
 * The save logic every edit dialog shares: client-side validation first (the same rules as the
 * API), then the request; field errors from the API land on their fields, a stale version opens
 * the conflict panel (reload, or keep mine = resend with the newer version).
 */
@Directive()
export abstract class EditDialogBase<T> {
  protected readonly dialogRef = inject<MatDialogRef<unknown, EditResult<T>>>(MatDialogRef);
  protected readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly busy = signal(false);
  readonly conflict = signal(false);
  readonly problem = signal<{ key: string; params?: Record<string, unknown> } | null>(null);

  abstract readonly form: FormGroup;
  /** Sends the form; `version` overrides the one read when the user keeps their own changes. */
  protected abstract send(version?: number): Promise<T>;
  /** The item's version on the server now (only edits can conflict). */
  protected abstract latestVersion(): Promise<number>;

  async submit(): Promise<void> {
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    await this.run(() => this.send());
  }

  async keepMine(): Promise<void> {
    this.conflict.set(false);
    await this.run(async () => this.send(await this.latestVersion()));
  }

  reload(): void {
    this.dialogRef.close('reload');
  }

  cancel(): void {
    this.dialogRef.close(undefined);
  }

  /** The first error of a field, as a translation key under `strategy.` with parameters. */
  err(name: string) {
    return shownError(this.form.get(name));
  }

  private async run(work: () => Promise<T>): Promise<void> {
    this.busy.set(true);
    try {
      this.dialogRef.close(await work());
    } catch (error) {
      const problem = saveProblem(error, this.form);
      if (problem.kind === 'stale') this.conflict.set(true);
      else if (problem.kind === 'message') this.problem.set({ key: problem.key, params: problem.params });
      else setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }
}
