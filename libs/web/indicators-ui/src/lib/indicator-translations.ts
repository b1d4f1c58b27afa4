import { provideTranslocoScope } from '@jsverse/transloco';

/** The context indicators' own translations (scope `indicators`), loaded with the first component that needs them. */
export function provideIndicatorTranslations() {
  return provideTranslocoScope({
    scope: 'indicators',
    loader: {
      fi: () => import('./i18n/fi.json'),
      sv: () => import('./i18n/sv.json'),
      en: () => import('./i18n/en.json'),
    },
  });
}
