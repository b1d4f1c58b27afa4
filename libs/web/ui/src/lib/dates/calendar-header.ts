import { ChangeDetectionStrategy, Component, Directive, inject } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCalendarHeader, MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatTooltip } from '@angular/material/tooltip';

/**
 * Material's calendar header, except that the period button ("JOULUKUU 2026") is named by its
 * visible text followed by what it does ("joulukuu 2026, Valitse vuosi ja kuukausi"). Material
 * names it by the action alone and hides the visible text from assistive technology, so a voice
 * user saying "click joulukuu 2026" finds nothing (WCAG 2.5.3 label in name). An empty label
 * does not help: the visible text is aria-hidden, so the button would have no name at all.
 * The template is Material's own (21.x) with only the period button's aria-label changed.
 */
@Component({
  selector: 'su-calendar-header',
  imports: [MatButton, MatIconButton, MatTooltip],
  template: `
    <div class="mat-calendar-header">
      <div class="mat-calendar-controls">
        <span [id]="_periodButtonLabelId" class="cdk-visually-hidden" aria-live="polite">{{ periodButtonDescription }}</span>
        <button matButton type="button" class="mat-calendar-period-button" (click)="currentPeriodClicked()" [attr.aria-label]="periodButtonName()" [attr.aria-describedby]="_periodButtonLabelId">
          <span aria-hidden="true">{{ periodButtonText }}</span>
          <svg class="mat-calendar-arrow" [class.mat-calendar-invert]="calendar.currentView !== 'month'" viewBox="0 0 10 5" focusable="false" aria-hidden="true">
            <polygon points="0,0 5,5 10,0" />
          </svg>
        </button>
        <div class="mat-calendar-spacer"></div>
        <ng-content />
        <button matIconButton type="button" class="mat-calendar-previous-button" [disabled]="!previousEnabled()" (click)="previousClicked()" [matTooltip]="prevButtonLabel" [attr.aria-label]="prevButtonLabel" disabledInteractive>
          <svg viewBox="0 0 24 24" focusable="false" aria-hidden="true"><path d="M15.41 7.41L14 6l-6 6 6 6 1.41-1.41L10.83 12z" /></svg>
        </button>
        <button matIconButton type="button" class="mat-calendar-next-button" [disabled]="!nextEnabled()" (click)="nextClicked()" [matTooltip]="nextButtonLabel" [attr.aria-label]="nextButtonLabel" disabledInteractive>
          <svg viewBox="0 0 24 24" focusable="false" aria-hidden="true"><path d="M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z" /></svg>
        </button>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LabelledCalendarHeader<D> extends MatCalendarHeader<D> {
  /** The visible text first, then the action: the name contains what the eye reads. */
  periodButtonName(): string {
    const visible = this.periodButtonText;
    const action = this.periodButtonLabel;
    return action ? `${visible}, ${action}` : visible;
  }
}

/**
 * On every `<mat-datepicker>` of a component that imports it (via `SU_DATEPICKER`): the calendar
 * opens with `LabelledCalendarHeader`.
 */
// eslint-disable-next-line @angular-eslint/directive-selector -- it rides on Material's own element
@Directive({ selector: 'mat-datepicker' })
export class LabelledCalendarHeaderDirective {
  constructor() {
    const picker = inject(MatDatepicker);
    picker.calendarHeaderComponent ??= LabelledCalendarHeader;
  }
}

/** What a component with a datepicker imports: Material's datepicker parts and the labelled header. */
export const SU_DATEPICKER = [MatDatepicker, MatDatepickerInput, MatDatepickerToggle, LabelledCalendarHeaderDirective] as const;
