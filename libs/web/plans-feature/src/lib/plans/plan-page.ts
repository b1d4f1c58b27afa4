import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { ActionRollupDto, CreatePlanActionInput, CreatePlanThemeInput, GroupRollupDto, PlanActionDto, PlanActionStatus, PlanDto, PlanThemeDto } from '@suunta/shared-domain';
import { helsinkiDay, PLAN_ACTION_STATUSES, numberFormat } from '@suunta/shared-domain';
import { AuthService, formatDay, LanguageService, LOCALES, localized } from '@suunta/web-core';
import { formatTarget, planGrid, PlansApi, STATUS_ICON } from '@suunta/web-plans-data-access';
import { DataTextComponent, DIALOG_DEFAULTS, FocusService, SU_DATEPICKER, confirmStep } from '@suunta/web-ui';
import { errorMessage } from '../plans-i18n';
import { ActionFormDialog, ActionFormData } from './action-form-dialog';
import { ThemeFormData, ThemeFormDialog } from './theme-form-dialog';

/** The plan as a grid of themes × years, with each action's roll-up; planning tools for management. */
@Component({
  selector: 'su-plan-page',
  imports: [RouterLink, FormsModule, SU_DATEPICKER, DataTextComponent, TranslocoDirective, MatButtonModule, MatIconModule, MatMenuModule, MatSelectModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
})
export class PlanPage {
  readonly id = input.required<string>();
  private readonly api = inject(PlansApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  /** The route's injector, so a dialog's datepicker gets the route's translated labels. */
  private readonly injector = inject(Injector);
  private readonly snack = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly focus = inject(FocusService);

  protected readonly statusIcon = STATUS_ICON;
  protected readonly actionStatuses = PLAN_ACTION_STATUSES;
  protected readonly regionFilter = signal<string | null>(null);
  protected readonly approvedOn = signal(helsinkiDay());
  protected readonly reopenReason = signal('');
  protected readonly busy = signal(false);
  protected readonly confirmingClose = signal(false);

  protected readonly plan = resource({ params: () => this.id(), loader: ({ params }) => this.api.get(params) });
  /**
   * The plan once loaded. A resource in error throws from `value()`, so everything reads this
   * instead: an unknown id then shows the not-found section, not a blank page and console errors.
   */
  protected readonly current = computed(() => (this.plan.hasValue() ? this.plan.value() : undefined));
  /** 404 (or a malformed id, 400): the plan does not exist for this organization. */
  protected readonly notFound = computed(() => [400, 404].includes((this.plan.error() as { status?: number } | undefined)?.status ?? 0));
  protected readonly rollup = resource({
    params: () => {
      const plan = this.current();
      return plan ? { id: plan.id, regionId: this.regionFilter(), version: plan.version, n: plan.actions.length } : undefined;
    },
    loader: ({ params }) => this.api.rollup(params.id, { regionId: params.regionId }),
  });
  protected readonly regions = resource({ loader: () => this.api.regions() });
  protected readonly options = resource({ params: () => this.current()?.strategyId, loader: ({ params }) => this.api.options(params) });
  /**
   * The theme and action forms offer the strategy's focus areas and criteria: their buttons wait
   * for them (a click before they arrived opened nothing and said nothing).
   */
  protected readonly formsReady = computed(() => this.options.hasValue());

  protected readonly grid = computed(() => {
    const plan = this.current();
    return plan ? planGrid(plan) : [];
  });
  private readonly rollupValue = computed(() => (this.rollup.hasValue() ? this.rollup.value() : undefined));
  private readonly actionFigures = computed(() => new Map((this.rollupValue()?.actions ?? []).map((a) => [a.actionId, a])));
  private readonly themeFigures = computed(() => new Map((this.rollupValue()?.focusAreas ?? []).map((g) => [`${g.themeId}:${g.year}`, g])));
  protected readonly canPlan = computed(() => this.auth.me() !== undefined && this.auth.hasRole('admin', 'management'));
  private readonly locale = computed(() => LOCALES[this.language.current()]);

  protected regionName(id: string | null): string {
    const region = (this.regions.hasValue() ? this.regions.value() : []).find((r) => r.id === id);
    return region ? localized(region.name, this.language.current()) : '';
  }
  protected actionFigure(id: string): ActionRollupDto | undefined {
    return this.actionFigures().get(id);
  }
  protected themeFigure(themeId: string, year: number): GroupRollupDto | undefined {
    return this.themeFigures().get(`${themeId}:${year}`);
  }
  protected target(a: PlanActionDto): string | null {
    return formatTarget(a.target, this.locale());
  }
  protected date(iso: string | null): string {
    return iso ? formatDay(iso, this.language.current()) : '';
  }
  protected number(value: number): string {
    return numberFormat(this.locale()).format(value);
  }
  protected names(list: { name: string }[]): string {
    return list.map((x) => x.name).join(', ');
  }
  protected canChangeStatus(a: PlanActionDto, plan: PlanDto): boolean {
    return plan.status !== 'closed' && a.regionIds.every((r) => this.auth.canWriteRegion(r));
  }

  protected openActionForm(plan: PlanDto, action?: PlanActionDto, themeId?: string, year?: number): void {
    const options = this.options.hasValue() ? this.options.value() : undefined;
    if (!options) return;
    const data: ActionFormData = { plan, options, regions: this.regions.hasValue() ? this.regions.value() : [], regionName: (id) => this.regionName(id), action, themeId, year };
    this.dialog
      .open<ActionFormDialog, ActionFormData, CreatePlanActionInput>(ActionFormDialog, { ...DIALOG_DEFAULTS, data, injector: this.injector, autoFocus: 'first-tabbable', width: 'min(680px, 94vw)', maxWidth: '94vw' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        void this.run(() => (action ? this.api.updateAction(plan.id, action.id, { ...result, version: action.version }) : this.api.createAction(plan.id, result)));
      });
  }

  protected setStatus(plan: PlanDto, a: PlanActionDto, status: PlanActionStatus): void {
    void this.run(() => this.api.changeStatus(plan.id, a.id, { version: a.version, status }));
  }
  protected async approve(plan: PlanDto): Promise<void> {
    if (!(await this.confirm('approveConfirm', { title: plan.title, date: this.date(this.approvedOn()) }))) return;
    await this.run(() => this.api.approve(plan.id, { version: plan.version, approvedOn: this.approvedOn() }), 'approvedDone');
  }
  protected async reopen(plan: PlanDto): Promise<void> {
    if (!(await this.confirm('reopenConfirm', { title: plan.title }))) return;
    const done = await this.run(() => this.api.reopen(plan.id, { version: plan.version, reason: this.reopenReason().trim() }), 'reopenedDone');
    if (done) this.reopenReason.set('');
  }
  protected openThemeForm(plan: PlanDto, theme?: PlanThemeDto): void {
    const options = this.options.hasValue() ? this.options.value() : undefined;
    if (!options) return;
    this.dialog
      .open<ThemeFormDialog, ThemeFormData, CreatePlanThemeInput>(ThemeFormDialog, { ...DIALOG_DEFAULTS, data: { plan, options, theme }, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        void this.run(() => (theme ? this.api.updateTheme(plan.id, theme.id, { ...result, version: theme.version }) : this.api.addTheme(plan.id, result)));
      });
  }
  protected deleteTheme(plan: PlanDto, theme: PlanThemeDto): void {
    if (plan.actions.some((a) => a.themeId === theme.id)) {
      this.snack.open(this.transloco.translate('plans.themes.hasActions'), 'OK');
      return;
    }
    if (!confirm(this.transloco.translate('plans.themes.deleteConfirm', { title: theme.title }))) return;
    void this.run(() => this.api.deleteTheme(plan.id, theme.id));
  }
  protected askClose(): void {
    this.confirmingClose.set(true);
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid="close-plan-confirm"]')?.focus());
  }
  protected closePlan(plan: PlanDto): void {
    this.confirmingClose.set(false);
    void this.run(() => this.api.close(plan.id, { version: plan.version }));
  }
  /** Offered once a plan is approved or closed, and only until its successor exists. */
  protected canStartNext(plan: PlanDto): boolean {
    return plan.status !== 'draft' && plan.successorId === null;
  }
  protected async copyNext(plan: PlanDto): Promise<void> {
    if (!(await this.confirm('copyNextConfirm', { title: plan.title, start: plan.startYear + 2, end: plan.startYear + 3 }))) return;
    this.busy.set(true);
    try {
      const next = await this.api.copyForward(plan.id);
      this.snack.open(this.transloco.translate('plans.copyNextDone'), undefined, { duration: 5000 });
      await this.router.navigate(['/plans', next.id]);
    } catch (error) {
      this.snack.open(this.transloco.translate('plans.error', { message: errorMessage(error) }), 'OK');
    } finally {
      this.busy.set(false);
    }
  }

  private confirm(key: 'approveConfirm' | 'reopenConfirm' | 'copyNextConfirm', params: Record<string, unknown>): Promise<boolean> {
    const t = (k: string) => this.transloco.translate(`plans.${key}.${k}`, params);
    return confirmStep(this.dialog, { title: t('title'), body: t('body'), confirm: t('confirm'), cancel: this.transloco.translate('plans.cancel') });
  }

  /**
   * Runs a change, shows the refreshed plan and says what happened (`doneKey`), or says why the
   * API refused (423 locked, 409 stale…). Resolves whether the change was saved.
   */
  private async run(change: () => Promise<PlanDto>, doneKey = 'saved'): Promise<boolean> {
    this.busy.set(true);
    try {
      this.plan.set(await change());
      this.snack.open(this.transloco.translate(`plans.${doneKey}`), undefined, { duration: 4000 });
      // the keyboard continues at the plan's status line, which now says what changed
      this.focus.focusAfterRender('[data-testid="plan-status"]');
      return true;
    } catch (error) {
      this.snack.open(this.transloco.translate('plans.error', { message: errorMessage(error) }), 'OK');
      this.plan.reload();
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
