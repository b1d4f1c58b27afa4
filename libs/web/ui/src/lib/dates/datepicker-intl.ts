import { EnvironmentProviders, inject, Injectable, makeEnvironmentProviders } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';

/** The labels Material's datepicker gives its buttons, from `datepicker.*` in the app's i18n files. */
export const DATEPICKER_LABELS = [
  'calendarLabel', 'openCalendarLabel', 'closeCalendarLabel', 'prevMonthLabel', 'nextMonthLabel', 'prevYearLabel', 'nextYearLabel',
  'prevMultiYearLabel', 'nextMultiYearLabel', 'switchToMonthViewLabel', 'switchToMultiYearViewLabel', 'startDateLabel', 'endDateLabel',
] as const;

/** Material's datepicker labels ("Open calendar") in the page's language, re-worded on a language change. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.selectTranslation().subscribe(() => {
      for (const label of DATEPICKER_LABELS) this[label] = this.transloco.translate(`datepicker.${label}`);
      this.changes.next();
    });
  }
}

/**
 * Translated datepicker labels for a lazy route: `providers: [provideDatepickerIntl()]` on the
 * route whose pages use `mat-datepicker` (not in app.config: it would pull the datepicker into
 * the first bundle).
 */
export function provideDatepickerIntl(): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl }]);
}
