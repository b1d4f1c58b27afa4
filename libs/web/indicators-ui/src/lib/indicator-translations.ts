import { provideScopeTranslations } from '@suunta/web-ui';

/** The context indicators' own translations (scope `indicators`), loaded with the first component that needs them. */
export function provideIndicatorTranslations() {
  return provideScopeTranslations('indicators', (lang) => import(`./i18n/${lang}.json`));
}
