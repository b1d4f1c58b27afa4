import { provideTranslocoScope } from '@jsverse/transloco';

/** The surveys feature's own translations (scope `surveys`), loaded lazily with the feature. */
export function provideSurveysTranslations() {
  return provideTranslocoScope({
    scope: 'surveys',
    loader: {
      fi: () => import('./i18n/fi.json'),
      sv: () => import('./i18n/sv.json'),
      en: () => import('./i18n/en.json'),
    },
  });
}
