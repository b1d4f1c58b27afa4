import { ChangeDetectionStrategy, Component } from '@angular/core';
// Used only inside @defer below, so the compiler turns this into a dynamic import (a lazy chunk).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { UserMenu } from '@suunta/web-accounts-feature/user-menu';
import { Shell } from './shell/shell';

/**
 * The user menu is deferred: it brings Material's menu and overlay, which the first paint does
 * not need (keeps the initial bundle within its budget). `on immediate` loads it right away,
 * from the feature's `user-menu` entry point: the menu's own small chunk, not the feature's.
 */
@Component({
  selector: 'su-root',
  imports: [Shell, UserMenu],
  template: `
    <su-shell>
      <ng-container ngProjectAs="[toolbarEnd]">
        @defer (on immediate) {
          <su-user-menu />
        }
      </ng-container>
    </su-shell>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
