import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DataFreshness } from '@suunta/shared-domain';
import { helsinkiDay } from '@suunta/shared-domain';
import { formatDate } from '../format.util';
import { freshnessAge } from './strategy-map.util';

/**
 * How fresh a figure's data is, in words: "Päivitetty 3 viikkoa sitten (15.11.2026)", or for a past
 * as-of day "Päivitetty 10.6.2020, 2 viikkoa ennen 30.6.2020"; stale data is marked in words
 * (never by colour alone). Used by the status page's rows and the strategy map's cells.
 */
@Component({
  selector: 'su-freshness',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = freshness();
    @if (f.lastEntryDate) {
      @if (age(); as a) {
        @if (a.relativeToToday) {
          <span data-testid="freshness-text">{{ 'board.freshness.updatedAgo' | transloco: { age: a.text, date: date(f.lastEntryDate) } }}</span>
        } @else {
          <span data-testid="freshness-text">{{ 'board.freshness.updatedBefore' | transloco: { date: date(f.lastEntryDate), age: a.text, reference: date(f.referenceDate) } }}</span>
        }
      }
    } @else if (f.hasItems) {
      <span data-testid="freshness-text">{{ 'board.freshness.noEntries' | transloco }}</span>
    } @else {
      <span class="muted" data-testid="freshness-text">{{ 'board.freshness.nothingToLog' | transloco }}</span>
    }
    @if (f.stale) {
      <span class="stale" data-testid="freshness-stale"><span aria-hidden="true">⚠ </span>{{ 'board.freshness.stale' | transloco }}</span>
    }
  `,
  styles: `
    :host { display: inline; }
    .stale { display: inline-block; margin-left: 4px; font-weight: 600; color: #7a4100; }
    .muted { color: var(--su-text-muted, #555); }
  `,
})
export class FreshnessComponent {
  readonly freshness = input.required<DataFreshness>();
  readonly language = input.required<string>();
  /** Today (`YYYY-MM-DD`): relative wording ("3 viikkoa sitten") only when the figures are today's. */
  readonly today = input<string>(helsinkiDay());

  protected readonly age = computed(() => freshnessAge(this.freshness(), this.today(), this.language()));

  protected date(v: string | null): string {
    return formatDate(v, this.language());
  }
}
