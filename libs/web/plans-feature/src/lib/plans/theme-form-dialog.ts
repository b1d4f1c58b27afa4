import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CreatePlanThemeInput, PlanDto, PlanOptionsDto, PlanThemeDto } from '@suunta/shared-domain';
import { PLAN_LIMITS } from '@suunta/shared-domain';
import { themeFocusAreaChoices } from '@suunta/web-plans-data-access';
import { focusFirstInvalid } from '../shared/form-utils';

export interface ThemeFormData {
  plan: PlanDto;
  options: PlanOptionsDto;
  theme?: PlanThemeDto;
}

/** Adds or edits a theme: a focus area of the plan's strategy (one theme each) and an optional own title. */
@Component({
  selector: 'su-theme-form-dialog',
  imports: [ReactiveFormsModule, TranslocoDirective, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'plans'">
      <h2 mat-dialog-title>{{ data.theme ? t('themes.edit') : t('themes.add') }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="fields">
          @if (choices.length === 0) {
            <p role="status">{{ t('themes.allUsed') }}</p>
          } @else {
            <mat-form-field>
              <mat-label>{{ t('themes.focusArea') }}</mat-label>
              <mat-select formControlName="focusAreaId" required data-testid="theme-focus-area">
                @for (f of choices; track f.id) { <mat-option [value]="f.id">{{ f.code ? f.code + ' ' : '' }}{{ f.title }}</mat-option> }
              </mat-select>
              @if (form.controls.focusAreaId.hasError('required')) { <mat-error>{{ t('form.required') }}</mat-error> }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('themes.themeTitle') }}</mat-label>
              <input matInput formControlName="title" [attr.maxlength]="limits.title" data-testid="theme-title" />
              <mat-hint>{{ t('themes.themeTitleHint') }}</mat-hint>
              @if (form.controls.title.hasError('maxlength')) { <mat-error>{{ t('form.tooLong', { max: limits.title }) }}</mat-error> }
            </mat-form-field>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ t('cancel') }}</button>
          @if (choices.length > 0) { <button mat-flat-button type="submit" data-testid="theme-save">{{ t('save') }}</button> }
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(480px, 90vw); }`,
})
export class ThemeFormDialog {
  protected readonly data = inject<ThemeFormData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ThemeFormDialog, CreatePlanThemeInput>);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly limits = PLAN_LIMITS;
  protected readonly choices = themeFocusAreaChoices(this.data.options, this.data.plan.strategyId, this.data.plan.themes, this.data.theme?.id);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    focusAreaId: [this.data.theme?.focusAreaId ?? this.choices[0]?.id ?? '', Validators.required],
    // the focus area's title is the default: an edited title equal to it is kept as it is
    title: [this.data.theme?.title ?? '', Validators.maxLength(PLAN_LIMITS.title)],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    const v = this.form.getRawValue();
    const title = v.title.trim();
    const chosen = this.data.options.focusAreas.find((f) => f.id === v.focusAreaId);
    this.ref.close({ focusAreaId: v.focusAreaId, ...(title ? { title } : chosen ? { title: chosen.title } : {}) });
  }
}
