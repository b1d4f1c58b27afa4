import { localized } from './transloco.providers';

describe('localized', () => {
  it('picks the requested language', () => {
    expect(localized({ fi: 'Pohjanmaa', sv: 'Österbotten', en: 'Ostrobothnia' }, 'sv')).toBe('Österbotten');
  });
  it('falls back to Finnish when a translation is missing or empty', () => {
    expect(localized({ fi: 'Keski-Pohjanmaa', sv: '' }, 'sv')).toBe('Keski-Pohjanmaa');
    expect(localized({ fi: 'Keski-Pohjanmaa' }, 'en')).toBe('Keski-Pohjanmaa');
  });
  it('gives an empty string for no text', () => {
    expect(localized(null, 'fi')).toBe('');
  });
});
