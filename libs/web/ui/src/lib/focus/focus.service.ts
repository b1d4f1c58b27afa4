import { DOCUMENT } from '@angular/common';
import { afterNextRender, Directive, ElementRef, inject, Injectable, Injector } from '@angular/core';

export type FocusTarget = HTMLElement | string | (() => HTMLElement | null | undefined);

/**
 * Puts keyboard focus where the user's work continues, so a screen-reader or keyboard user is not
 * dropped onto <body>: after navigation on the page heading, after saving on the saved row or the
 * status message. Elements that are not focusable themselves get `tabindex="-1"` (focusable by
 * script, not in the Tab order).
 */
@Injectable({ providedIn: 'root' })
export class FocusService {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** Focuses the target now; a selector is looked up in `root` (default: the document). Returns whether it found one. */
  focus(target: FocusTarget, root?: ParentNode): boolean {
    const element = this.resolve(target, root);
    if (!element) return false;
    if (!isFocusable(element) && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: false });
    return this.document.activeElement === element;
  }

  /**
   * Focuses the target once the view has rendered the change just made (a saved row appears,
   * a status message shows). Call it right after setting the signals that render the target.
   */
  focusAfterRender(target: FocusTarget, root?: ParentNode): void {
    afterNextRender({ read: () => {
      // A target rendered by a later cycle (data still loading) gets one more chance.
      if (!this.focus(target, root)) setTimeout(() => this.focus(target, root), 50);
    } }, { injector: this.injector });
  }

  /** The page's main heading (`main h1`), for after navigation. */
  focusPageHeading(): boolean {
    return this.focus(() => this.document.querySelector<HTMLElement>('main h1'));
  }

  private resolve(target: FocusTarget, root?: ParentNode): HTMLElement | null {
    if (typeof target === 'string') return (root ?? this.document).querySelector<HTMLElement>(target);
    if (typeof target === 'function') return target() ?? null;
    return target;
  }
}

function isFocusable(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, [contenteditable="true"]') || element.tabIndex >= 0;
}

/**
 * `<p role="status" suFocusOnShow>Saved</p>`: the element takes focus when it appears (it gets
 * `tabindex="-1"`), so the result of a save is where the keyboard is.
 */
@Directive({ selector: '[suFocusOnShow]', host: { tabindex: '-1' } })
export class FocusOnShowDirective {
  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender({ write: () => host.focus() });
  }
}
