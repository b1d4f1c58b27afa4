import { suggestFocusAreas, titleSimilarity } from './focus-area-match.util';

const fa = (id: string, title: string, strategyId = 's2020') => ({ id, title, strategyId });

describe('titleSimilarity', () => {
  it('matches inflected Finnish wordings of the same theme', () => {
    // stems vahvi sosia ammat osami|osaam ident: 4 of 5 shared on each side → 2×4 / (5+5)
    expect(titleSimilarity('Vahvistaa sosiaalialan ammatillista osamista ja identiteettiä', 'Vahvistaa sosiaalialan ammatillista osaamista ja identiteettiä')).toBeCloseTo(0.8);
  });
  it('scores unrelated titles low', () => {
    expect(titleSimilarity('Pohjoismainen erityistehtävä', 'Järjestöjen ja julkisen kumppanuuden edistäminen')).toBe(0);
  });
});

describe('suggestFocusAreas', () => {
  it('links by title first and by position for the rest when one strategy has as many focus areas as themes', () => {
    const themes = [
      { index: 1, title: 'Sosiaalialan käytännön läheinen kehittäminen ja integroituvat palvelut' },
      { index: 2, title: 'Vahvistaa sosiaalialan ammatillista osamista ja identiteettiä' },
      { index: 3, title: 'Järjestöjen ja julkisen kumppanuuden edistäminen' },
    ];
    const candidates = [
      fa('a', 'Sosiaalialan käytännönläheinen kehittäminen ja integroituvat palvelut kunta-, maakunta- ja yhteistyöalueilla'),
      fa('b', 'Sosiaalisen vahvistaminen'),
      fa('c', 'Järjestöjen ja julkisen kumppanuuden edistäminen'),
    ];
    const result = suggestFocusAreas(themes, candidates);
    expect(result.get(1)).toBe('a');
    expect(result.get(3)).toBe('c');
    expect(result.get(2)).toBe('b'); // "Sosiaalisen vahvistaminen" shares two stems
  });

  it('never suggests one focus area for two themes', () => {
    const result = suggestFocusAreas(
      [{ index: 1, title: 'Digitaalisuus' }, { index: 2, title: 'Digitaalisuus ja tiedonhallinta' }],
      [fa('x', 'Digitaalisuus ja tiedonhallinta'), fa('y', 'Muu', 'other'), fa('z', 'Kolmas', 'other'), fa('w', 'Neljäs', 'third')],
    );
    expect(new Set(result.values()).size).toBe(result.size);
    expect(result.get(2)).toBe('x');
  });
});
