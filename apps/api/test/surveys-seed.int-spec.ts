import { createTestApp, signIn, SignedInAgent, TestApp } from '@suunta/api-testing';
import type { SurveyDetailDto, SurveySummaryDto, SurveyThemeDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { seedOnly, SURVEY_SEEDERS } from './surveys/seed-only';

/**
 * The 2020 Keski-Pohjanmaa evaluation survey as the seeder imports it from
 * tools/seed-data/surveys/kp-2020-webropol.txt (a copy of seeds/000_ff71400c25435d28.txt).
 * Every expected figure below was worked out by hand from the document's counts:
 *
 * | theme (question) | n of 1…5     | answered | Σ value×n      | average        | claimed (001) |
 * |------------------|--------------|----------|----------------|----------------|---------------|
 * | 1 (Q1)           | 0 0 1 9 3    | 13       | 3+36+15 = 54   | 54/13 = 4.1538 | 4.2           |
 * | 2 (Q3)           | 0 0 1 8 4    | 13       | 3+32+20 = 55   | 55/13 = 4.2308 | 4.2           |
 * | 3 (Q5)           | 0 0 7 3 3    | 13       | 21+12+15 = 48  | 48/13 = 3.6923 | 3.7           |
 * | 4 (Q7)           | 0 1 6 6 0    | 13       | 2+18+24 = 44   | 44/13 = 3.3846 | 3.4           |
 * | 5 (Q9)           | 0 0 1 8 4    | 13       | 3+32+20 = 55   | 55/13 = 4.2308 | 4.2           |
 * | 6 (Q11)          | 0 0 6 5 2    | 13       | 18+20+10 = 48  | 48/13 = 3.6923 | 3.7           |
 * | 7 (Q13)          | 0 0 2 6 4    | 12       | 6+24+20 = 50   | 50/12 = 4.1667 | 3.8 (= 50/13) |
 */
const EXPECTED = [
  { code: '2020-1', number: 1, counts: [0, 0, 1, 9, 3], answered: 13, total: 54, average: 4.15, claim: 4.2, differs: false, openNumber: 2, openAnswers: 5 },
  { code: '2020-2', number: 3, counts: [0, 0, 1, 8, 4], answered: 13, total: 55, average: 4.23, claim: 4.2, differs: false, openNumber: 4, openAnswers: 5 },
  { code: '2020-3', number: 5, counts: [0, 0, 7, 3, 3], answered: 13, total: 48, average: 3.69, claim: 3.7, differs: false, openNumber: 6, openAnswers: 6 },
  { code: '2020-4', number: 7, counts: [0, 1, 6, 6, 0], answered: 13, total: 44, average: 3.38, claim: 3.4, differs: false, openNumber: 8, openAnswers: 6 },
  { code: '2020-5', number: 9, counts: [0, 0, 1, 8, 4], answered: 13, total: 55, average: 4.23, claim: 4.2, differs: false, openNumber: 10, openAnswers: 6 },
  { code: '2020-6', number: 11, counts: [0, 0, 6, 5, 2], answered: 13, total: 48, average: 3.69, claim: 3.7, differs: false, openNumber: 12, openAnswers: 6 },
  { code: '2020-7', number: 13, counts: [0, 0, 2, 6, 4], answered: 12, total: 50, average: 4.17, claim: 3.8, differs: true, openNumber: 14, openAnswers: 6 },
];

describe('surveys: the seeded 2020 Keski-Pohjanmaa evaluation', () => {
  let t: TestApp;
  let board: SignedInAgent;
  let survey: SurveyDetailDto;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    expect(await seedOnly(t)).toEqual(SURVEY_SEEDERS);
    board = await signIn(t, { role: 'board' });
    const list = await board.get('/api/surveys').expect(200);
    const kp = (list.body as SurveySummaryDto[]).find((s) => s.regionCode === 'KP' && s.year === 2020);
    survey = (await board.get(`/api/surveys/${kp?.id}`).expect(200)).body;
  });
  afterAll(() => t.close());

  it('imports the survey once, for Keski-Pohjanmaa 2020, with 13 of 19 invited answering', () => {
    expect(survey).toMatchObject({
      year: 2020,
      regionCode: 'KP',
      title: 'SONet BOTNIAn strategian arviointi 2020 Keski-Pohjanmaa',
      invitedCount: 19,
      respondentCount: 13,
      responseRate: 68.4, // 13 / 19 = 0.68421
      sourceFormat: 'webropol-report',
      ranNote: 'tammi–helmikuu 2021',
      // the same period as dates, so Swedish and English pages can show it in their language
      ranFrom: '2021-01-01',
      ranTo: '2021-02-28',
      canEdit: false,
    });
    expect(survey.scale.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
    expect(survey.scale[0].label).toBe('ei toteutunut');
    expect(survey.scale[4].label).toBe('toteutui erittäin hyvin');
  });

  it('links the seven themes to the seven 2020 focus areas, in order', () => {
    expect(survey.themes.map((th) => th.focusArea?.code)).toEqual(EXPECTED.map((e) => e.code));
    expect(survey.strategyId).toBe(survey.themes[0].focusArea?.strategyId);
  });

  it.each(EXPECTED.map((e, i) => [e.code, i, e] as const))('theme %s: counts, respondents and the average computed from them', (_code, index, expected) => {
    const theme = survey.themes[index] as SurveyThemeDto;
    expect(theme.likert?.number).toBe(expected.number);
    expect(theme.likert?.stats?.distribution.map((b) => b.n)).toEqual(expected.counts);
    expect(theme.likert?.respondentCount).toBe(expected.answered);
    expect(theme.likert?.stats?.respondentCount).toBe(expected.answered);
    expect(theme.likert?.stats?.totalScore).toBe(expected.total);
    expect(theme.likert?.stats?.average).toBe(expected.average);
    expect(theme.open.map((q) => q.number)).toEqual([expected.openNumber]);
    expect(theme.open[0].answers).toHaveLength(expected.openAnswers);
    expect(theme.open[0].respondentCount).toBe(expected.openAnswers);
  });

  it("shows the annual report's claimed averages and flags only theme 7, whose claim divided by all 13", () => {
    expect(survey.themes.map((th) => th.claim?.average)).toEqual(EXPECTED.map((e) => e.claim));
    expect(survey.themes.map((th) => th.claim?.differs)).toEqual(EXPECTED.map((e) => e.differs));
    const seventh = survey.themes[6].claim;
    expect(seventh).toMatchObject({ computedRounded: 4.2, decimals: 1, matchesAllRespondentsDivision: true });
  });

  it('computes percentages over those who answered the question', () => {
    // theme 7: 2/12 = 16.67 %, 6/12 = 50 %, 4/12 = 33.33 %; theme 4: 1/13 = 7.69 %, 6/13 = 46.15 % twice
    expect(survey.themes[6].likert?.stats?.distribution.map((b) => b.percent)).toEqual([0, 0, 16.7, 50, 33.3]);
    expect(survey.themes[3].likert?.stats?.distribution.map((b) => b.percent)).toEqual([0, 7.7, 46.2, 46.2, 0]);
  });

  it('keeps the open answers word for word, and the closing question outside the themes', () => {
    expect(survey.themes[0].open[0].answers[0]).toBe('Innovatiivinen hanketyöskentely tukee erinomaisesti tavoitteen saavuttamista.');
    expect(survey.themes[0].open[0].answers[1]).toBe('kehittäminen on käytännönläheistä');
    expect(survey.themes[6].open[0].answers[1]).toBe('hyvä suoritus korona-ajassa');
    expect(survey.otherQuestions.map((q) => [q.number, q.kind, q.respondentCount, q.answers.length])).toEqual([[15, 'open', 7, 7]]);
    expect(survey.otherQuestions[0].answers[2]).toBe('Aktiivinen toimija alueella, hyvin verkostoitunut.');
  });

  it('answers the series of a 2020 theme with the Keski-Pohjanmaa 2020 point', async () => {
    const focusAreaId = survey.themes[3].focusArea?.id;
    const res = await board.get(`/api/surveys/series?focusAreaId=${focusAreaId}`).expect(200);
    expect(res.body.points).toEqual([
      expect.objectContaining({ year: 2020, regionCode: 'KP', respondentCount: 13, totalScore: 44, average: 3.38, surveyIds: [survey.id] }),
    ]);
    expect(res.body.points[0].counts).toEqual([1, 2, 3, 4, 5].map((value, i) => ({ value, n: [0, 1, 6, 6, 0][i] })));
    expect(res.body.regions.map((r: { code: string }) => r.code)).toEqual(['EP', 'KP', 'PO']);
  });

  it('adds nothing when the seed runs again', async () => {
    await seedOnly(t);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM survey`);
    expect(count).toBe(1);
  });
});
