import { CliError, parseRegion } from './organizations.cli';

describe('parseRegion', () => {
  it('reads a code and the names in Finnish, Swedish and English', () => {
    expect(parseRegion('ep=Etelä-Pohjanmaa|Södra Österbotten|South Ostrobothnia')).toEqual({
      code: 'EP',
      name: { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten', en: 'South Ostrobothnia' },
    });
    expect(parseRegion('KA=Kainuu')).toEqual({ code: 'KA', name: { fi: 'Kainuu' } });
  });

  it('refuses a region without a code or a Finnish name', () => {
    expect(() => parseRegion('Kainuu')).toThrow(CliError);
    expect(() => parseRegion('KA=|Kajanaland')).toThrow(/needs at least a Finnish name/);
  });
});
