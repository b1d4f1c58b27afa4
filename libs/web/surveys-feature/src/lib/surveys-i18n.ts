import { provideScopeTranslations } from '@suunta/web-ui';

/** The surveys feature's own translations (scope `surveys`), loaded lazily with the feature. */
export function provideSurveysTranslations() {
  return provideScopeTranslations('surveys', (lang) => import(`./i18n/${lang}.json`));
}
