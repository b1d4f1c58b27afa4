import { formatAverage, formatChange, formatDate } from './format.util';

describe('board formatters', () => {
  it('writes averages with two decimals in the language', () => {
    expect(formatAverage(3.375, 'en')).toBe('3.38');
    expect(formatAverage(4, 'fi')).toBe('4,00');
    expect(formatAverage(null, 'fi')).toBe('–');
  });
  it('writes the sign of a change out', () => {
    expect(formatChange(0.13, 'fi')).toBe('+0,13');
    expect(formatChange(-0.25, 'en')).toBe('−0.25');
    expect(formatChange(0, 'en')).toBe('±0.00');
    expect(formatChange(null, 'en')).toBe('–');
  });
  it('writes dates the Finnish way in Finnish', () => {
    expect(formatDate('2020-06-30', 'fi')).toBe('30.6.2020');
    expect(formatDate(null, 'fi')).toBe('–');
  });
});
