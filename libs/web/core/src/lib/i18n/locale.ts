import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode, dateTimeFormat } from '@suunta/shared-domain';

/**
 * The Intl/Angular locale of each UI language. Swedish is Finland-Swedish (sv-FI) and English
 * British (en-GB, day-first dates); Finnish and Swedish write a decimal comma, English a point.
 */
export const LOCALES: Record<LanguageCode, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function localeOf(language: string): string {
  return LOCALES[(LANGUAGES as readonly string[]).includes(language) ? (language as LanguageCode) : DEFAULT_LANGUAGE];
}

/**
 * A day (`YYYY-MM-DD`, or a UTC timestamp's day) as the language writes it: 7.12.2026 in Finnish
 * and Swedish, 07/12/2026 in English. Read in UTC, so the day never shifts with the browser's zone.
 */
export function formatDay(iso: string, language: string): string {
  return dateTimeFormat(localeOf(language), { timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
