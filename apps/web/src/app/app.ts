import { ChangeDetectionStrategy, Component } from '@angular/core';
import { UserMenu } from '@suunta/web-accounts-feature';
import { Shell } from './shell/shell';

@Component({
  selector: 'su-root',
  imports: [Shell, UserMenu],
  template: '<su-shell><su-user-menu toolbarEnd /></su-shell>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
