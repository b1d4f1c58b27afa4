import { provideScopeTranslations } from '@suunta/web-ui';

/** The strategy area's own translations (scope `strategy`), loaded lazily with the feature. */
export function provideStrategyTranslations() {
  return provideScopeTranslations('strategy', (lang) => import(`./i18n/${lang}.json`));
}
