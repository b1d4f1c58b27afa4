import { cleanLine, columnLetter, joinWrappedLines, parseDecimal } from './text.util';

describe('text utilities', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it.each([
    ['7,69', { value: 7.69, decimals: 2 }],
    ['7.69', { value: 7.69, decimals: 2 }],
    ['50', { value: 50, decimals: 0 }],
    ['1,', undefined],
    ['x', undefined],
  ])('parses %j', (token, expected) => {
    expect(parseDecimal(token)).toEqual(expected);
  });

  it('joins hyphen-wrapped words without a space but keeps a spaced dash', () => {
    expect(joinWrappedLines(['sote-', 'integroidun', 'edistäminen -', 'sekä'])).toBe('sote-integroidun edistäminen - sekä');
  });

  it('turns odd spaces into spaces and drops invisible characters', () => {
    expect(cleanLine('\ufeffa\u00a0b\tc\u00add\u200be')).toBe('a b cde');
  });
});
