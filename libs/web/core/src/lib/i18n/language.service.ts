import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode } from '@suunta/shared-domain';
import { browserStore, readStored, writeStored } from '../storage/browser-storage';

const STORAGE_KEY = 'suunta.language';

/**
 * The UI language: Finnish unless the user picked another, remembered in this browser.
 * Keeps `<html lang>` in step so screen readers pronounce the page right.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  readonly languages = LANGUAGES;
  readonly current = signal<LanguageCode>(DEFAULT_LANGUAGE);

  /** Called once at start-up. */
  restore(): void {
    const language = readStoredLanguage() ?? DEFAULT_LANGUAGE;
    this.use(language, false);
    // The texts start loading with the app, beside the sign-in check, not when the first page
    // asks for them (Transloco keeps the request and hands it to the pipes). A failure here is the
    // pipes' to retry.
    this.transloco.load(language).subscribe({ error: () => undefined });
  }

  use(language: LanguageCode, remember = true): void {
    this.current.set(language);
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
    if (remember) {
      // Where storage is disabled (private mode) the choice lasts for this visit.
      writeStored(browserStore(), STORAGE_KEY, language);
    }
  }
}

function readStoredLanguage(): LanguageCode | null {
  const value = readStored(browserStore(), STORAGE_KEY);
  return LANGUAGES.includes(value as LanguageCode) ? (value as LanguageCode) : null;
}
