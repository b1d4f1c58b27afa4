import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Stands in for an area whose feature is not built yet, so the navigation is complete. */
@Component({
  selector: 'su-area-page',
  imports: [TranslocoPipe],
  template: `
    <h1>{{ 'nav.' + area() | transloco }}</h1>
    <p>{{ 'home.areaHint.' + area() | transloco }}</p>
    <p class="muted">{{ 'area.comingSoon' | transloco }}</p>
  `,
  styles: `.muted { color: var(--su-text-muted); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AreaPage {
  /** Bound from the route's `data.area`. */
  readonly area = input.required<string>();
}
