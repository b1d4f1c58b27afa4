import type { ReportActionDto, ReportProgressEntryDto } from '@suunta/shared-domain';
import { combineRegionalSections, composeSectionDraft } from './draft-composer.util';
import { formatReportDate, formatReportNumber } from './report-language';

const entry = (over: Partial<ReportProgressEntryDto>): ReportProgressEntryDto => ({
  id: 'e',
  entryDate: '2020-01-01',
  narrative: '',
  value: null,
  unit: null,
  actionTitle: null,
  criterionTitle: null,
  authorName: 'Iiris Jurvansuu',
  ...over,
});
const action = (over: Partial<ReportActionDto>): ReportActionDto => ({ id: 'a', title: '', status: 'planned', targetValue: null, targetUnit: null, achievedValue: null, ...over });

describe('formatReportNumber and formatReportDate (the words of a draft)', () => {
  it('writes decimals with a comma in fi and sv and a point in en, with no trailing zeros', () => {
    expect(formatReportNumber(12.5, 'fi')).toBe('12,5');
    expect(formatReportNumber(12.5, 'sv')).toBe('12,5');
    expect(formatReportNumber(12.5, 'en')).toBe('12.5');
    expect(formatReportNumber(40, 'fi')).toBe('40');
    expect(formatReportNumber(0.25, 'fi')).toBe('0,25');
  });

  it('rounds to two decimals and never leaves a bare separator (3.999 is 4, not "4,")', () => {
    expect(formatReportNumber(3.999, 'fi')).toBe('4');
    expect(formatReportNumber(100.001, 'en')).toBe('100');
    expect(formatReportNumber(2.125, 'fi')).toBe('2,13');
  });

  it('writes 28.1.2021 in fi and sv, 28 Jan 2021 in en (a timestamp keeps only its day)', () => {
    expect(formatReportDate('2021-01-28', 'fi')).toBe('28.1.2021');
    expect(formatReportDate('2021-01-28', 'sv')).toBe('28.1.2021');
    expect(formatReportDate('2021-12-05T10:00:00Z', 'en')).toBe('5 Dec 2021');
  });
});

describe('composeSectionDraft (a section draft from the year’s entries and actions)', () => {
  const entries = [
    entry({ entryDate: '2020-03-05', narrative: 'Koulutus  pidetty\nSeinäjoella', value: 12.5, unit: 'henkilöä', actionTitle: 'Koulutukset', criterionTitle: 'Osaaminen' }),
    entry({ entryDate: '2020-11-30', narrative: 'Raportti valmis', criterionTitle: 'Tiedontuotanto' }),
    entry({ entryDate: '2020-12-01', narrative: 'Kysely', value: 3 }),
  ];
  const actions = [
    action({ title: 'Koulutukset', status: 'done', targetValue: 40, targetUnit: 'henkilöä', achievedValue: 12.5 }),
    action({ title: 'Verkostotapaaminen', status: 'postponed' }),
    action({ title: 'Opas', status: 'in_progress', targetValue: 3 }),
  ];

  it('lists what was done, the targets and the actions not done, in Finnish', () => {
    expect(composeSectionDraft(2020, entries, actions)).toBe(
      [
        '### Toteutunut toiminta 2020',
        '',
        // whitespace folded; the value with its unit; the action, else the criterion, after a dash
        '- 5.3.2020: Koulutus pidetty Seinäjoella (12,5 henkilöä) – Koulutukset',
        '- 30.11.2020: Raportti valmis – Tiedontuotanto',
        '- 1.12.2020: Kysely (3)',
        '',
        '### Määrälliset tavoitteet',
        '',
        // 12.5 / 40 = 31.25 % → 31 %; nothing logged counts as 0; no unit, no double space
        '- Koulutukset: 12,5 / 40 henkilöä (31 %)',
        '- Opas: 0 / 3 (0 %)',
        '',
        '### Toteutumatta jääneet toimenpiteet',
        '',
        '- Verkostotapaaminen (siirretty)',
        '- Opas (kesken)',
      ].join('\n'),
    );
  });

  it('in English: point decimals, "31%" without the space, English dates and statuses', () => {
    const draft = composeSectionDraft(2020, entries.slice(0, 1), actions, 'en');
    expect(draft).toContain('- 5 Mar 2020: Koulutus pidetty Seinäjoella (12.5 henkilöä) – Koulutukset');
    expect(draft).toContain('- Koulutukset: 12.5 / 40 henkilöä (31%)');
    expect(draft).toContain('- Verkostotapaaminen (postponed)');
  });

  it('says there are no entries, and leaves out the target and not-done parts when nothing belongs there', () => {
    expect(composeSectionDraft(2021, [], [action({ title: 'Valmis', status: 'done' })], 'sv')).toBe(
      '### Genomförd verksamhet 2021\n\nInga framstegsanteckningar har gjorts för detta tema år 2021.',
    );
  });

  it('a target of 0 shows no percentage (no division by zero)', () => {
    expect(composeSectionDraft(2020, [], [action({ title: 'Nolla', status: 'done', targetValue: 0, targetUnit: 'kpl', achievedValue: 2 })])).toMatch(/\n- Nolla: 2 \/ 0 kpl$/);
  });
});

describe('combineRegionalSections (the whole organization’s section)', () => {
  it('puts each region’s trimmed text under its name and says when a region wrote nothing', () => {
    expect(
      combineRegionalSections(
        [
          { regionName: 'Pohjanmaa', text: '  Teksti.  ' },
          { regionName: 'Etelä-Pohjanmaa', text: '   ' },
          { regionName: 'Keski-Pohjanmaa', text: null },
        ],
        'sv',
      ),
    ).toBe('## Pohjanmaa\n\nTeksti.\n\n## Etelä-Pohjanmaa\n\nIngen text från denna region.\n\n## Keski-Pohjanmaa\n\nIngen text från denna region.');
  });

  it('no regions, no text', () => expect(combineRegionalSections([])).toBe(''));
});
