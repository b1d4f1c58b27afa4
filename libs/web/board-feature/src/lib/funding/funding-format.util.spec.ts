import { formatEuro, formatShare, parseEuroInput } from './funding-format.util';

// Intl puts a no-break space (U+00A0) or narrow one (U+202F) where Finnish and Swedish write a space
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('funding formats', () => {
  it('writes euros the way each language does', () => {
    expect(plain(formatEuro('241551.00', 'fi'))).toBe('241 551 €');
    expect(plain(formatEuro('241551.00', 'sv'))).toBe('241 551 €');
    expect(formatEuro('241551.00', 'en')).toBe('€241,551');
    expect(plain(formatEuro('15000.50', 'fi'))).toBe('15 000,50 €');
    expect(formatEuro('15000.50', 'en')).toBe('€15,000.50');
    expect(formatEuro(null, 'fi')).toBe('–');
  });

  it('writes shares with one decimal', () => {
    expect(plain(formatShare(66.6, 'fi'))).toBe('66,6 %');
    expect(formatShare(66.6, 'en')).toBe('66.6%');
  });

  it('reads typed amounts in the language of the page', () => {
    expect(parseEuroInput('241 551', 'fi')).toBe('241551');
    expect(parseEuroInput('241 551,50 €', 'fi')).toBe('241551.50');
    expect(parseEuroInput('241.551', 'fi')).toBe('241551');
    expect(parseEuroInput('€241,551.5', 'en')).toBe('241551.5');
    expect(parseEuroInput('12,345', 'en')).toBe('12345');
    expect(parseEuroInput('abc', 'fi')).toBeNull();
    expect(parseEuroInput('1,234', 'fi')).toBeNull();
    expect(parseEuroInput('', 'fi')).toBeNull();
  });
});
