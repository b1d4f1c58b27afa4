import type { FundingOverviewDto } from '@suunta/shared-domain';
import { formatEuro, formatPercent, FUNDING_TEXT, fundingTable } from './board-pack-funding';

describe('board pack funding words', () => {
  it('every language has every word, nested ones included', () => {
    expect(FUNDING_TEXT.fi.heading).toBe('Rahoitus lähteittäin');
    expect(FUNDING_TEXT.sv.sources.municipal).toBe('Kommunal finansiering');
    expect(FUNDING_TEXT.en.payers.unknown).toBe('payer not known');
    expect(FUNDING_TEXT.sv.earmarks.nordic_special_task).toBe('det nordiska specialuppdraget');
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(Object.keys(FUNDING_TEXT[lang]).sort()).toEqual(['earmarks', 'heading', 'none', 'of', 'ofWhich', 'payers', 'shareOfPool', 'sources', 'total', 'trend', 'unearmarked', 'year']);
      expect(Object.keys(FUNDING_TEXT[lang].sources)).toEqual(['state_subsidy', 'municipal', 'project', 'other']);
    }
  });

  it('euros and shares in the page language (the 2019 state subsidy of the seed: 241 551 €, 66,6 %)', () => {
    expect(formatEuro('241551.00', 'fi')).toBe('241 551 €');
    expect(formatEuro('241551.50', 'en')).toBe('€241,551.50');
    expect(formatPercent(66.6, 'sv')).toBe('66,6 %');
    expect(formatPercent(66.6, 'en')).toBe('66.6%');
  });

  it('a column per source present in any year, in the fixed source order, and a dash where a year has none', () => {
    const overview = {
      years: [
        { year: 2019, total: '100.00', bySource: [{ source: 'municipal', total: '100.00', sharePercent: 100 }], municipalByPayer: [], earmarks: [], entries: [] },
        { year: 2020, total: '300.00', bySource: [{ source: 'state_subsidy', total: '200.00', sharePercent: 66.7 }, { source: 'municipal', total: '100.00', sharePercent: 33.3 }], municipalByPayer: [], earmarks: [], entries: [] },
      ],
    } as unknown as FundingOverviewDto;
    expect(fundingTable(overview, 'fi')).toEqual({
      headers: ['Vuosi', 'Valtionosuus', 'Kuntarahoitus', 'Yhteensä'],
      rows: [
        ['2019', '–', '100 €\n(100,0 %)', '100 €'],
        ['2020', '200 €\n(66,7 %)', '100 €\n(33,3 %)', '300 €'],
      ],
    });
  });
});
