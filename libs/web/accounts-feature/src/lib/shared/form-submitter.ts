import { HttpErrorResponse } from '@angular/common/http';
import { ElementRef, inject, signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { focusFirstInvalid } from './form-errors';

/**
 * The submit flow of the account forms: an invalid form is not sent, its fields are marked and the
 * focus goes to the first invalid one; a valid one is sent with `busy` on (the submit button is
 * disabled meanwhile). Create it in a field initializer: it takes the page's host element.
 */
export class FormSubmitter {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  readonly busy = signal(false);

  /** True when the form may be sent (and `ready`, e.g. the link has its token); else marks and focuses. */
  check(form: AbstractControl, ready = true): boolean {
    if (!form.invalid && ready) return true;
    form.markAllAsTouched();
    this.focusInvalid();
    return false;
  }

  /** After rendering, so the fields' error state is on screen first. */
  focusInvalid(): void {
    setTimeout(() => focusFirstInvalid(this.host));
  }

  /** Runs `send` with `busy` on; a failure (of the request or of what follows it) goes to `fail`. */
  async run(send: () => Promise<unknown>, fail: (error: unknown) => void): Promise<void> {
    this.busy.set(true);
    try {
      await send();
    } catch (error) {
      fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}

/** Minutes to wait after a 429 (the Retry-After header in seconds, rounded up; `fallbackSeconds` without one), else null. */
export function throttledMinutes(error: unknown, fallbackSeconds: number): number | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 429) return null;
  const seconds = Number(error.headers.get('Retry-After')) || fallbackSeconds;
  return Math.max(1, Math.ceil(seconds / 60));
}
