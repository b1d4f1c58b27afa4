import { provideScopeTranslations } from '@suunta/web-ui';
import { apiErrorMessage } from '@suunta/web-core';

/** The plans and progress feature's own translations (scope `plans`), loaded lazily with it. */
export function providePlansTranslations() {
  return provideScopeTranslations('plans', (lang) => import(`./i18n/${lang}.json`));
}

/** The error worded from its code in the page's language (never the API's English message). */
export function errorMessage(error: unknown): string {
  return apiErrorMessage(error);
}
