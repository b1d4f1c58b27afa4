import { provideTranslocoScope } from '@jsverse/transloco';

/** The strategy area's own translations (scope `strategy`), loaded lazily with the feature. */
export function provideStrategyTranslations() {
  return provideTranslocoScope({
    scope: 'strategy',
    loader: {
      fi: () => import('./i18n/fi.json'),
      sv: () => import('./i18n/sv.json'),
      en: () => import('./i18n/en.json'),
    },
  });
}
