import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-format';

describe('Intl formatters made once', () => {
  it('gives the same formatter for the same locale and options, and formats as a new one would', () => {
    const a = numberFormat('fi-FI', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(numberFormat('fi-FI', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe(a);
    expect(a.format(1234.5)).toBe(new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1234.5));
    const day = dateTimeFormat('sv-FI', { timeZone: 'UTC' });
    expect(dateTimeFormat('sv-FI', { timeZone: 'UTC' })).toBe(day);
    expect(day.format(new Date('2026-12-07T00:00:00Z'))).toBe('7.12.2026');
    expect(relativeTimeFormat('fi-FI', { numeric: 'auto' })).toBe(relativeTimeFormat('fi-FI', { numeric: 'auto' }));
  });

  it('keeps locales, options and kinds apart', () => {
    expect(numberFormat('fi-FI').format(0.5)).toBe('0,5');
    expect(numberFormat('en-GB').format(0.5)).toBe('0.5');
    expect(numberFormat('fi-FI', { style: 'percent' }).format(0.5)).toBe('50\u00a0%');
    expect(dateTimeFormat('en-GB', { timeZone: 'UTC' }).format(new Date('2026-12-07T00:00:00Z'))).toBe('07/12/2026');
    expect(dateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date('2026-12-07T00:00:00Z'))).toBe('7 December 2026');
  });

  it('does not grow without bound when a caller varies the options freely', () => {
    const first = numberFormat('fi-FI', { maximumFractionDigits: 0 });
    // 300 distinct option sets (21 × 20 combinations of the two digit counts)
    for (let i = 0; i < 300; i++) numberFormat('fi-FI', { minimumIntegerDigits: (i % 21) + 1, maximumFractionDigits: Math.floor(i / 21) });
    // after more than 256 distinct formatters the cache started over: the first one is made anew
    expect(numberFormat('fi-FI', { maximumFractionDigits: 0 })).not.toBe(first);
    expect(numberFormat('fi-FI', { maximumFractionDigits: 0 }).format(2.4)).toBe('2');
  });
});
