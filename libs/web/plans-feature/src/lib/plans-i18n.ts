import { provideTranslocoScope } from '@jsverse/transloco';

/** The plans and progress feature's own translations (scope `plans`), loaded lazily with it. */
export function providePlansTranslations() {
  return provideTranslocoScope({
    scope: 'plans',
    loader: {
      fi: () => import('../i18n/fi.json'),
      sv: () => import('../i18n/sv.json'),
      en: () => import('../i18n/en.json'),
    },
  });
}

/** The API's error message, or a generic one. */
export function errorMessage(error: unknown): string {
  const body = (error as { error?: { message?: string } } | null)?.error;
  return body?.message ?? (error instanceof Error ? error.message : String(error));
}
