import { LANGUAGES, type LanguageCode } from '@suunta/shared-domain';
import { provideTranslocoScope, type Translation } from '@jsverse/transloco';

/**
 * A lib's own translations (scope `<scope>`, keys `<scope>.*`), loaded lazily from its
 * `i18n/<lang>.json` for each of the app's languages, so features never collide in one big JSON.
 * The caller passes the import, `(lang) => import(\`./i18n/${lang}.json\`)`: the path must be
 * written in the lib itself for the bundler to find the files.
 */
export function provideScopeTranslations(scope: string, load: (lang: LanguageCode) => Promise<Translation>) {
  return provideTranslocoScope({
    scope,
    loader: Object.fromEntries(LANGUAGES.map((lang) => [lang, () => load(lang)])),
  });
}
