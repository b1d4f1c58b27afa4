import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CreatePlanActionInput, PlanActionDto, PlanActionStatus, PlanDto, PlanOptionsDto, RegionDto } from '@suunta/shared-domain';
import { PLAN_ACTION_STATUSES, PLAN_LIMITS } from '@suunta/shared-domain';
import { LanguageService, localized } from '@suunta/web-core';
import { SU_DATEPICKER } from '@suunta/web-ui';
import { offeredChoices } from '../shared/form-utils';

export interface ActionFormData {
  plan: PlanDto;
  options: PlanOptionsDto;
  regions: RegionDto[];
  regionName: (id: string) => string;
  action?: PlanActionDto;
  themeId?: string;
  year?: number;
}

/** Two decimals at most, like the API's numeric(14,2). */
const TWO_DECIMALS = /^\d+([.,]\d{1,2})?$/;

/** Adds or edits (and moves: theme, year) an action; the same rules as the API's DTO. */
@Component({
  selector: 'su-action-form-dialog',
  imports: [ReactiveFormsModule, TranslocoDirective, MatDialogModule, SU_DATEPICKER, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'plans'">
      <h2 mat-dialog-title>{{ data.action ? t('editAction') : t('addAction') }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" id="action-form">
        <mat-dialog-content class="fields">
          <mat-form-field>
            <mat-label>{{ t('form.title') }}</mat-label>
            <input matInput formControlName="title" required [attr.maxlength]="limits.title" />
            @if (form.controls.title.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('form.description') }}</mat-label>
            <textarea matInput formControlName="description" rows="3"></textarea>
          </mat-form-field>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ t('form.theme') }}</mat-label>
              <mat-select formControlName="themeId" required>
                @for (theme of data.plan.themes; track theme.id) { <mat-option [value]="theme.id">{{ theme.title }}</mat-option> }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('form.year') }}</mat-label>
              <mat-select formControlName="year" required>
                <mat-option [value]="data.plan.startYear">{{ data.plan.startYear }}</mat-option>
                <mat-option [value]="data.plan.endYear">{{ data.plan.endYear }}</mat-option>
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('changeStatus') }}</mat-label>
              <mat-select formControlName="status">
                @for (s of statuses; track s) { <mat-option [value]="s">{{ t('actionStatus.' + s) }}</mat-option> }
              </mat-select>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ t('form.regions') }}</mat-label>
            <mat-select formControlName="regionIds" multiple required>
              @for (r of allowedRegions; track r.id) { <mat-option [value]="r.id">{{ data.regionName(r.id) }}</mat-option> }
            </mat-select>
            @if (form.controls.regionIds.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('form.roles') }}</mat-label>
            <mat-select formControlName="roleIds" multiple required>
              @for (r of roles; track r.id) { <mat-option [value]="r.id">{{ roleName(r) }}@if (r.retired) { ({{ t('form.retired') }}) }</mat-option> }
            </mat-select>
            @if (form.controls.roleIds.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('form.people') }}</mat-label>
            <mat-select formControlName="personIds" multiple>
              @for (p of people; track p.id) { <mat-option [value]="p.id">{{ p.name }}@if (p.retired) { ({{ t('form.retired') }}) }</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('form.criteria') }}</mat-label>
            <mat-select formControlName="criterionIds" multiple data-testid="action-criteria">
              @for (c of criteria(); track c.id) { <mat-option [value]="c.id">{{ c.title }}</mat-option> }
            </mat-select>
            <mat-hint>{{ t('form.criteriaHint') }}</mat-hint>
          </mat-form-field>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ t('form.targetValue') }}</mat-label>
              <input matInput formControlName="targetValue" inputmode="decimal" />
              @if (form.controls.targetValue.hasError('pattern')) { <mat-error>{{ t('form.number') }}</mat-error> }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('form.targetUnit') }}</mat-label>
              <input matInput formControlName="targetUnit" [attr.maxlength]="limits.unit" />
              @if (unitMissing()) { <mat-hint class="warn">{{ t('form.unitNeeded') }}</mat-hint> }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('form.milestoneDate') }}</mat-label>
              <input matInput [matDatepicker]="milestonePicker" formControlName="milestoneDate" />
              <mat-datepicker-toggle matIconSuffix [for]="milestonePicker" />
              <mat-datepicker #milestonePicker />
            </mat-form-field>
          </div>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ t('cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="form.invalid || unitMissing()">{{ t('save') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  // The dialog is sized by its opener (width/maxWidth); the content must not be wider than that, or
  // the surface scrolls sideways and clips the title's first letters. Form fields get room above
  // for their floating labels.
  styles: `.fields { display: flex; flex-direction: column; padding-top: 8px; } .row { display: flex; gap: 0 12px; flex-wrap: wrap; } .row > * { flex: 1 1 160px; min-width: 0; }
    mat-form-field { width: 100%; } .warn { color: var(--mat-sys-error); }`,
})
export class ActionFormDialog {
  protected readonly data = inject<ActionFormData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ActionFormDialog, CreatePlanActionInput>);
  protected readonly limits = PLAN_LIMITS;
  private readonly language = inject(LanguageService);
  protected readonly statuses = PLAN_ACTION_STATUSES;
  protected readonly allowedRegions = this.data.plan.regionId ? this.data.regions.filter((r) => r.id === this.data.plan.regionId) : this.data.regions;

  private readonly a = this.data.action;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: [this.a?.title ?? '', [Validators.required, Validators.maxLength(PLAN_LIMITS.title)]],
    description: [this.a?.description ?? ''],
    themeId: [this.a?.themeId ?? this.data.themeId ?? this.data.plan.themes[0]?.id ?? '', Validators.required],
    year: [this.a?.year ?? this.data.year ?? this.data.plan.startYear, Validators.required],
    status: [(this.a?.status ?? 'planned') as PlanActionStatus],
    regionIds: [this.a?.regionIds ?? (this.data.plan.regionId ? [this.data.plan.regionId] : []), Validators.required],
    roleIds: [this.a?.roles.map((r) => r.id) ?? [], Validators.required],
    personIds: [this.a?.people.map((p) => p.id) ?? []],
    criterionIds: [this.a?.criteria.map((c) => c.id) ?? []],
    targetValue: [this.a?.target.value !== null && this.a?.target.value !== undefined ? String(this.a.target.value) : '', Validators.pattern(TWO_DECIMALS)],
    targetUnit: [this.a?.target.unit ?? '', Validators.maxLength(PLAN_LIMITS.unit)],
    milestoneDate: [this.a?.target.milestoneDate ?? ''],
  });

  /** Retired roles and people only where this action already names them. */
  protected readonly roles = offeredChoices(this.data.options.roles, this.a?.roles.map((r) => r.id) ?? []);
  protected readonly people = offeredChoices(this.data.options.people, this.a?.people.map((p) => p.id) ?? []);

  private readonly themeId = toSignal(this.form.controls.themeId.valueChanges, { initialValue: this.form.controls.themeId.value });
  private readonly focusAreaId = computed(() => this.data.plan.themes.find((t) => t.id === this.themeId())?.focusAreaId ?? null);
  /**
   * The criteria of the chosen theme's focus area; ones already linked stay listed (a carried-over
   * action may point at another focus area's criterion) so that saving never drops them silently.
   */
  protected readonly criteria = computed(() => {
    const focusAreaId = this.focusAreaId();
    const linked = new Set(this.a?.criteria.map((c) => c.id) ?? []);
    return this.data.options.criteria.filter((c) => c.focusAreaId === focusAreaId || linked.has(c.id));
  });

  constructor() {
    // a new theme: criteria picked under the previous one no longer belong to the action
    this.form.controls.themeId.valueChanges.subscribe(() => {
      const allowed = new Set(this.criteria().map((c) => c.id));
      const kept = this.form.controls.criterionIds.value.filter((id) => allowed.has(id));
      if (kept.length !== this.form.controls.criterionIds.value.length) this.form.controls.criterionIds.setValue(kept);
    });
  }

  protected roleName(r: PlanOptionsDto['roles'][number]): string {
    return localized(r.localizedName, this.language.current());
  }

  protected unitMissing(): boolean {
    const v = this.form.controls.targetValue.value.trim();
    return v !== '' && this.form.controls.targetUnit.value.trim() === '';
  }

  protected submit(): void {
    if (this.form.invalid || this.unitMissing()) return;
    const v = this.form.getRawValue();
    const value = v.targetValue.trim() === '' ? null : Number(v.targetValue.replace(',', '.'));
    this.ref.close({
      title: v.title.trim(),
      description: v.description.trim() || null,
      themeId: v.themeId,
      year: v.year,
      status: v.status,
      regionIds: v.regionIds,
      roleIds: v.roleIds,
      personIds: v.personIds,
      criterionIds: v.criterionIds,
      target: { value, unit: value === null ? null : v.targetUnit.trim(), milestoneDate: v.milestoneDate || null },
    });
  }
}
