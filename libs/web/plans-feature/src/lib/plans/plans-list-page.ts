import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { PlanDto } from '@suunta/shared-domain';
import { PlansApi } from '@suunta/web-plans-data-access';
import { AuthService, LanguageService, localized } from '@suunta/web-core';
import { PlanFormData, PlanFormDialog } from './plan-form-dialog';
import { DIALOG_DEFAULTS } from '@suunta/web-ui';

@Component({
  selector: 'su-plans-list-page',
  imports: [RouterLink, TranslocoDirective, MatListModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'plans'">
      <div class="head">
        <h1>{{ t('plansTitle') }}</h1>
        @if (canPlan()) {
          <button mat-flat-button type="button" (click)="newPlan()" [disabled]="!options.value()" data-testid="new-plan"><mat-icon aria-hidden="true">add</mat-icon>{{ t('newPlan') }}</button>
        }
      </div>
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
  styles: `.head { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between; }`,
})
export class PlansListPage {
  private readonly api = inject(PlansApi);
  private readonly language = inject(LanguageService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snack = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  /** New plans: management and admin (the API enforces the same). */
  protected readonly canPlan = computed(() => this.auth.me() !== undefined && this.auth.hasRole('admin', 'management'));
  protected readonly options = resource({ params: () => (this.canPlan() ? true : undefined), loader: () => this.api.options() });
  protected readonly plans = resource({ loader: () => this.api.list() });
  private readonly regions = resource({ loader: () => this.api.regions() });
  private readonly regionNames = computed(() => new Map((this.regions.value() ?? []).map((r) => [r.id, localized(r.name, this.language.current())])));

  protected newPlan(): void {
    const options = this.options.value();
    if (!options) return;
    const data: PlanFormData = { options, regions: this.regions.value() ?? [], regionName: (id) => this.regionName(id) };
    this.dialog
      .open<PlanFormDialog, PlanFormData, PlanDto>(PlanFormDialog, { ...DIALOG_DEFAULTS, data, autoFocus: 'first-tabbable', ariaLabelledBy: 'plan-form-title' })
      .afterClosed()
      .subscribe((plan) => {
        if (!plan) return;
        this.snack.open(this.transloco.translate('plans.planForm.created'), undefined, { duration: 3000 });
        void this.router.navigate(['/plans', plan.id]);
      });
  }

  protected regionName(id: string | null): string {
    return id ? (this.regionNames().get(id) ?? '') : '';
  }
}
