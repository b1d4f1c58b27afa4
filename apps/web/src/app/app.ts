import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Shell } from './shell/shell';

@Component({
  selector: 'su-root',
  imports: [Shell],
  template: '<su-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
