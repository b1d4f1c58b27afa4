import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { PlanDto, PlanOptionsDto, RegionDto } from '@suunta/shared-domain';
import { PLAN_LIMITS } from '@suunta/shared-domain';
import { apiFieldErrors, httpStatus, PlansApi } from '@suunta/web-plans-data-access';
import { errorMessage } from '../plans-i18n';
import { applyFieldErrors, focusFirstInvalid, notBlank } from '../shared/form-utils';

export interface PlanFormData {
  options: PlanOptionsDto;
  regions: RegionDto[];
  regionName: (id: string) => string;
}

/** "New plan" (management, admin): title, strategy version, the first of two years, scope and themes. Closes with the plan. */
@Component({
  selector: 'su-plan-form-dialog',
  imports: [ReactiveFormsModule, TranslocoDirective, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'plans'">
      <h2 mat-dialog-title id="plan-form-title">{{ t('newPlan') }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="fields">
          <p class="notice" role="alert">{{ problem() }}</p>
          <mat-form-field>
            <mat-label>{{ t('planForm.title') }}</mat-label>
            <input matInput formControlName="title" required [attr.maxlength]="limits.title" data-testid="plan-title" />
            @if (form.controls.title.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
            @if (form.controls.title.hasError('server')) { <mat-error>{{ form.controls.title.getError('server') }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('planForm.strategy') }}</mat-label>
            <mat-select formControlName="strategyId" required data-testid="plan-strategy">
              @for (s of data.options.strategies; track s.id) { <mat-option [value]="s.id">{{ s.code ? s.code + ' ' : '' }}{{ s.title }}</mat-option> }
            </mat-select>
            @if (form.controls.strategyId.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
            @if (form.controls.strategyId.hasError('server')) { <mat-error>{{ form.controls.strategyId.getError('server') }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('planForm.startYear') }}</mat-label>
            <input matInput type="number" formControlName="startYear" required [min]="limits.minYear" [max]="limits.maxYear - 1" step="1" data-testid="plan-start-year" />
            @if (form.controls.startYear.valid && startYear(); as y) { <mat-hint>{{ t('planForm.period', { start: y, end: y + 1 }) }}</mat-hint> }
            @if (form.controls.startYear.invalid && !form.controls.startYear.hasError('server')) { <mat-error>{{ t('planForm.year', { min: limits.minYear, max: limits.maxYear - 1 }) }}</mat-error> }
            @if (form.controls.startYear.hasError('server')) { <mat-error>{{ form.controls.startYear.getError('server') }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('planForm.scope') }}</mat-label>
            <mat-select formControlName="regionId" data-testid="plan-scope">
              <mat-option [value]="''">{{ t('planForm.orgWide') }}</mat-option>
              @for (r of data.regions; track r.id) { <mat-option [value]="r.id">{{ data.regionName(r.id) }}</mat-option> }
            </mat-select>
            @if (form.controls.regionId.hasError('server')) { <mat-error>{{ form.controls.regionId.getError('server') }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('planForm.themes') }}</mat-label>
            <mat-select formControlName="focusAreaIds" multiple data-testid="plan-themes">
              @for (f of focusAreas(); track f.id) { <mat-option [value]="f.id">{{ f.code ? f.code + ' ' : '' }}{{ f.title }}</mat-option> }
            </mat-select>
            <mat-hint>{{ t('planForm.themesHint') }}</mat-hint>
            @if (form.controls.focusAreaIds.hasError('maxlength')) { <mat-error>{{ t('form.tooMany', { max: limits.listItems }) }}</mat-error> }
            @if (form.controls.focusAreaIds.hasError('server')) { <mat-error>{{ form.controls.focusAreaIds.getError('server') }}</mat-error> }
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ t('cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="plan-create">{{ t('planForm.create') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(560px, 90vw); } .notice:empty { display: none; } .notice { color: var(--mat-sys-error, #b3261e); }`,
})
export class PlanFormDialog {
  protected readonly data = inject<PlanFormData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<PlanFormDialog, PlanDto>);
  private readonly api = inject(PlansApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly limits = PLAN_LIMITS;
  protected readonly busy = signal(false);
  protected readonly problem = signal('');

  // the API lists the newest version first: a new plan goes under the newest approved one
  private readonly defaultStrategy = this.data.options.strategies.find((s) => s.status === 'approved') ?? this.data.options.strategies[0];
  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, notBlank, Validators.maxLength(PLAN_LIMITS.title)]],
    strategyId: [this.defaultStrategy?.id ?? '', Validators.required],
    startYear: [new Date().getUTCFullYear() + 1, [Validators.required, Validators.min(PLAN_LIMITS.minYear), Validators.max(PLAN_LIMITS.maxYear - 1), Validators.pattern(/^\d{4}$/)]],
    regionId: [''],
    focusAreaIds: [[] as string[], Validators.maxLength(PLAN_LIMITS.listItems)],
  });
  protected readonly startYear = toSignal(this.form.controls.startYear.valueChanges, { initialValue: this.form.controls.startYear.value });
  private readonly strategyId = toSignal(this.form.controls.strategyId.valueChanges, { initialValue: this.form.controls.strategyId.value });
  protected readonly focusAreas = computed(() => this.data.options.focusAreas.filter((f) => f.strategyId === this.strategyId()));

  constructor() {
    // themes belong to the chosen strategy: a new strategy starts with none picked
    this.form.controls.strategyId.valueChanges.subscribe(() => this.form.controls.focusAreaIds.setValue([]));
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set('');
    try {
      const plan = await this.api.create({
        title: v.title.trim(),
        strategyId: v.strategyId,
        startYear: Number(v.startYear),
        regionId: v.regionId || null,
        themes: v.focusAreaIds.map((focusAreaId) => ({ focusAreaId })),
      });
      this.ref.close(plan);
    } catch (error) {
      const errors = apiFieldErrors(error).map((e) => (e.field.startsWith('themes') ? { ...e, field: 'focusAreaIds' } : e));
      const unplaced = httpStatus(error) === 400 ? applyFieldErrors(this.form, errors) : errors;
      if (httpStatus(error) === 400 && errors.length > 0 && unplaced.length === 0) focusFirstInvalid(this.host);
      else this.problem.set(this.transloco.translate('plans.error', { message: errorMessage(error) }));
    } finally {
      this.busy.set(false);
    }
  }
}
