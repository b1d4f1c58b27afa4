import { nextTitle } from './plan-title.util';

describe('nextTitle (the title a copied plan starts with)', () => {
  it('moves the years of a two-year plan on by two', () => {
    expect(nextTitle('Toimintasuunnitelma 2019–2020', 2019)).toBe('Toimintasuunnitelma 2021–2022');
  });

  it('reads a hyphen, spaces around the dash and the short second year; writes an en dash', () => {
    expect(nextTitle('Toimintasuunnitelma 2019-2020', 2019)).toBe('Toimintasuunnitelma 2021–2022');
    expect(nextTitle('Verksamhetsplan 2019 – 2020 (utkast)', 2019)).toBe('Verksamhetsplan 2021–2022 (utkast)');
    expect(nextTitle('Toimintasuunnitelma 2019–20', 2019)).toBe('Toimintasuunnitelma 2021–2022');
  });

  it('appends the next years to a title without the plan’s own years', () => {
    expect(nextTitle('Toimintasuunnitelma', 2019)).toBe('Toimintasuunnitelma 2021–2022');
    // other years in the title are not the plan's: left as they are
    expect(nextTitle('Strategia 2016–2017 jatko', 2019)).toBe('Strategia 2016–2017 jatko 2021–2022');
  });

  it('does not take a longer period for the plan’s years (2019–2021 is not 2019–20 + "21")', () => {
    expect(nextTitle('Suunnitelma 2019–2021', 2019)).toBe('Suunnitelma 2019–2021 2021–2022');
    expect(nextTitle('Suunnitelma 12019–2020', 2019)).toBe('Suunnitelma 12019–2020 2021–2022');
  });

  it('replaces only the first occurrence', () => {
    expect(nextTitle('2019–2020: tavoitteet 2019–2020', 2019)).toBe('2021–2022: tavoitteet 2019–2020');
  });
});
