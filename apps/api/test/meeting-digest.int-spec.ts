import { binaryBody, createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { AuditPageDto, MeetingDigestDto, MeetingDigestSnapshotDto, MeetingDto } from '@suunta/shared-domain';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../src/app/app.module';
import { readPdf } from './support/pdf-reader';
import { addAction, approve, createPlan, createStrategyFixture, StrategyFixture } from './support/plans-fixtures';
import { waitUntil } from './support/wait-until';

/**
 * The meeting digest (issue 18.2) on a history built by hand. Things are logged through the API
 * and then dated by SQL (created_at, replaced_at, recorded_at), so the calendar is the test's.
 *
 * KP's steering group met on 10.3.2026 (M1) and meets on 20.5.2026 (M2): M2's digest covers
 * 11.3.–20.5.2026. Between them (in): entry E1 logged 1.4. (new), entry E2 logged 1.2. and
 * corrected 15.4. (corrected, "Luku tarkistettu"), entry E7 logged 10.2. and retracted 2.5.
 * (retracted, with its reason), entry E6 logged 20.5. (the meeting's day);
 * action A1 planned → in progress, recorded 10.4.; KP's survey imported 5.4.; M1's decision § 3
 * with follow-ups F1 (due 30.4., open) and F2 (done). Outside (not in): E0 logged 5.3., E5 logged
 * on M1's day 10.3., E3 logged 21.5.; A3's change recorded 1.3.; KP's survey imported 1.2.; the
 * decision of KP's 2025 meeting M0; everything of EP (entry E4, survey, its steering group's
 * decision) and of the board (its decision).
 * Overdue on 20.5.: F1 (due 30.4.) and M0's follow-up F0 (due 31.12.2025) — not F2 (done);
 * action A2 (postponed, effective 20.4.); the criterion "Kuvaus yhteistyöstä" (duty: before each
 * steering-group meeting, no KP entry since M1) — not "Ohjausryhmän kokoukset" (E6 is dated 19.5.).
 */
const register = (env: Parameters<typeof AppModule.register>[0]) => AppModule.register(env);
const PUBLIC_URL = 'https://suunta.test.invalid';

describe('meeting digest: what changed for a body between its meetings', () => {
  let t: TestApp;
  let org: TestOrganization;
  let s: StrategyFixture;
  let management: SignedInAgent;
  let plannerKp: SignedInAgent;
  let plannerEp: SignedInAgent;
  let board: SignedInAgent;
  const ids: Record<string, string> = {};

  const at = (day: string) => `${day}T12:00:00+03:00`;

  async function meeting(agent: SignedInAgent, regionCode: string | null, date: string, body = 'regional_steering_group'): Promise<MeetingDto> {
    const res = await agent.post('/api/meetings').send({ regionId: regionCode ? org.regions[regionCode] : null, body, date }).expect(201);
    return res.body;
  }

  async function decision(agent: SignedInAgent, m: MeetingDto, number: number, title: string, text: string): Promise<string> {
    const res = await agent.post(`/api/meetings/${m.id}/items`).send({ version: m.version, number, title, decision: text }).expect(201);
    return (res.body as MeetingDto).items.find((i) => i.number === number)?.id as string;
  }

  async function followUp(agent: SignedInAgent, meetingId: string, itemId: string, title: string, dueDate: string): Promise<string> {
    const res = await agent.post(`/api/meetings/${meetingId}/items/${itemId}/follow-ups`).send({ title, owner: 'Sanna Sihteeri', dueDate }).expect(201);
    return (res.body as MeetingDto).items.flatMap((i) => i.followUps).find((f) => f.title === title)?.id as string;
  }

  async function entry(agent: SignedInAgent, regionCode: string, subject: { criterionId?: string; actionId?: string }, entryDate: string, createdOn: string, narrative: string): Promise<string> {
    const res = await agent
      .post('/api/progress-entries')
      .send({ regionId: org.regions[regionCode], year: 2026, entryDate, ...subject, value: subject.criterionId === s.criteria.qualitative || subject.actionId ? null : 2, narrative })
      .expect(201);
    await t.dataSource.query(`UPDATE progress_entry SET created_at = $2, updated_at = $2 WHERE id = $1`, [res.body.id, at(createdOn)]);
    return res.body.id;
  }

  async function survey(regionCode: string, title: string, importedOn: string): Promise<string> {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO survey (organization_id, region_id, year, title, source_format, source_text, content_hash, respondent_count, created_at)
       VALUES ($1, $2, 2026, $3, 'webropol-report', 'x', $4, 21, $5) RETURNING id`,
      [org.organizationId, org.regions[regionCode], title, randomBytes(8).toString('hex'), at(importedOn)],
    );
    return id;
  }

  async function changeStatus(planId: string, actionId: string, status: string, effectiveOn: string, recordedOn?: string): Promise<void> {
    const plan = await management.get(`/api/plans/${planId}`).expect(200);
    const action = (plan.body.actions as { id: string; version: number }[]).find((a) => a.id === actionId) as { version: number };
    await management.post(`/api/plans/${planId}/actions/${actionId}/status`).send({ status, version: action.version, effectiveOn }).expect(200);
    if (recordedOn) {
      await t.dataSource.query(`UPDATE plan_action_status_change SET recorded_at = $2 WHERE action_id = $1 AND source = 'change' AND status = $3`, [actionId, at(recordedOn), status]);
    }
  }

  beforeAll(async () => {
    t = await createTestApp(register, { PUBLIC_URL, JOB_RETRY_DELAY_SECONDS: '1' });
    org = await ensureOrganization(t);
    s = await createStrategyFixture(t, org.organizationId);
    management = await signIn(t, { role: 'management' });
    plannerKp = await signIn(t, { role: 'planner', regionCodes: ['KP'], displayName: 'Sanna Sihteeri' });
    plannerEp = await signIn(t, { role: 'planner', regionCodes: ['EP'] });
    board = await signIn(t, { role: 'board' });

    // KP's plan 2026–2027 with three actions; EP's own plan with one
    const plan = await createPlan(management, s, { startYear: 2026, regionId: org.regions['KP'], title: 'KP:n toimintasuunnitelma 2026–2027' });
    const a1 = await addAction(management, plan, s, { year: 2026, regionIds: [org.regions['KP']], title: 'Perhekeskusverkoston kokoaminen' });
    const a2 = await addAction(management, plan, s, { year: 2026, regionIds: [org.regions['KP']], title: 'Osaamiskartoitus' });
    const a3 = await addAction(management, plan, s, { year: 2026, regionIds: [org.regions['KP']], title: 'Koulutuskalenteri' });
    await approve(management, plan.id, '2025-12-15');
    ids['plan'] = plan.id;
    ids['a1'] = a1.id;
    ids['a2'] = a2.id;
    ids['a3'] = a3.id;

    // the meetings (each scheduling enqueues a digest job; those digests are not what this suite reads, except M4's)
    const m0 = await meeting(plannerKp, 'KP', '2025-11-04');
    const m1 = await meeting(plannerKp, 'KP', '2026-03-10');
    const m2 = await meeting(plannerKp, 'KP', '2026-05-20');
    const epMeeting = await meeting(plannerEp, 'EP', '2026-04-01');
    const boardMeeting = await meeting(management, null, '2026-04-01', 'advisory_board');
    ids['m1'] = m1.id;
    ids['m2'] = m2.id;
    ids['epMeeting'] = epMeeting.id;
    ids['boardMeeting'] = boardMeeting.id;
    const m0Item = await decision(plannerKp, m0, 2, 'Vuoden 2026 painotukset', 'Painotukset hyväksyttiin.');
    ids['f0'] = await followUp(plannerKp, m0.id, m0Item, 'Painotukset verkkosivuille', '2025-12-31');
    const m1Item = await decision(plannerKp, m1, 3, 'Perhekeskusverkosto', 'Ohjausryhmä päätti koota perhekeskusverkoston.');
    ids['m1Item'] = m1Item;
    ids['f1'] = await followUp(plannerKp, m1.id, m1Item, 'Kutsu verkoston jäsenet', '2026-04-30');
    ids['f2'] = await followUp(plannerKp, m1.id, m1Item, 'Nimeä yhteyshenkilö', '2026-03-31');
    await plannerKp.patch(`/api/meetings/${m1.id}/follow-ups/${ids['f2']}`).send({ version: 1, done: true }).expect(200);
    await decision(plannerEp, epMeeting, 1, 'EP:n asia', 'EP päätti omastaan.');
    await decision(management, boardMeeting, 1, 'Hallituksen asia', 'Hallitus päätti omastaan.');

    // entries
    ids['e0'] = await entry(plannerKp, 'KP', { criterionId: s.criteria.meetings }, '2026-03-04', '2026-03-05', 'Ennen edellistä kokousta');
    ids['e5'] = await entry(plannerKp, 'KP', { criterionId: s.criteria.meetings }, '2026-03-10', '2026-03-10', 'Edellisen kokouksen päivänä');
    ids['e1'] = await entry(plannerKp, 'KP', { actionId: a1.id }, '2026-03-31', '2026-04-01', 'Verkoston ensimmäinen tapaaminen pidettiin');
    ids['e2'] = await entry(plannerKp, 'KP', { criterionId: s.criteria.plainCount }, '2026-01-30', '2026-02-01', 'Kaksi tapaamista');
    const e2 = await plannerKp.get(`/api/progress-entries/${ids['e2']}`).expect(200);
    await plannerKp.patch(`/api/progress-entries/${ids['e2']}`).send({ version: e2.body.version, value: 3, narrative: 'Kolme tapaamista', correctionReason: 'Luku tarkistettu' }).expect(200);
    // the revision table is append-only by trigger: date the correction with the trigger off, as a fixture
    await t.dataSource.query(`ALTER TABLE progress_entry_revision DISABLE TRIGGER tr_progress_entry_revision_append_only`);
    await t.dataSource.query(`UPDATE progress_entry_revision SET replaced_at = $2 WHERE entry_id = $1`, [ids['e2'], at('2026-04-15')]);
    await t.dataSource.query(`ALTER TABLE progress_entry_revision ENABLE TRIGGER tr_progress_entry_revision_append_only`);
    ids['e7'] = await entry(plannerKp, 'KP', { criterionId: s.criteria.plainCount }, '2026-02-09', '2026-02-10', 'Tuplakirjaus');
    await plannerKp.post(`/api/progress-entries/${ids['e7']}/retract`).send({ version: 1, reason: 'Sama tapaaminen kahdesti' }).expect(200);
    await t.dataSource.query(`UPDATE progress_entry SET retracted_at = $2 WHERE id = $1`, [ids['e7'], at('2026-05-02')]);
    ids['e6'] = await entry(plannerKp, 'KP', { criterionId: s.criteria.meetings }, '2026-05-19', '2026-05-20', 'Kokouspäivän kirjaus');
    ids['e3'] = await entry(plannerKp, 'KP', { criterionId: s.criteria.meetings }, '2026-05-21', '2026-05-21', 'Kokouksen jälkeen');
    ids['e4'] = await entry(plannerEp, 'EP', { criterionId: s.criteria.meetings }, '2026-04-01', '2026-04-02', 'EP:n kirjaus');

    // statuses
    await changeStatus(plan.id, a1.id, 'in_progress', '2026-04-10', '2026-04-10');
    await changeStatus(plan.id, a3.id, 'in_progress', '2026-03-01', '2026-03-01');
    await changeStatus(plan.id, a2.id, 'postponed', '2026-04-20'); // recorded today: after the period

    // surveys
    ids['surveyKp'] = await survey('KP', 'Arviointikysely KP 2026', '2026-04-05');
    ids['surveyKpOld'] = await survey('KP', 'Arviointikysely KP kevät', '2026-02-01');
    ids['surveyEp'] = await survey('EP', 'Arviointikysely EP 2026', '2026-04-05');

    // reminder duties (before each steering-group meeting)
    for (const criterionId of [s.criteria.qualitative, s.criteria.meetings]) {
      await management.put('/api/reminders/duties').send({ subjectKind: 'criterion', subjectId: criterionId, cadence: 'before_meeting', ownerRole: 'planner' }).expect(200);
    }
  }, 180_000);
  afterAll(() => t.close());

  it('lists exactly what changed between the previous meeting and this one, in the region', async () => {
    const res = await board.get(`/api/meetings/${ids['m2']}/digest`).expect(200);
    const d = res.body as MeetingDigestDto;
    expect(d.period).toEqual({ from: '2026-03-11', to: '2026-05-20', basis: 'previous_meeting', previousMeeting: { id: ids['m1'], date: '2026-03-10' } });
    expect(d.asOf).toBe('2026-05-20');
    expect(d.regions.map((r) => r.code)).toEqual(['KP']);

    expect(d.entries.map((e) => [e.entryId, e.change, e.changedOn])).toEqual([
      [ids['e1'], 'new', '2026-04-01'],
      [ids['e2'], 'corrected', '2026-04-15'],
      [ids['e7'], 'retracted', '2026-05-02'],
      [ids['e6'], 'new', '2026-05-20'],
    ]);
    expect(d.entries[2].reason).toBe('Sama tapaaminen kahdesti');
    const corrected = d.entries[1];
    expect([corrected.narrative, corrected.value, corrected.reason, corrected.subjectTitle]).toEqual(['Kolme tapaamista', 3, 'Luku tarkistettu', 'Verkostotapaamiset']);
    expect(d.entries[0]).toMatchObject({ actionId: ids['a1'], planId: ids['plan'], subjectTitle: 'Perhekeskusverkoston kokoaminen' });

    expect(d.statusChanges).toEqual([
      {
        actionId: ids['a1'],
        planId: ids['plan'],
        title: 'Perhekeskusverkoston kokoaminen',
        year: 2026,
        from: 'planned',
        to: 'in_progress',
        effectiveOn: '2026-04-10',
        changedOn: '2026-04-10',
        latestEntry: { entryId: ids['e1'], entryDate: '2026-03-31', narrative: 'Verkoston ensimmäinen tapaaminen pidettiin' },
      },
    ]);

    expect(d.surveys.map((x) => [x.surveyId, x.arrivedOn, x.respondentCount])).toEqual([[ids['surveyKp'], '2026-04-05', 21]]);

    expect(d.decisions).toHaveLength(1);
    expect(d.decisions[0]).toMatchObject({ meetingId: ids['m1'], meetingDate: '2026-03-10', itemId: ids['m1Item'], number: 3, decision: 'Ohjausryhmä päätti koota perhekeskusverkoston.' });
    expect(d.decisions[0].followUps.map((f) => [f.id, f.done])).toEqual([
      [ids['f2'], true],
      [ids['f1'], false],
    ]);

    expect(d.overdue.map((o) => [o.kind, o.id, o.dueDate])).toEqual([
      ['follow_up', ids['f0'], '2025-12-31'],
      ['follow_up', ids['f1'], '2026-04-30'],
      ['action', ids['a2'], '2026-12-31'],
      ['missing_entry', s.criteria.qualitative, '2026-05-20'],
    ]);
    expect(d.overdue[2]).toMatchObject({ status: 'postponed', planId: ids['plan'], regionId: org.regions['KP'] });
    expect(d.overdue[3]).toMatchObject({ subjectKind: 'criterion', title: 'Kuvaus yhteistyöstä', regionId: org.regions['KP'] });
  });

  it("the body's first meeting starts from the plan period in force, else from 1 January, and says so", async () => {
    const res = await plannerEp.get(`/api/meetings/${ids['epMeeting']}/digest`).expect(200);
    const d = res.body as MeetingDigestDto;
    // EP has no plan of its own and there is no organization-wide one in force: from 1 January
    expect(d.period).toEqual({ from: '2026-01-01', to: '2026-04-01', basis: 'year_start', previousMeeting: null });
    expect(d.regions.map((r) => r.code)).toEqual(['EP']);
    expect(d.entries.map((e) => e.entryId)).toEqual([]);
    expect(d.surveys.map((x) => x.surveyId)).toEqual([]);
    // KP's management group meets for the first time: KP's plan 2026–2027 is in force, so from 1.1.2026
    const kpGroup = await meeting(management, 'KP', '2026-06-01', 'management_group');
    const first = (await board.get(`/api/meetings/${kpGroup.id}/digest`).expect(200)).body as MeetingDigestDto;
    expect(first.period).toEqual({ from: '2026-01-01', to: '2026-06-01', basis: 'plan_period', previousMeeting: null });
    const m1 = (await board.get(`/api/meetings/${ids['m1']}/digest`).expect(200)).body as MeetingDigestDto;
    expect(m1.period).toMatchObject({ from: '2025-11-05', to: '2026-03-10', basis: 'previous_meeting' });
  });

  it('an organization-level body sees every region', async () => {
    const d = (await board.get(`/api/meetings/${ids['boardMeeting']}/digest`).expect(200)).body as MeetingDigestDto;
    // its first meeting, and no organization-wide plan is in force: from 1 January to 1 April
    expect(d.period).toEqual({ from: '2026-01-01', to: '2026-04-01', basis: 'year_start', previousMeeting: null });
    expect(d.regions.map((r) => r.code).sort()).toEqual(['EP', 'KP', 'PO']);
    // logged up to 1.4. in any region (EP's entry came on 2.4.); E7 was retracted only later, so here it is new
    expect(d.entries.map((e) => [e.entryId, e.change])).toEqual([
      [ids['e2'], 'new'],
      [ids['e7'], 'new'],
      [ids['e0'], 'new'],
      [ids['e5'], 'new'],
      [ids['e1'], 'new'],
    ]);
    expect(d.surveys.map((x) => x.surveyId)).toEqual([ids['surveyKpOld']]);
    // the steering groups' decisions are theirs, not the board's
    expect(d.decisions).toEqual([]);
  });

  it('generating again stores the digest and its Finnish PDF, which lists the lines with their sources', async () => {
    await plannerEp.post(`/api/meetings/${ids['m2']}/digest/generate`).expect(403);
    await board.post(`/api/meetings/${ids['m2']}/digest/generate`).expect(403);
    const res = await plannerKp.post(`/api/meetings/${ids['m2']}/digest/generate`).expect(200);
    const snap = res.body as MeetingDigestSnapshotDto;
    expect(snap).toMatchObject({ meetingId: ids['m2'], trigger: 'manual', generatedByName: 'Sanna Sihteeri' });
    expect(snap.content.entries.map((e) => e.entryId)).toEqual([ids['e1'], ids['e2'], ids['e7'], ids['e6']]);
    expect(snap.pdfBytes).toBeGreaterThan(1000);
    // the trail names who made it again, when, and the period it covers (the job may have made one first)
    const trail = (await board.get(`/api/audit?entityType=meeting_digest&entityId=${ids['m2']}`).expect(200)).body as AuditPageDto;
    expect(trail.items[0]).toMatchObject({
      actorName: 'Sanna Sihteeri',
      entityType: 'meeting_digest',
      after: { generatedAt: snap.generatedAt, trigger: 'manual', from: '2026-03-11', to: '2026-05-20' },
    });
    expect(trail.items[0].action).toBe(trail.items.length > 1 ? 'update' : 'create');

    const pdf = await board.get(`/api/meetings/${ids['m2']}/digest/snapshot/pdf`).buffer(true).parse(binaryBody).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await readPdf(pdf.body);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Kokouskooste: Alueellinen ohjausryhmä, 20.5.2026');
    expect(flat).toContain('Ajanjakso: 11.3.2026–20.5.2026 (edellisen kokouksen (10.3.2026) jälkeen)');
    expect(flat).toContain('2 uutta kirjausta · 1 korjattu kirjaus · 1 peruttu kirjaus · 1 tilamuutos · 1 kyselyn tulokset · 1 päätös · 4 myöhässä olevaa asiaa');
    expect(flat).toContain('Uusi 1.4.2026: Perhekeskusverkoston kokoaminen (Keski-Pohjanmaa, 31.3.2026)');
    expect(flat).toContain('Korjattu 15.4.2026: Verkostotapaamiset (Keski-Pohjanmaa, 30.1.2026) — 3');
    expect(flat).toContain('Syy: Luku tarkistettu');
    expect(flat).toContain('Perhekeskusverkoston kokoaminen (2026): oli suunniteltu, nyt käynnissä, voimassa alkaen 10.4.2026');
    expect(flat).toContain('Arviointikysely KP 2026 (Keski-Pohjanmaa, 2026), 21 vastaajaa — tuotu 5.4.2026');
    expect(flat).toContain('10.3.2026 § 3 Perhekeskusverkosto');
    expect(flat).toContain('Seurantatehtävä: Kutsu verkoston jäsenet (Sanna Sihteeri), määräaika 30.4.2026 — kesken');
    expect(flat).toContain('Kirjaus puuttuu: Kuvaus yhteistyöstä (arviointikriteeri) (Keski-Pohjanmaa) — määräaika 20.5.2026');
    expect(flat).not.toContain('Ennen edellistä kokousta');
    expect(flat).not.toContain('EP:n');

    // the same stored content in Swedish
    const sv = await board.get(`/api/meetings/${ids['m2']}/digest/snapshot/pdf?lang=sv`).buffer(true).parse(binaryBody).expect(200);
    const svText = (await readPdf(sv.body)).text.replace(/\s+/g, ' ');
    expect(svText).toContain('2 nya anteckningar · 1 korrigerad anteckning · 1 återkallad anteckning');
  });

  it('scheduling a meeting makes its digest through the job', async () => {
    const m4 = await meeting(plannerKp, 'KP', '2026-09-15');
    await waitUntil('the digest job to store the digest', async () => {
      const [row] = await t.dataSource.query(`SELECT trigger FROM meeting_digest WHERE meeting_id = $1`, [m4.id]);
      return row?.trigger === 'scheduled';
    });
    const res = await board.get(`/api/meetings/${m4.id}/digest/snapshot`).expect(200);
    const snap = res.body.snapshot as MeetingDigestSnapshotDto;
    expect(snap.trigger).toBe('scheduled');
    expect(snap.generatedByName).toBeNull();
    const trail = (await board.get(`/api/audit?entityType=meeting_digest&entityId=${m4.id}`).expect(200)).body as AuditPageDto;
    expect(trail.items.map((e) => [e.action, e.actorId, e.actorName, (e.after as { trigger: string }).trigger])).toEqual([['create', null, 'meeting digest job', 'scheduled']]);
    expect(snap.content.period).toMatchObject({ from: '2026-05-21', to: '2026-09-15', previousMeeting: { id: ids['m2'], date: '2026-05-20' } });
    expect(snap.content.entries.map((e) => e.entryId)).toEqual([ids['e3']]);
    const pdf = await board.get(`/api/meetings/${m4.id}/digest/snapshot/pdf`).buffer(true).parse(binaryBody).expect(200);
    expect((await readPdf(pdf.body)).text.replace(/\s+/g, ' ')).toContain('Uusi 21.5.2026: Ohjausryhmän kokoukset (Keski-Pohjanmaa, 21.5.2026) — 2 kokousta');
  });

  it('answers 400 naming the field for a bad id or an undated meeting, and 404 for another organization’s meeting', async () => {
    const bad = await board.get('/api/meetings/not-a-uuid/digest').expect(400);
    expect(JSON.stringify(bad.body)).toContain('"field":"id"');
    await board.get('/api/meetings/not-a-uuid/digest/snapshot').expect(400);
    await plannerKp.post('/api/meetings/not-a-uuid/digest/generate').expect(400);
    const lang = await board.get(`/api/meetings/${ids['m2']}/digest/pdf?lang=de`).expect(400);
    expect(JSON.stringify(lang.body)).toContain('"field":"lang"');

    const undated = await management.post('/api/meetings').send({ regionId: org.regions['KP'], body: 'regional_steering_group' }).expect(201);
    const res = await board.get(`/api/meetings/${undated.body.id}/digest`).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'date', code: 'required' })]);

    const other = await ensureOrganization(t, 'toinen-digest');
    const [{ id: foreign }] = await t.dataSource.query(`INSERT INTO meeting (organization_id, status, body, date) VALUES ($1, 'draft', 'board', '2026-05-20') RETURNING id`, [other.organizationId]);
    const nf = await board.get(`/api/meetings/${foreign}/digest`).expect(404);
    expect(nf.body.code).toBe('meeting_not_found');
    await board.get(`/api/meetings/${foreign}/digest/snapshot/pdf`).expect(404);
    await management.post(`/api/meetings/${foreign}/digest/generate`).expect(404);
  });
});
