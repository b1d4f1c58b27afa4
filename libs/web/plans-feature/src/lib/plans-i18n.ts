import { provideTranslocoScope } from '@jsverse/transloco';
import { apiErrorMessage } from '@suunta/web-core';

/** The plans and progress feature's own translations (scope `plans`), loaded lazily with it. */
export function providePlansTranslations() {
  return provideTranslocoScope({
    scope: 'plans',
    loader: {
      fi: () => import('./i18n/fi.json'),
      sv: () => import('./i18n/sv.json'),
      en: () => import('./i18n/en.json'),
    },
  });
}

/** The error worded from its code in the page's language (never the API's English message). */
export function errorMessage(error: unknown): string {
  return apiErrorMessage(error);
}
