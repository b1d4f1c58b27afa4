import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { PlansApi } from '@suunta/web-plans-data-access';
import { LanguageService, localized } from '@suunta/web-core';

@Component({
  selector: 'su-plans-list-page',
  imports: [RouterLink, TranslocoDirective, MatListModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'plans'">
      <h1>{{ t('plansTitle') }}</h1>
      @if (plans.value(); as list) {
        @if (list.length === 0) {
          <p>{{ t('noPlans') }}</p>
        } @else {
          <mat-nav-list aria-labelledby="plans-heading">
            @for (plan of list; track plan.id) {
              <a mat-list-item [routerLink]="[plan.id]">
                <span matListItemTitle>{{ plan.title }}</span>
                <span matListItemLine>
                  {{ plan.startYear }}–{{ plan.endYear }} · {{ regionName(plan.regionId) || t('orgWide') }} · {{ t('status.' + plan.status) }}
                </span>
              </a>
            }
          </mat-nav-list>
        }
      }
    </ng-container>
  `,
})
export class PlansListPage {
  private readonly api = inject(PlansApi);
  private readonly language = inject(LanguageService);
  protected readonly plans = resource({ loader: () => this.api.list() });
  private readonly regions = resource({ loader: () => this.api.regions() });
  private readonly regionNames = computed(() => new Map((this.regions.value() ?? []).map((r) => [r.id, localized(r.name, this.language.current())])));

  protected regionName(id: string | null): string {
    return id ? (this.regionNames().get(id) ?? '') : '';
  }
}
