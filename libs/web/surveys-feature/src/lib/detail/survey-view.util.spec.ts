import type { SurveyThemeDto } from '@suunta/shared-domain';
import { surveyPeriod, themeRow } from './survey-view.util';

const theme = (likert: SurveyThemeDto['likert']): SurveyThemeDto => ({
  id: 't1',
  index: 7,
  title: 'Järjestöjen ja julkisen kumppanuuden edistäminen',
  focusArea: null,
  likert,
  open: [],
  claim: null,
});

describe('themeRow', () => {
  it("turns a theme's Likert question into one stacked-bar row with its computed figures", () => {
    const row = themeRow(
      theme({
        id: 'q13',
        number: 13,
        text: 'Järjestöjen ja julkisen kumppanuuden edistäminen',
        kind: 'likert',
        respondentCount: 12,
        stats: {
          respondentCount: 12,
          totalScore: 50,
          average: 4.17,
          distribution: [
            { value: 3, label: 'toteutui kohtalaisesti', n: 2, percent: 16.7 },
            { value: 4, label: 'toteutui hyvin', n: 6, percent: 50 },
            { value: 5, label: 'toteutui erittäin hyvin', n: 4, percent: 33.3 },
          ],
        },
        answers: [],
        sourceLine: 254,
        sourceColumn: null,
      }),
    );
    expect(row).toEqual({
      label: '7. Järjestöjen ja julkisen kumppanuuden edistäminen',
      respondentCount: 12,
      average: 4.17,
      buckets: [
        { value: 3, n: 2, percent: 16.7 },
        { value: 4, n: 6, percent: 50 },
        { value: 5, n: 4, percent: 33.3 },
      ],
    });
  });

  it('gives no row for a theme without a Likert question', () => {
    expect(themeRow(theme(null))).toBeNull();
  });
});

describe('surveyPeriod', () => {
  it('names whole months in the page language, not in the Finnish of the imported note', () => {
    const fi = surveyPeriod('2021-01-01', '2021-02-28', 'fi') ?? '';
    const sv = surveyPeriod('2021-01-01', '2021-02-28', 'sv') ?? '';
    const en = surveyPeriod('2021-01-01', '2021-02-28', 'en') ?? '';
    expect(fi).toMatch(/tammikuu.*helmikuu.*2021/);
    expect(sv).toMatch(/januari.*februari 2021/);
    expect(en).toMatch(/January.*February 2021/);
    expect(sv + en).not.toMatch(/tammi|helmi/);
  });
  it('shows other spans as dates, one day as one date, and nothing without dates', () => {
    expect(surveyPeriod('2021-01-11', '2021-02-05', 'fi')).toMatch(/11\.1\..*5\.2\.2021/);
    expect(surveyPeriod('2021-01-11', null, 'fi')).toBe('11.1.2021');
    expect(surveyPeriod(null, null, 'en')).toBeNull();
  });
});
