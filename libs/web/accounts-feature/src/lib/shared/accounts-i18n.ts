import { provideScopeTranslations } from '@suunta/web-ui';

/** The accounts feature's own translations (scope `accounts`), loaded lazily with it. */
export function provideAccountsTranslations() {
  return provideScopeTranslations('accounts', (lang) => import(`../i18n/${lang}.json`));
}
