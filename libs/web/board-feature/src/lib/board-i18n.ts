import { provideTranslocoScope } from '@jsverse/transloco';

/** The board feature's own translations (scope `board`), loaded lazily with the feature. */
export function provideBoardTranslations() {
  return provideTranslocoScope({
    scope: 'board',
    loader: {
      fi: () => import('./i18n/fi.json'),
      sv: () => import('./i18n/sv.json'),
      en: () => import('./i18n/en.json'),
    },
  });
}
