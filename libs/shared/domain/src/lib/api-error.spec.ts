import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_ERROR_CODES } from './api-error';

const LANGUAGES = ['fi', 'sv', 'en'] as const;
const errorsOf = (lang: string) =>
  (JSON.parse(readFileSync(resolve(__dirname, '../../../../../apps/web/public/i18n', `${lang}.json`), 'utf8')) as { errors?: Record<string, string> }).errors ?? {};
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('API error codes', () => {
  it('are unique snake_case names', () => {
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
    for (const code of API_ERROR_CODES) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it.each(LANGUAGES)('each has a text under errors.<code> in %s.json', (lang) => {
    const texts = errorsOf(lang);
    const missing = API_ERROR_CODES.filter((code) => !texts[code]?.trim());
    expect(missing).toEqual([]);
  });

  it('interpolate the same params in every language', () => {
    const [fi, sv, en] = LANGUAGES.map(errorsOf);
    const differing = API_ERROR_CODES.filter((code) => {
      const expected = JSON.stringify(placeholders(en[code] ?? ''));
      return JSON.stringify(placeholders(fi[code] ?? '')) !== expected || JSON.stringify(placeholders(sv[code] ?? '')) !== expected;
    });
    expect(differing).toEqual([]);
  });
});
