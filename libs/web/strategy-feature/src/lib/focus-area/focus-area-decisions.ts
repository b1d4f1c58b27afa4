import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FocusAreaDecisionDto } from '@suunta/shared-domain';
import { formatDay, LanguageService } from '@suunta/web-core';
import { firstValueFrom } from 'rxjs';

/**
 * "Decisions that concern this focus area": the § items of checked or approved minutes linked to
 * it (`GET /api/meetings/decisions`), newest first, each linking to the meetings page.
 */
@Component({
  selector: 'su-focus-area-decisions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
  template: `
    <section aria-labelledby="su-fa-decisions" data-testid="focus-area-decisions">
      <h2 id="su-fa-decisions">{{ 'strategy.focusArea.decisions' | transloco }}</h2>
      @if (failed()) {
        <p class="muted" role="status">{{ 'strategy.focusArea.decisionsFailed' | transloco }}</p>
      } @else {
        <ul class="decisions">
          @for (d of decisions(); track d.itemId) {
            <li>
              <a [routerLink]="['/meetings']">{{ d.bodyName ?? d.regionCode }}{{ d.meetingDate ? ', ' + fmt(d.meetingDate) : '' }}</a>
              – § {{ d.number }} <span lang="fi">{{ d.title }}</span>:
              <span class="decision" lang="fi">{{ d.decision }}</span>
            </li>
          } @empty {
            <li class="muted">{{ 'strategy.focusArea.noDecisions' | transloco }}</li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .decisions { padding-left: 1.25rem; overflow-wrap: anywhere; }
    .decisions li { margin-bottom: 6px; }
    .decision { font-weight: 600; }
    .muted { color: var(--su-text-muted); }
  `,
})
export class FocusAreaDecisions {
  readonly focusAreaId = input.required<string>();
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageService);
  protected readonly decisions = signal<FocusAreaDecisionDto[]>([]);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const id = this.focusAreaId();
      firstValueFrom(this.http.get<FocusAreaDecisionDto[]>('/api/meetings/decisions', { params: { focusAreaId: id } })).then(
        (rows) => {
          this.failed.set(false);
          this.decisions.set(rows);
        },
        () => this.failed.set(true),
      );
    });
  }

  protected fmt(iso: string): string {
    return formatDay(iso, this.language.current());
  }
}
