import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HealthService } from '@suunta/web-core';
import { NAV_ITEMS } from '../shell/nav-items';

@Component({
  selector: 'su-home-page',
  imports: [MatCardModule, MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'home.title' | transloco }}</h1>
    <p class="lead">{{ 'home.lead' | transloco }}</p>
    <ul class="areas" role="list">
      @for (item of nav; track item.path) {
        <li>
          <a class="area" [routerLink]="item.path">
            <mat-icon aria-hidden="true">{{ item.icon }}</mat-icon>
            <span class="name">{{ 'nav.' + item.key | transloco }}</span>
            <span class="hint">{{ 'home.areaHint.' + item.key | transloco }}</span>
          </a>
        </li>
      }
    </ul>
    <p class="status" role="status" data-testid="api-status">
      @switch (databaseUp()) {
        @case (true) { <mat-icon aria-hidden="true" class="ok">check_circle</mat-icon> {{ 'home.status.up' | transloco }} }
        @case (false) { <mat-icon aria-hidden="true" class="down">error</mat-icon> {{ 'home.status.down' | transloco }} }
        @default { {{ 'home.status.checking' | transloco }} }
      }
    </p>
  `,
  styles: `
    .lead { font-size: 1.1rem; max-width: 60ch; }
    .areas { list-style: none; padding: 0; display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); }
    .area { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; padding: 16px; border: 1px solid var(--su-border);
      border-radius: 8px; text-decoration: none; color: inherit; background: var(--su-surface); min-height: 88px; }
    .area:hover, .area:focus-visible { border-color: var(--su-primary); box-shadow: 0 1px 4px rgb(0 0 0 / 0.15); }
    .area mat-icon { grid-row: span 2; color: var(--su-primary); }
    .name { font-weight: 600; }
    .hint { color: var(--su-text-muted); font-size: 0.9rem; }
    .status { display: flex; align-items: center; gap: 8px; color: var(--su-text-muted); }
    .ok { color: var(--su-ok); }
    .down { color: var(--su-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly nav = NAV_ITEMS;
  protected readonly databaseUp = toSignal(inject(HealthService).databaseUp(), { initialValue: null });
}
