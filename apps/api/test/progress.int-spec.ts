import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';
import { addAction, approve, createPlan, createStrategyFixture, StrategyFixture } from './support/plans-fixtures';

describe('progress entries: logging, validation, corrections, closed years, region scoping', () => {
  let t: TestApp;
  let org: TestOrganization;
  let s: StrategyFixture;
  let management: SignedInAgent;
  let plannerKp: SignedInAgent;
  let plannerPo: SignedInAgent;
  let board: SignedInAgent;
  let plan: { id: string; themes: { id: string }[] };
  let kpAction: { id: string };
  let KP: string;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    KP = org.regions['KP'];
    s = await createStrategyFixture(t, org.organizationId);
    management = await signIn(t, { role: 'management' });
    plannerKp = await signIn(t, { role: 'planner', regionCodes: ['KP'], displayName: 'Kaisa Suunnittelija' });
    plannerPo = await signIn(t, { role: 'planner', regionCodes: ['PO'] });
    board = await signIn(t, { role: 'board' });
    plan = await createPlan(management, s, { startYear: 2020 });
    kpAction = await addAction(management, plan, s, {
      year: 2020,
      regionIds: [KP],
      target: { value: 2, unit: 'kokoontumista' },
      criterionIds: [s.criteria.meetings],
      title: 'Kirjaamisvalmentajien verkosto',
    });
    await approve(management, plan.id);
  });
  afterAll(() => t.close());

  const entry = (over: Record<string, unknown> = {}) => ({
    regionId: KP,
    year: 2020,
    entryDate: '2020-05-12',
    criterionId: s.criteria.meetings,
    value: 1,
    narrative: 'Ohjausryhmä kokoontui.',
    ...over,
  });

  it('logs an entry against a count criterion, in its unit, with the author', async () => {
    const res = await plannerKp.post('/api/progress-entries').send(entry({ evidenceUrl: 'https://www.sonetbotnia.fi/ohjausryhma' })).expect(201);
    expect(res.body).toMatchObject({
      regionId: KP,
      year: 2020,
      entryDate: '2020-05-12',
      value: 1,
      unit: 'kokousta',
      authorId: plannerKp.user.id,
      authorName: 'Kaisa Suunnittelija',
      evidenceUrl: 'https://www.sonetbotnia.fi/ohjausryhma',
      version: 1,
      revisions: [],
      criterionTitle: 'Ohjausryhmän kokoukset',
      focusAreaId: s.focusAreas[0],
    });
  });

  it.each([
    ['text in the number field', { value: 'N/A' }, 'value'],
    ['"see description"', { value: 'ks. kuvaus' }, 'value'],
    ['a numeric string', { value: '3' }, 'value'],
    ['more than two decimals', { value: 1.234 }, 'value'],
    ['a negative number', { value: -1 }, 'value'],
    ['an evidence link that is no URL', { evidenceUrl: 'sharepoint kansio' }, 'evidenceUrl'],
    ['a javascript: link', { evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl'],
    ['an empty narrative', { narrative: '   ' }, 'narrative'],
    ['no date', { entryDate: undefined }, 'entryDate'],
    ['an impossible date', { entryDate: '2020-02-30' }, 'entryDate'],
    ['a date in the future', { entryDate: '2999-01-01' }, 'entryDate'],
    ["a unit other than the criterion's", { unit: 'tapaamista' }, 'unit'],
    ['a number for a survey criterion', { criterionId: 'SURVEY', value: 4 }, 'value'],
    ['a number for a qualitative criterion', { criterionId: 'QUALITATIVE', value: 1 }, 'value'],
    ['no criterion and no action', { criterionId: undefined, value: null }, 'criterionId'],
    ['an action in another year', { criterionId: undefined, actionId: 'ACTION', year: 2021 }, 'year'],
  ])('refuses %s with 400 naming the field', async (_label, over, field) => {
    const body: Record<string, unknown> = entry(over);
    if (body['criterionId'] === 'SURVEY') body['criterionId'] = s.criteria.survey;
    if (body['criterionId'] === 'QUALITATIVE') body['criterionId'] = s.criteria.qualitative;
    if (body['actionId'] === 'ACTION') body['actionId'] = kpAction.id;
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM progress_entry`);
    const res = await plannerKp.post('/api/progress-entries').send(body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM progress_entry`)).toEqual(before);
  });

  it('takes a narrative-only entry for a survey criterion, and a number for an action in its target unit', async () => {
    await plannerKp.post('/api/progress-entries').send(entry({ criterionId: s.criteria.survey, value: null })).expect(201);
    const res = await plannerKp.post('/api/progress-entries').send(entry({ criterionId: null, actionId: kpAction.id, value: 1 })).expect(201);
    expect(res.body).toMatchObject({ unit: 'kokoontumista', actionTitle: 'Kirjaamisvalmentajien verkosto', planId: plan.id });
  });

  it('refuses an action logged in a region it is not done in', async () => {
    const res = await management.post('/api/progress-entries').send(entry({ regionId: org.regions['EP'], criterionId: null, actionId: kpAction.id })).expect(400);
    expect(res.body.errors).toEqual([{ field: 'regionId', message: 'the action is not done in this region', code: 'invalid' }]);
  });

  it('lets planners write only in their regions; board and viewer never', async () => {
    await plannerPo.post('/api/progress-entries').send(entry()).expect(403);
    await board.post('/api/progress-entries').send(entry()).expect(403);
    await plannerPo.post('/api/progress-entries').send(entry({ regionId: org.regions['PO'] })).expect(201);
    const created = await plannerKp.post('/api/progress-entries').send(entry()).expect(201);
    await plannerPo.patch(`/api/progress-entries/${created.body.id}`).send({ version: 1, value: 5 }).expect(403);
    await plannerPo.post(`/api/progress-entries/${created.body.id}/retract`).send({ version: 1, reason: 'x' }).expect(403);
    await plannerKp.patch(`/api/progress-entries/${created.body.id}`).send({ version: 1, regionId: org.regions['PO'] }).expect(403);
  });

  it('keeps every corrected version with who replaced it, when and why', async () => {
    const created = await plannerKp.post('/api/progress-entries').send(entry({ value: 5, narrative: 'Viisi kokousta' })).expect(201);
    const id = created.body.id;
    const fixed = await plannerKp.patch(`/api/progress-entries/${id}`).send({ version: 1, value: 6, narrative: 'Kuusi kokousta', correctionReason: 'Laskin väärin' }).expect(200);
    expect(fixed.body).toMatchObject({ value: 6, unit: 'kokousta', narrative: 'Kuusi kokousta', version: 2 });
    const again = await management.patch(`/api/progress-entries/${id}`).send({ version: 2, entryDate: '2020-06-01' }).expect(200);
    expect(again.body.revisions).toEqual([
      expect.objectContaining({ revision: 1, value: 5, narrative: 'Viisi kokousta', entryDate: '2020-05-12', replacedById: plannerKp.user.id, reason: 'Laskin väärin' }),
      expect.objectContaining({ revision: 2, value: 6, narrative: 'Kuusi kokousta', replacedById: management.user.id, reason: null }),
    ]);
    // the history cannot be rewritten, even by SQL
    await expect(t.dataSource.query(`UPDATE progress_entry_revision SET narrative = 'x' WHERE entry_id = $1`, [id])).rejects.toThrow(/append-only/);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'progress_entry' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'correct', 'correct']);
  });

  it('refuses a stale correction with 409 and leaves the entry as it was', async () => {
    const created = await plannerKp.post('/api/progress-entries').send(entry({ value: 2 })).expect(201);
    await plannerKp.patch(`/api/progress-entries/${created.body.id}`).send({ version: 1, value: 3 }).expect(200);
    const stale = await management.patch(`/api/progress-entries/${created.body.id}`).send({ version: 1, value: 9 }).expect(409);
    expect(stale.body.message).toMatch(/out of date/);
    const now = await board.get(`/api/progress-entries/${created.body.id}`).expect(200);
    expect(now.body).toMatchObject({ value: 3, version: 2 });
    expect(now.body.revisions).toHaveLength(1);
  });

  it('retracts with a reason: kept, out of the default list, not correctable', async () => {
    const created = await plannerKp.post('/api/progress-entries').send(entry({ narrative: 'Väärä alue' })).expect(201);
    await plannerKp.post(`/api/progress-entries/${created.body.id}/retract`).send({ version: 1 }).expect(400);
    const res = await plannerKp.post(`/api/progress-entries/${created.body.id}/retract`).send({ version: 1, reason: 'Kirjattu väärin' }).expect(200);
    expect(res.body.retracted).toBe(true);
    const list = await board.get(`/api/progress-entries?regionId=${KP}`).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(created.body.id);
    const all = await board.get(`/api/progress-entries?regionId=${KP}&includeRetracted=true`).expect(200);
    expect(all.body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
    await plannerKp.patch(`/api/progress-entries/${created.body.id}`).send({ version: 2, value: 1 }).expect(409);
  });

  it('takes entries into a closed year only with a reason, and keeps the reason', async () => {
    const closedPlan = await createPlan(management, s, { startYear: 2016, regionId: KP });
    const approved = await approve(management, closedPlan.id, '2015-12-01');
    await management.post(`/api/plans/${closedPlan.id}/close`).send({ version: approved.version }).expect(200);

    const refused = await plannerKp.post('/api/progress-entries').send(entry({ year: 2017, entryDate: '2018-01-15' })).expect(400);
    expect(refused.body.errors[0].field).toBe('closedYearReason');
    expect(refused.body.errors[0].message).toMatch(/2017 is closed for this region/);
    const ok = await plannerKp.post('/api/progress-entries').send(entry({ year: 2017, entryDate: '2018-01-15', closedYearReason: 'Toimintakertomuksesta puuttui joulukuun kokous' })).expect(201);
    expect(ok.body.closedYearReason).toBe('Toimintakertomuksesta puuttui joulukuun kokous');
    // the year is open in other regions (the closed plan was for KP only)
    await management.post('/api/progress-entries').send(entry({ regionId: org.regions['PO'], year: 2017, entryDate: '2018-01-15' })).expect(201);
    // a correction that moves an entry into the closed year needs a reason too
    const open = await plannerKp.post('/api/progress-entries').send(entry({ year: 2018, entryDate: '2018-02-01' })).expect(201);
    const move = await plannerKp.patch(`/api/progress-entries/${open.body.id}`).send({ version: 1, year: 2017 }).expect(400);
    expect(move.body.errors[0].field).toBe('closedYearReason');
  });

  it('lists with filters by region, year, focus area and author, and exports the same as CSV', async () => {
    const author = await signIn(t, { role: 'planner', regionCodes: ['EP'], displayName: 'Eeva Etelä' });
    await author.post('/api/progress-entries').send(entry({ regionId: org.regions['EP'], year: 2019, entryDate: '2019-03-01', value: 2, narrative: 'Kaksi, "lainausmerkein", pilkuin' })).expect(201);
    await author.post('/api/progress-entries').send(entry({ regionId: org.regions['EP'], year: 2019, entryDate: '2019-04-01', criterionId: s.criteria.survey, value: null, narrative: 'Kysely' })).expect(201);

    const byAuthor = await board.get(`/api/progress-entries?authorId=${author.user.id}`).expect(200);
    expect(byAuthor.body.total).toBe(2);
    const byTheme = await board.get(`/api/progress-entries?authorId=${author.user.id}&focusAreaId=${s.focusAreas[1]}`).expect(200);
    expect(byTheme.body.items.map((i: { narrative: string }) => i.narrative)).toEqual(['Kysely']);
    const byYearRegion = await board.get(`/api/progress-entries?year=2019&regionId=${org.regions['EP']}`).expect(200);
    expect(byYearRegion.body.total).toBe(2);
    // pages: newest first, each telling the total; a page past the end is empty and still tells it
    const pages = await Promise.all([0, 1, 2].map((offset) => board.get(`/api/progress-entries?authorId=${author.user.id}&limit=1&offset=${offset}`).expect(200)));
    expect(pages.map((p) => [p.body.total, p.body.limit, p.body.offset, p.body.items.map((i: { entryDate: string }) => i.entryDate)])).toEqual([
      [2, 1, 0, ['2019-04-01']],
      [2, 1, 1, ['2019-03-01']],
      [2, 1, 2, []],
    ]);
    const none = await board.get(`/api/progress-entries?authorId=${author.user.id}&year=2018`).expect(200);
    expect([none.body.total, none.body.items]).toEqual([0, []]);
    await board.get('/api/progress-entries?year=kaksi').expect(400);

    const csv = await board.get(`/api/progress-entries/export.csv?authorId=${author.user.id}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('date,year,region,focus_area,action,criterion,value,unit,narrative,evidence_url,author,closed_year_reason,retracted,version');
    expect(lines[1]).toBe('2019-03-01,2019,EP,Painopiste 1,,Ohjausryhmän kokoukset,2,kokousta,"Kaksi, ""lainausmerkein"", pilkuin",,Eeva Etelä,,,1');
    expect(lines).toHaveLength(3);
    const authors = await board.get('/api/progress-entries/authors').expect(200);
    expect(authors.body).toEqual(expect.arrayContaining([{ id: author.user.id, name: 'Eeva Etelä' }]));
  });

  it('offers the log form its actions and criteria with units and targets, searchable', async () => {
    const res = await plannerKp.get(`/api/progress-entries/targets?regionId=${KP}&q=kirjaamis`).expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({ kind: 'action', id: kpAction.id, unit: 'kokoontumista', targetValue: 2, acceptsValue: true, year: 2020, criterionIds: [s.criteria.meetings] }),
    ]);
    const criteria = await plannerKp.get(`/api/progress-entries/targets?q=kokoukset`).expect(200);
    expect(criteria.body).toEqual([expect.objectContaining({ kind: 'criterion', id: s.criteria.meetings, unit: 'kokousta', targetValue: 4, acceptsValue: true })]);
    const survey = await plannerKp.get(`/api/progress-entries/targets?q=kyselyn`).expect(200);
    expect(survey.body[0]).toMatchObject({ kind: 'criterion', acceptsValue: false, unit: null });
  });

  it('answers 404 for an entry of another organization', async () => {
    const created = await plannerKp.post('/api/progress-entries').send(entry()).expect(201);
    const stranger = await signIn(t, { role: 'admin', organizationCode: 'toinen-keskus' });
    await stranger.get(`/api/progress-entries/${created.body.id}`).expect(404);
    await stranger.patch(`/api/progress-entries/${created.body.id}`).send({ version: 1, value: 1 }).expect(404);
  });
});
