import { HttpClient } from '@angular/common/http';
import { EnvironmentProviders, inject, Injectable, isDevMode, provideAppInitializer } from '@angular/core';
import { provideTransloco, provideTranslocoTranspiler, Translation, TranslocoLoader } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode, type LocalizedText } from '@suunta/shared-domain';
import { IcuTranspiler } from './icu-transpiler';
import { LanguageService } from './language.service';

/** Global keys live in the app's `public/i18n/<lang>.json`; feature libs bring their own scopes. */
@Injectable({ providedIn: 'root' })
export class AppTranslationLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);
  getTranslation(lang: string) {
    return this.http.get<Translation>(`/i18n/${lang}.json`);
  }
}

export function provideSuuntaI18n(): (EnvironmentProviders | ReturnType<typeof provideTransloco>)[] {
  return [
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: AppTranslationLoader,
    }),
    // ICU plurals ("1 vastaaja" / "13 vastaajaa") next to the default {{ }} interpolation.
    provideTranslocoTranspiler(IcuTranspiler),
    provideAppInitializer(() => inject(LanguageService).restore()),
  ];
}

/** Picks the text in the given language, falling back to Finnish (the source language of the data). */
export function localized(text: LocalizedText | null | undefined, language: LanguageCode): string {
  if (!text) return '';
  return text[language] || text.fi;
}
