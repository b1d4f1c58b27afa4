import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Shown in an edit dialog when the save met a newer version (409): the user decides whether
 * to load what the other person saved or to save their own changes over it.
 */
@Component({
  selector: 'su-conflict-panel',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <section class="conflict" role="alert" aria-labelledby="conflict-title" data-testid="conflict">
      <h3 id="conflict-title">{{ 'strategy.conflict.title' | transloco }}</h3>
      <p>{{ 'strategy.conflict.text' | transloco }}</p>
      <div class="buttons">
        <button mat-stroked-button type="button" (click)="reload.emit()">{{ 'strategy.conflict.reload' | transloco }}</button>
        <button mat-flat-button type="button" (click)="keepMine.emit()">{{ 'strategy.conflict.keepMine' | transloco }}</button>
      </div>
    </section>
  `,
  styles: `
    .conflict { border-left: 4px solid var(--su-warn); background: #fff8ec; padding: 8px 16px; margin: 8px 0 16px; color: var(--su-text); }
    h3 { margin: 4px 0; font-size: 1.05rem; color: var(--su-warn); }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictPanel {
  readonly reload = output<void>();
  readonly keepMine = output<void>();
}
