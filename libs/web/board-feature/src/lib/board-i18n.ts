import { provideScopeTranslations } from '@suunta/web-ui';

/** The board feature's own translations (scope `board`), loaded lazily with the feature. */
export function provideBoardTranslations() {
  return provideScopeTranslations('board', (lang) => import(`./i18n/${lang}.json`));
}
