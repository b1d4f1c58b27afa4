import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode } from '@suunta/shared-domain';

/**
 * The Intl/Angular locale of each UI language. Swedish is Finland-Swedish (sv-FI) and English
 * British (en-GB, day-first dates); Finnish and Swedish write a decimal comma, English a point.
 */
export const LOCALES: Record<LanguageCode, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function localeOf(language: string): string {
  return LOCALES[(LANGUAGES as readonly string[]).includes(language) ? (language as LanguageCode) : DEFAULT_LANGUAGE];
}
