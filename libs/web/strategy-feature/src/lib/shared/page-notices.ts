import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { StrategyPageBase } from './strategy-page.base';

/**
 * A strategy page's status line (saved, deleted…; polite, announced whole) and its error line.
 * `<su-page-notices [page]="this" />` on a page built on StrategyPageBase.
 */
@Component({
  selector: 'su-page-notices',
  imports: [TranslocoPipe],
  template: `
    <div aria-live="polite" aria-atomic="true">
      @if (page().notice(); as n) { <p class="alert ok" role="status" [attr.data-testid]="noticeTestId()">{{ 'strategy.' + n.key | transloco: n.params }}</p> }
    </div>
    @if (page().failure(); as f) { <p class="alert error" role="alert">{{ 'strategy.' + f.key | transloco: f.params }}</p> }
  `,
  styles: `
    :host { display: block; }
    .alert { padding: 10px 16px; border-radius: 4px; margin: 0 0 16px; border-left: 4px solid; background: var(--su-surface); }
    .alert.error { border-color: var(--su-error); color: var(--su-error); }
    .alert.ok { border-color: var(--su-ok); color: var(--su-ok); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageNotices {
  readonly page = input.required<Pick<StrategyPageBase, 'notice' | 'failure'>>();
  readonly noticeTestId = input<string | null>(null);
}
