import { createTestApp, ensureOrganization, signIn, SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { SurveyDetailDto, SurveyImportPreviewDto, SurveySeriesDto, SurveySummaryDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { seedOnly } from './surveys/seed-only';
import { smallReport, webropolReport } from './surveys/webropol-fixture';

/**
 * Survey import, reading, series, editing and deleting through the real API on a seeded database
 * (organization, strategies with their focus-area mappings, and the 2020 KP survey).
 *
 * `smallReport` by hand: theme 1 counts 0 1 2 4 3 → 10 answered, Σ = 2+6+16+15 = 39, 39/10 = 3.90;
 * theme 2 counts 1 0 3 5 0 → 9 answered, Σ = 1+9+20 = 30, 30/9 = 3.333 → 3.33.
 */
describe('surveys API', () => {
  let t: TestApp;
  let org: TestOrganization;
  let management: SignedInAgent;
  let plannerKp: SignedInAgent;
  let board: SignedInAgent;
  let viewer: SignedInAgent;
  const focusArea: Record<string, string> = {};

  const rowCounts = async () =>
    (
      await t.dataSource.query(`SELECT
        (SELECT count(*) FROM survey)::int AS surveys, (SELECT count(*) FROM survey_theme)::int AS themes,
        (SELECT count(*) FROM survey_question)::int AS questions, (SELECT count(*) FROM survey_likert_count)::int AS counts,
        (SELECT count(*) FROM survey_open_answer)::int AS answers, (SELECT count(*) FROM survey_scale_point)::int AS scale`)
    )[0];

  const importBody = (content: string, region: string, extra: Record<string, unknown> = {}) => ({
    mode: 'commit',
    format: 'webropol-report',
    content,
    regionId: org.regions[region],
    ...extra,
  });

  const commit = async (agent: SignedInAgent, content: string, region: string, extra: Record<string, unknown> = {}): Promise<SurveyDetailDto> => {
    const res = await agent.post('/api/surveys/import').send(importBody(content, region, extra));
    if (res.status !== 201) throw new Error(`import answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.survey;
  };

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    await seedOnly(t);
    org = await ensureOrganization(t);
    management = await signIn(t, { role: 'management' });
    plannerKp = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    board = await signIn(t, { role: 'board' });
    viewer = await signIn(t, { role: 'viewer' });
    const rows: { id: string; code: string }[] = await t.dataSource.query(`SELECT id, code FROM focus_area WHERE code IS NOT NULL`);
    for (const row of rows) focusArea[row.code] = row.id;
  });
  afterAll(() => t.close());

  describe('preview', () => {
    it('returns every parsed figure and suggestion and saves nothing', async () => {
      const before = await rowCounts();
      const res = await management
        .post('/api/surveys/import')
        .send({ ...importBody(smallReport('preview', 2020), 'EP'), mode: 'preview' })
        .expect(200);
      const preview = res.body as SurveyImportPreviewDto;
      expect(preview).toMatchObject({ mode: 'preview', year: 2020, respondentCount: 10, canCommit: true, duplicateOfSurveyId: null, problems: [] });
      expect(preview.title).toBe('EP SONet BOTNIA Arviointi 2020 preview');
      expect(preview.questions.map((q) => [q.number, q.kind, q.respondentCount])).toEqual([
        [1, 'likert', 10],
        [2, 'open', 2],
        [3, 'likert', 9],
        [4, 'open', 1],
      ]);
      expect(preview.questions[0].counts.map((c) => c.n)).toEqual([0, 1, 2, 4, 3]);
      expect(preview.questions[0].stats).toMatchObject({ respondentCount: 10, totalScore: 39, average: 3.9 });
      expect(preview.questions[2].stats).toMatchObject({ respondentCount: 9, totalScore: 30, average: 3.33 });
      // 1/9 = 11.11 %, 3/9 = 33.33 %, 5/9 = 55.56 %
      expect(preview.questions[2].stats?.distribution.map((b) => b.percent)).toEqual([11.1, 0, 33.3, 55.6, 0]);
      expect(preview.questions[1].answers).toEqual(['Hyvää työtä.', 'Jatkakaa.']);
      // suggested from the 2020 themes by title; nothing linked until the request says so
      expect(preview.themes.map((th) => [th.index, th.questionNumbers, th.focusAreaId, th.suggestedFocusAreaId])).toEqual([
        [1, [1, 2], null, focusArea['2020-1']],
        [2, [3, 4], null, focusArea['2020-7']],
      ]);
      expect(preview.focusAreaOptions.length).toBeGreaterThanOrEqual(7);
      expect(await rowCounts()).toEqual(before);
    });

    it('lists every problem of a malformed report with its line, and the commit is refused with 422 naming the line', async () => {
      const content = webropolReport({
        title: 'KP Arviointi 2022 malformed',
        total: 10,
        themes: [
          { title: 'Teema A', counts: [0, 1, 2, 4, 3] },
          { title: 'Teema B', counts: [0, 0, 5, 5, 0], respondents: 9 },
        ],
      }).replace('4 = toteutui hyvin 4 40%', '4 = toteutui hyvin 4 44%');
      const res = await management.post('/api/surveys/import').send({ ...importBody(content, 'KP'), mode: 'preview' }).expect(200);
      const codes = (res.body as SurveyImportPreviewDto).problems.map((p) => [p.severity, p.code, typeof p.line]);
      expect(codes).toEqual(
        expect.arrayContaining([
          ['error', 'COUNT_SUM_MISMATCH', 'number'],
          ['warning', 'PERCENT_MISMATCH', 'number'],
        ]),
      );
      expect(res.body.canCommit).toBe(false);
      const before = await rowCounts();
      const refused = await management.post('/api/surveys/import').send(importBody(content, 'KP')).expect(422);
      expect(refused.body.message).toMatch(/line \d+/i);
      expect(refused.body.errors[0].field).toMatch(/^content\.line\.\d+$/);
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('commit', () => {
    it('saves the survey with its themes, counts and answers, and reads it back with computed averages', async () => {
      const survey = await commit(management, smallReport('commit', 2020), 'EP', {
        themeLinks: [
          { themeIndex: 1, focusAreaId: focusArea['2020-1'] },
          { themeIndex: 2, focusAreaId: focusArea['2020-7'] },
        ],
        invitedCount: 16,
        ranFrom: '2021-01-11',
        ranTo: '2021-02-05',
      });
      expect(survey).toMatchObject({ year: 2020, regionCode: 'EP', invitedCount: 16, respondentCount: 10, responseRate: 62.5, ranFrom: '2021-01-11', ranTo: '2021-02-05', version: 1, canEdit: true });
      const read = (await viewer.get(`/api/surveys/${survey.id}`).expect(200)).body as SurveyDetailDto;
      expect(read.canEdit).toBe(false);
      expect(read.themes.map((th) => [th.focusArea?.code, th.likert?.stats?.average, th.likert?.stats?.respondentCount, th.open[0]?.answers.length])).toEqual([
        ['2020-1', 3.9, 10, 2],
        ['2020-7', 3.33, 9, 1],
      ]);
      expect(read.strategyId).toBe(read.themes[0].focusArea?.strategyId);
      const [{ imported_by }] = await t.dataSource.query(`SELECT imported_by FROM survey WHERE id = $1`, [survey.id]);
      expect(imported_by).toBe(management.user.id);
      const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'survey' AND entity_id = $1`, [survey.id]);
      expect(audit).toEqual([{ action: 'import' }]);
    });

    it('refuses the same content a second time, even re-pasted with other line endings and spacing', async () => {
      const content = smallReport('duplicate', 2020);
      const first = await commit(management, content, 'PO');
      const before = await rowCounts();
      const again = content.replace(/\n/g, '\r\n').replace(/ {2,}/g, ' ');
      const preview = await management.post('/api/surveys/import').send({ ...importBody(again, 'PO'), mode: 'preview' }).expect(200);
      expect(preview.body.duplicateOfSurveyId).toBe(first.id);
      expect(preview.body.canCommit).toBe(false);
      const refused = await management.post('/api/surveys/import').send(importBody(again, 'PO')).expect(409);
      expect(refused.body.message).toContain(first.id);
      expect(await rowCounts()).toEqual(before);
    });

    it('saves all or nothing: a failure while writing the last open answer leaves no trace', async () => {
      // A real database failure in the last write of the import (no mocks): a trigger refuses one answer.
      await t.dataSource.query(`
        CREATE FUNCTION test_refuse_answer() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.text = 'KAATUU' THEN RAISE EXCEPTION 'refused by test' USING ERRCODE = '40001'; END IF;
          RETURN NEW;
        END $$`);
      await t.dataSource.query(`CREATE TRIGGER test_refuse_answer BEFORE INSERT ON survey_open_answer FOR EACH ROW EXECUTE FUNCTION test_refuse_answer()`);
      try {
        const before = await rowCounts();
        const content = webropolReport({
          title: 'KP Arviointi 2023 atomic',
          total: 5,
          themes: [{ title: 'Teema', counts: [0, 0, 1, 2, 2], open: ['Hyvä.', 'KAATUU'] }],
        });
        await management.post('/api/surveys/import').send(importBody(content, 'KP')).expect(409);
        expect(await rowCounts()).toEqual(before);
        const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'survey' AND after->>'title' = 'KP Arviointi 2023 atomic'`);
        expect(audit[0].n).toBe(0);
      } finally {
        await t.dataSource.query(`DROP TRIGGER test_refuse_answer ON survey_open_answer`);
        await t.dataSource.query(`DROP FUNCTION test_refuse_answer()`);
      }
    });
  });

  describe('bad input', () => {
    it('answers garbage with a preview problem naming line 1 and refuses the commit with 422', async () => {
      const garbage = 'hello world\nthis is not a survey\n';
      const preview = await management.post('/api/surveys/import').send({ ...importBody(garbage, 'KP'), mode: 'preview' }).expect(200);
      expect(preview.body.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'NO_QUESTIONS', line: 1 })]);
      const res = await management.post('/api/surveys/import').send(importBody(garbage, 'KP')).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, errors: [{ field: 'content.line.1' }] });
      expect(res.body.message).toContain('line 1');
    });

    it('refuses an empty report with 422 and a binary file (NUL bytes) with 400 naming the field', async () => {
      await management.post('/api/surveys/import').send(importBody('   \n', 'KP')).expect(422);
      const binary = await management.post('/api/surveys/import').send(importBody('PK\u0003\u0004\nabc\u0000', 'KP')).expect(400);
      // NUL characters are refused centrally for every text field before any parser runs (libs/api/core README)
      expect(binary.body.errors).toEqual([expect.objectContaining({ field: 'content', code: 'invalid_characters' })]);
    });

    it('validates the request: fields, region, focus areas and theme numbers', async () => {
      const content = smallReport('validation', 2020);
      const missing = await management.post('/api/surveys/import').send({ mode: 'commit', format: 'webropol-report', content }).expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('regionId');
      await management.post('/api/surveys/import').send({ ...importBody(content, 'KP'), format: 'pdf' }).expect(400);
      await management.post('/api/surveys/import').send({ ...importBody(content, 'KP'), year: 1800 }).expect(400);
      await management.post('/api/surveys/import').send({ ...importBody(content, 'KP'), regionId: '00000000-0000-4000-8000-000000000000' }).expect(400);
      const badLink = await management
        .post('/api/surveys/import')
        .send(importBody(content, 'KP', { themeLinks: [{ themeIndex: 1, focusAreaId: '00000000-0000-4000-8000-000000000000' }] }))
        .expect(400);
      expect(badLink.body.errors[0].field).toBe('themeLinks.0.focusAreaId');
      const badTheme = await management
        .post('/api/surveys/import')
        .send(importBody(content, 'KP', { themeLinks: [{ themeIndex: 3, focusAreaId: focusArea['2020-1'] }] }))
        .expect(400);
      expect(badTheme.body.errors[0].field).toBe('themeLinks.0.themeIndex');
      await management.post('/api/surveys/import').send(importBody(content, 'KP', { ranFrom: '2021-02-01', ranTo: '2021-01-01' })).expect(400);
      // more respondents than invited is a file problem, named
      const tooMany = await management.post('/api/surveys/import').send(importBody(content, 'KP', { invitedCount: 5 })).expect(422);
      expect(tooMany.body.message).toMatch(/invited/i);
    });
  });

  describe('CSV export with a mapping step', () => {
    // Columns: A respondent, B timestamp (ignored), C Likert, D open, E Likert, F open.
    // By hand: C = 4, 5, 3, 4 → 4 answered, Σ 16, 4.00; E = 5, 3, –, 3 → 3 answered, Σ 11, 3.67.
    const csv = [
      'Vastaaja;Aloitettu;1. Käytännön kehittäminen;2. Avoin arviointi;3. Kumppanuus;4. Mitä muuta',
      '1;15.1.2021 9:12;4;"Hyvä";5;',
      '2;15.1.2021 10:03;5;;3;"Kiitos"',
      '3;16.1.2021 8:45;3;"Kehitettävää; paljon";;',
      '4;16.1.2021 9:00;4 = toteutui hyvin;;3;',
    ].join('\n');

    it('previews the columns, then saves with columns mapped to focus areas', async () => {
      const preview = (
        await management
          .post('/api/surveys/import')
          .send({ mode: 'preview', format: 'webropol-csv', content: csv, regionId: org.regions['PO'], year: 2020, title: 'PO arviointi 2020 (CSV)' })
          .expect(200)
      ).body as SurveyImportPreviewDto;
      expect(preview.columns?.map((c) => [c.letter, c.kind])).toEqual([
        ['A', 'ignored'],
        ['B', 'ignored'],
        ['C', 'likert'],
        ['D', 'open'],
        ['E', 'likert'],
        ['F', 'open'],
      ]);
      expect(preview.respondentCount).toBe(4);
      const survey = await commit(management, csv, 'PO', {
        format: 'webropol-csv',
        year: 2020,
        title: 'PO arviointi 2020 (CSV)',
        columns: [
          { letter: 'C', focusAreaId: focusArea['2020-1'] },
          { letter: 'D', focusAreaId: focusArea['2020-1'] },
          { letter: 'E', focusAreaId: focusArea['2020-7'] },
          { letter: 'F', kind: 'open' },
        ],
      });
      expect(survey.respondentCount).toBe(4);
      expect(survey.themes.map((th) => [th.focusArea?.code, th.likert?.stats?.distribution.map((b) => b.n), th.likert?.stats?.average, th.open.flatMap((q) => q.answers)])).toEqual([
        ['2020-1', [0, 0, 1, 2, 1], 4, ['Hyvä', 'Kehitettävää; paljon']],
        ['2020-7', [0, 0, 2, 0, 1], 3.67, []],
      ]);
      expect(survey.otherQuestions.map((q) => q.answers)).toEqual([['Kiitos']]);
    });

    it('names the cell of a value that is not on the scale', async () => {
      const bad = csv.replace('2;15.1.2021 10:03;5;', '2;15.1.2021 10:03;7;');
      const res = await management
        .post('/api/surveys/import')
        .send({ mode: 'commit', format: 'webropol-csv', content: bad, regionId: org.regions['PO'], year: 2020, title: 'x', columns: [{ letter: 'C', kind: 'likert' }] })
        .expect(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('content.cell.C3');
    });
  });

  describe('reading', () => {
    it('lists surveys filtered by region, year and focus area', async () => {
      const all = (await board.get('/api/surveys').expect(200)).body as SurveySummaryDto[];
      expect(all.length).toBeGreaterThanOrEqual(3);
      const kp = (await board.get(`/api/surveys?regionId=${org.regions['KP']}&year=2020`).expect(200)).body as SurveySummaryDto[];
      expect(kp.map((s) => [s.regionCode, s.year, s.title])).toEqual([['KP', 2020, 'SONet BOTNIAn strategian arviointi 2020 Keski-Pohjanmaa']]);
      const linked = (await board.get(`/api/surveys?focusAreaId=${focusArea['2020-7']}`).expect(200)).body as SurveySummaryDto[];
      expect(linked.every((s) => s.year === 2020)).toBe(true);
      expect(linked.map((s) => s.regionCode).sort()).toEqual(['EP', 'KP', 'PO']);
      await board.get('/api/surveys?year=abc').expect(400);
    });

    it('answers 404 for an unknown survey and 400 for a malformed id', async () => {
      await board.get('/api/surveys/00000000-0000-4000-8000-000000000000').expect(404);
      await board.get('/api/surveys/not-a-uuid').expect(400);
    });
  });

  describe('series', () => {
    it('pools each region and year, and follows the mappings to earlier strategies', async () => {
      // 2019 in EP, linked to 2018-1, which 2020-1 continues (focus-area-mappings.json)
      await commit(
        management,
        webropolReport({ title: 'EP Arviointi 2019', total: 8, themes: [{ title: 'Käytännönläheinen kehittäminen', counts: [0, 0, 4, 4, 0] }] }),
        'EP',
        { themeLinks: [{ themeIndex: 1, focusAreaId: focusArea['2018-1'] }] },
      );
      const series = (await board.get(`/api/surveys/series?focusAreaId=${focusArea['2020-1']}`).expect(200)).body as SurveySeriesDto;
      expect(series.lineage.map((f) => f.code)).toEqual(expect.arrayContaining(['2020-1', '2018-1', '2018-4', '2015-1']));
      // by hand: EP 2019: 3×4 + 4×4 = 28 / 8 = 3.50; EP 2020: 3.90 (smallReport theme 1);
      // KP 2020: 54/13 = 4.15 (seed); PO 2020: the CSV, 16/4 = 4.00
      expect(series.points.map((p) => [p.year, p.regionCode, p.respondentCount, p.totalScore, p.average])).toEqual([
        [2019, 'EP', 8, 28, 3.5],
        [2020, 'EP', 10, 39, 3.9],
        [2020, 'KP', 13, 54, 4.15],
        [2020, 'PO', 4, 16, 4],
      ]);
      expect(series.years).toEqual([2019, 2020]);
      const only = (await board.get(`/api/surveys/series?focusAreaId=${focusArea['2020-1']}&lineage=false`).expect(200)).body as SurveySeriesDto;
      expect(only.points.map((p) => p.year)).toEqual([2020, 2020, 2020]);
      await board.get('/api/surveys/series?focusAreaId=00000000-0000-4000-8000-000000000000').expect(404);
      await board.get('/api/surveys/series').expect(400);
    });

    it('lists the focus areas that surveys measure', async () => {
      const list = (await viewer.get('/api/surveys/focus-areas').expect(200)).body as { code: string }[];
      expect(list.map((f) => f.code)).toEqual(expect.arrayContaining(['2020-1', '2020-7', '2018-1']));
    });
  });

  describe('edit and delete', () => {
    it('edits title, dates, theme links and claims with the version, refusing stale versions with 409', async () => {
      const survey = await commit(management, smallReport('edit', 2020), 'KP');
      const themeId = survey.themes[0].id;
      const res = await plannerKp
        .patch(`/api/surveys/${survey.id}`)
        .send({ version: 1, title: 'Uusi otsikko', ranNote: 'helmikuu', themes: [{ id: themeId, focusAreaId: focusArea['2020-1'], claimedAverage: 4.1, claimedSource: 'muistio' }] })
        .expect(200);
      const edited = res.body as SurveyDetailDto;
      expect(edited).toMatchObject({ title: 'Uusi otsikko', ranNote: 'helmikuu', version: 2 });
      // 39/10 = 3.9 ≠ 4.1
      expect(edited.themes[0]).toMatchObject({ focusArea: { code: '2020-1' }, claim: { average: 4.1, computedRounded: 3.9, differs: true } });
      const stale = await plannerKp.patch(`/api/surveys/${survey.id}`).send({ version: 1, title: 'Myöhässä' }).expect(409);
      expect(stale.body.message).toMatch(/version/);
      await plannerKp.patch('/api/surveys/00000000-0000-4000-8000-000000000000').send({ version: 1, title: 'x' }).expect(404);
      const invalid = await plannerKp.patch(`/api/surveys/${survey.id}`).send({ version: 2, invitedCount: 3 }).expect(400);
      expect(invalid.body.errors[0].field).toBe('invitedCount');
      await plannerKp.patch(`/api/surveys/${survey.id}`).send({ version: 2, title: '   ' }).expect(400);
      await plannerKp.patch(`/api/surveys/${survey.id}`).send({ version: 2, themes: [{ id: '00000000-0000-4000-8000-000000000000' }] }).expect(400);
      // a planner may not move it out of the region
      await plannerKp.patch(`/api/surveys/${survey.id}`).send({ version: 2, regionId: org.regions['PO'] }).expect(403);
      const after = (await board.get(`/api/surveys/${survey.id}`).expect(200)).body as SurveyDetailDto;
      expect(after).toMatchObject({ title: 'Uusi otsikko', version: 2, regionCode: 'KP' });
    });

    it('deletes with the current version only, with everything imported with it', async () => {
      const survey = await commit(management, smallReport('delete', 2020), 'KP');
      await management.patch(`/api/surveys/${survey.id}`).send({ version: 1, title: 'Muutettu' }).expect(200);
      await management.delete(`/api/surveys/${survey.id}?version=1`).expect(409);
      await management.delete(`/api/surveys/${survey.id}`).expect(400);
      await management.delete(`/api/surveys/${survey.id}?version=2`).expect(204);
      await management.delete(`/api/surveys/${survey.id}?version=2`).expect(404);
      const left = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_question WHERE survey_id = $1`, [survey.id]);
      expect(left[0].n).toBe(0);
      // the same content may be imported again once deleted
      await commit(management, smallReport('delete', 2020), 'KP');
    });
  });

  describe('region scoping', () => {
    it('lets a planner import and change only in the assigned region; board and viewer only read', async () => {
      const content = smallReport('scope', 2020);
      await plannerKp.post('/api/surveys/import').send({ ...importBody(content, 'EP'), mode: 'preview' }).expect(403);
      await plannerKp.post('/api/surveys/import').send(importBody(content, 'EP')).expect(403);
      const own = await commit(plannerKp, content, 'KP');
      await board.post('/api/surveys/import').send({ ...importBody(smallReport('scope-board'), 'KP'), mode: 'preview' }).expect(403);
      await viewer.patch(`/api/surveys/${own.id}`).send({ version: 1, title: 'x' }).expect(403);
      const ep = await commit(management, smallReport('scope-ep', 2020), 'EP');
      await plannerKp.patch(`/api/surveys/${ep.id}`).send({ version: 1, title: 'x' }).expect(403);
      await plannerKp.delete(`/api/surveys/${ep.id}?version=1`).expect(403);
      expect((await plannerKp.get(`/api/surveys/${ep.id}`).expect(200)).body.canEdit).toBe(false);
      await board.get(`/api/surveys/${own.id}`).expect(200);
    });
  });
});
