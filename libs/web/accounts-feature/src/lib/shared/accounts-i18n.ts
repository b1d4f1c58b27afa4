import { provideTranslocoScope } from '@jsverse/transloco';

/**
 * The accounts feature's own translations (scope `accounts`, keys `accounts.*`), loaded lazily
 * from this lib's `i18n/<lang>.json`, so features never collide in one big JSON.
 */
export function provideAccountsTranslations() {
  return provideTranslocoScope({
    scope: 'accounts',
    loader: {
      fi: () => import('../i18n/fi.json'),
      sv: () => import('../i18n/sv.json'),
      en: () => import('../i18n/en.json'),
    },
  });
}
