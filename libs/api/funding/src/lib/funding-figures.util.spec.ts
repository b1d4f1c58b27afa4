import type { FundingEntryDto } from '@suunta/shared-domain';
import { fromCents, sharePercent, summarizeYear, toCents } from './funding-figures.util';

const entry = (over: Partial<FundingEntryDto>): FundingEntryDto => ({
  id: 'x',
  year: 2019,
  source: 'state_subsidy',
  payer: null,
  regionId: null,
  regionCode: null,
  description: null,
  amount: '0.00',
  poolAmount: null,
  poolDescription: null,
  poolSharePercent: null,
  earmarks: [],
  unearmarked: '0.00',
  documents: [],
  sourceRef: null,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('exact euro arithmetic', () => {
  it('reads and writes amounts as whole cents', () => {
    expect(toCents('241551')).toBe(24155100n);
    expect(toCents('0.1')).toBe(10n);
    expect(toCents('0.05')).toBe(5n);
    expect(fromCents(24155100n)).toBe('241551.00');
    expect(fromCents(5n)).toBe('0.05');
    expect(() => toCents('1 000')).toThrow();
  });

  it('adds amounts that floats get wrong', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    const y = summarizeYear(2030, [entry({ amount: '0.10' }), entry({ amount: '0.20' })]);
    expect(y.total).toBe('0.30');
  });

  it('rounds shares half up to one decimal', () => {
    expect(sharePercent(1n, 8n)).toBe(12.5);
    expect(sharePercent(1n, 3n)).toBe(33.3);
    expect(sharePercent(2n, 3n)).toBe(66.7);
    expect(sharePercent(1n, 0n)).toBeNull();
  });
});

describe('summarizeYear', () => {
  it('computes the 2019 figures of the 12.4.2019 presentation', () => {
    const y = summarizeYear(2019, [
      entry({ source: 'state_subsidy', amount: '241551.00', earmarks: [{ kind: 'nordic_special_task', label: null, amount: '22125.00', sharePercent: null }] }),
      entry({ source: 'municipal', payer: 'basic_agreement_parties', amount: '81000.00' }),
      entry({ source: 'municipal', payer: 'other_parties', amount: '40120.00' }),
    ]);
    // 241 551 + 81 000 + 40 120 = 362 671
    expect(y.total).toBe('362671.00');
    // 241 551 / 362 671 = 0.66604… ; 121 120 / 362 671 = 0.33396…
    expect(y.bySource).toEqual([
      { source: 'state_subsidy', total: '241551.00', sharePercent: 66.6 },
      { source: 'municipal', total: '121120.00', sharePercent: 33.4 },
    ]);
    // 81 000 / 121 120 = 0.66876… ; 40 120 / 121 120 = 0.33124…
    expect(y.municipalByPayer).toEqual([
      { payer: 'basic_agreement_parties', total: '81000.00', sharePercent: 66.9 },
      { payer: 'other_parties', total: '40120.00', sharePercent: 33.1 },
    ]);
    // 22 125 / 241 551 = 0.09159…
    expect(y.earmarks).toEqual([{ kind: 'nordic_special_task', label: null, source: 'state_subsidy', total: '22125.00', sharePercent: 9.2 }]);
  });
});
