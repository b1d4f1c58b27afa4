import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode } from '@suunta/shared-domain';

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
    this.use(readStored() ?? DEFAULT_LANGUAGE, false);
  }

  use(language: LanguageCode, remember = true): void {
    this.current.set(language);
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, language);
      } catch {
        // Storage may be disabled (private mode); the choice then lasts for this visit.
      }
    }
  }
}

function readStored(): LanguageCode | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(value as LanguageCode) ? (value as LanguageCode) : null;
  } catch {
    return null;
  }
}
