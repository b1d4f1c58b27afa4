import { formatDay, localeOf } from './locale';

describe('locale', () => {
  it('maps the UI languages to their Intl locales, and anything else to Finnish', () => {
    expect(localeOf('sv')).toBe('sv-FI');
    expect(localeOf('en')).toBe('en-GB');
    expect(localeOf('de')).toBe('fi-FI');
  });

  it('writes a day day-first in every language, the same day for a timestamp late in the UTC day', () => {
    expect(formatDay('2026-12-07', 'fi')).toBe('7.12.2026');
    expect(formatDay('2026-12-07', 'sv')).toBe('7.12.2026');
    expect(formatDay('2026-12-07', 'en')).toBe('07/12/2026');
    expect(formatDay('2026-03-01T23:30:00.000Z', 'fi')).toBe('1.3.2026');
  });
});
