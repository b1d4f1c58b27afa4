import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestApp, ensureOrganization, signIn, binaryBody } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { FocusAreaDecisionDto, MeetingDto, MinutesImportPreviewDto, NetworkDto } from '@suunta/shared-domain';
import { strFromU8, unzipSync } from 'fflate';
import { AppModule } from '../src/app/app.module';
import { readPdf } from './support/pdf-reader';
import { approve, createPlan, createStrategyFixture, StrategyFixture } from './support/plans-fixtures';

/**
 * Minutes written in Suunta (issue 17): a planner, secretary of the KP steering group, writes the
 * minutes, moves them draft → checked → approved (locked), reopens with a reason; a decision
 * becomes a yearly action in the plan in force (and the planner logs progress against it) or a
 * follow-up; a minutes text is imported with a preview; networks are edited. Every change audited.
 */

/** The paragraphs of word/document.xml as { style, text }, in document order. */
function docxParagraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

// the customer's 2014 minutes, a byte-exact copy of the seed document kept in the repo
const MINUTES_2014 = resolve(__dirname, '../../../tools/seed-data/source/minutes-ep-2014.txt');

describe('minutes written in Suunta, networks editable', () => {
  let t: TestApp;
  let org: TestOrganization;
  let management: SignedInAgent;
  let plannerKp: SignedInAgent;
  let plannerPo: SignedInAgent;
  let board: SignedInAgent;
  let s: StrategyFixture;
  let planId: string;

  const audits = async (entityId: string) =>
    (await t.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId])) as { action: string; before: unknown; after: Record<string, unknown> }[];

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    management = await signIn(t, { role: 'management' });
    plannerKp = await signIn(t, { role: 'planner', regionCodes: ['KP'], displayName: 'Sanna Sihteeri' });
    plannerPo = await signIn(t, { role: 'planner', regionCodes: ['PO'] });
    board = await signIn(t, { role: 'board' });
    s = await createStrategyFixture(t, org.organizationId);
    // the plan in force: KP's regional plan for 2026–2027, approved
    const plan = await createPlan(management, s, { startYear: 2026, regionId: org.regions['KP'] });
    await approve(management, plan.id, '2025-12-15');
    planId = plan.id;
  }, 120000);
  afterAll(() => t.close());

  async function draft(agent = plannerKp, regionCode = 'KP'): Promise<MeetingDto> {
    return (
      await agent
        .post('/api/meetings')
        .send({
          regionId: org.regions[regionCode],
          body: 'regional_steering_group',
          bodyName: 'Keski-Pohjanmaan alueellinen ohjausryhmä',
          date: '2026-02-12',
          startTime: '09:30',
          endTime: '11:45',
          place: 'Teams',
          remote: true,
          chair: 'Harri Jokiranta',
          secretary: 'Sanna Sihteeri',
          minuteCheckers: ['Päivi Rinne', 'Tuulikki Mäkinen'],
          attendance: [
            { name: 'Harri Jokiranta', role: 'puheenjohtaja', present: true },
            { name: 'Päivi Rinne', organization: 'Kokkolan kaupunki', present: true },
            { name: 'Teemu Puolijoki', present: false },
          ],
        })
        .expect(201)
    ).body;
  }

  it('a planner writes the minutes of their region: header, § items with Esitys, Käsittely, Päätös, attachments and focus areas', async () => {
    const m = await draft();
    expect(m).toMatchObject({ status: 'draft', version: 1, startTime: '09:30', endTime: '11:45', remote: true, minuteCheckers: ['Päivi Rinne', 'Tuulikki Mäkinen'], regionCode: 'KP' });
    expect(m.attendance).toHaveLength(3);
    expect(m.attendance[2]).toMatchObject({ name: 'Teemu Puolijoki', present: false });

    const one = (
      await plannerKp
        .post(`/api/meetings/${m.id}/items`)
        .send({ version: 1, title: 'Kokouksen avaus', discussion: 'Puheenjohtaja avasi kokouksen klo 9.30.' })
        .expect(201)
    ).body as MeetingDto;
    expect(one.version).toBe(2);
    const two = (
      await plannerKp
        .post(`/api/meetings/${m.id}/items`)
        .send({
          version: 2,
          title: 'Lastensuojelun kehittäjäverkosto',
          proposal: 'Perustetaan maakunnallinen kehittäjäverkosto.',
          discussion: 'Keskusteltiin verkoston kokoonpanosta.',
          decision: 'Hyväksytään esitys.',
          attachments: [{ title: 'Diaesitys', url: 'https://www.sonetbotnia.fi/docs/dia.pdf' }],
          focusAreaIds: [s.focusAreas[0]],
        })
        .expect(201)
    ).body as MeetingDto;
    expect(two.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Kokouksen avaus'],
      [2, 'Lastensuojelun kehittäjäverkosto'],
    ]);
    expect(two.items[1]).toMatchObject({ decision: 'Hyväksytään esitys.', attachments: [{ title: 'Diaesitys', url: 'https://www.sonetbotnia.fi/docs/dia.pdf' }] });
    expect(two.items[1].focusAreas.map((f) => f.id)).toEqual([s.focusAreas[0]]);
    expect((await audits(two.items[1].id)).map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a stale version (409), a taken § number (409), a non-http attachment (400 naming the field), and other regions and roles (403)', async () => {
    const m = await draft();
    await plannerKp.post(`/api/meetings/${m.id}/items`).send({ version: 1, title: 'Avaus' }).expect(201);
    const stale = await plannerKp.patch(`/api/meetings/${m.id}`).send({ version: 1, place: 'Kokkola' }).expect(409);
    expect(stale.body.code).toBe('version_conflict');
    const taken = await plannerKp.post(`/api/meetings/${m.id}/items`).send({ version: 2, number: 1, title: 'Toinen' }).expect(409);
    expect(taken.body).toMatchObject({ code: 'meeting_item_number_taken', params: { number: 1 } });
    const bad = await plannerKp.post(`/api/meetings/${m.id}/items`).send({ version: 2, title: 'Liite', attachments: [{ title: 'x', url: 'javascript:alert(1)' }] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['attachments.0.url']);
    expect((await plannerPo.patch(`/api/meetings/${m.id}`).send({ version: 2, place: 'Vaasa' }).expect(403)).body.code).toBe('region_forbidden');
    await board.patch(`/api/meetings/${m.id}`).send({ version: 2, place: 'Vaasa' }).expect(403);
    // a planner may not start minutes of a body of another region, nor of the organization
    await plannerPo.post('/api/meetings').send({ regionId: org.regions['KP'], body: 'regional_steering_group' }).expect(403);
    await plannerKp.post('/api/meetings').send({ regionId: null, body: 'management_group' }).expect(403);
    await management.post('/api/meetings').send({ regionId: null, body: 'management_group' }).expect(201);
  });

  it('draft → checked → approved locks the minutes (423); reopening needs a reason and is audited', async () => {
    const m = await draft();
    await plannerKp.post(`/api/meetings/${m.id}/items`).send({ version: 1, title: 'Avaus' }).expect(201);
    await plannerKp.post(`/api/meetings/${m.id}/approve`).send({ version: 2 }).expect(409); // not checked yet
    const checked = (await plannerKp.post(`/api/meetings/${m.id}/check`).send({ version: 2 }).expect(200)).body as MeetingDto;
    expect(checked.status).toBe('checked');
    const approved = (await plannerKp.post(`/api/meetings/${m.id}/approve`).send({ version: checked.version }).expect(200)).body as MeetingDto;
    expect(approved.status).toBe('approved');
    expect(approved.approvedAt).not.toBeNull();

    const locked = await plannerKp.patch(`/api/meetings/${m.id}/items/${approved.items[0].id}`).send({ version: approved.version, title: 'Muutettu' }).expect(423);
    expect(locked.body.code).toBe('meeting_locked');
    await plannerKp.patch(`/api/meetings/${m.id}`).send({ version: approved.version, place: 'Kokkola' }).expect(423);

    const noReason = await plannerKp.post(`/api/meetings/${m.id}/reopen`).send({ version: approved.version, reason: '  ' }).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const reopened = (await plannerKp.post(`/api/meetings/${m.id}/reopen`).send({ version: approved.version, reason: 'Pykälän 1 kirjoitusvirhe' }).expect(200)).body as MeetingDto;
    expect(reopened).toMatchObject({ status: 'draft', approvedAt: null });
    await plannerKp.patch(`/api/meetings/${m.id}/items/${approved.items[0].id}`).send({ version: reopened.version, title: 'Kokouksen avaus' }).expect(200);

    const trail = await audits(m.id);
    expect(trail.map((a) => a.action)).toEqual(['create', 'check', 'approve', 'reopen']);
    expect(trail[3].after).toMatchObject({ status: 'draft', reason: 'Pykälän 1 kirjoitusvirhe' });
  });

  it('approving needs the date of the meeting (400 naming date)', async () => {
    const m = (await plannerKp.post('/api/meetings').send({ regionId: org.regions['KP'], body: 'regional_steering_group' }).expect(201)).body as MeetingDto;
    const checked = (await plannerKp.post(`/api/meetings/${m.id}/check`).send({ version: 1 }).expect(200)).body as MeetingDto;
    const res = await plannerKp.post(`/api/meetings/${m.id}/approve`).send({ version: checked.version }).expect(400);
    expect(res.body.errors[0].field).toBe('date');
  });

  it('a decision of approved minutes becomes a yearly action in the plan in force, linked back; the planner logs progress against it', async () => {
    const m = await draft();
    let cur = (
      await plannerKp
        .post(`/api/meetings/${m.id}/items`)
        .send({ version: 1, title: 'Kehittäjäverkosto', decision: 'Perustetaan kehittäjäverkosto vuonna 2026.', focusAreaIds: [s.focusAreas[1]] })
        .expect(201)
    ).body as MeetingDto;
    const itemId = cur.items[0].id;
    const body = { focusAreaId: s.focusAreas[1], year: 2026, title: 'Lastensuojelun kehittäjäverkosto perustetaan' };
    // not from a draft
    expect((await plannerKp.post(`/api/meetings/${m.id}/items/${itemId}/action`).send(body).expect(409)).body.code).toBe('meeting_not_approved');
    cur = (await plannerKp.post(`/api/meetings/${m.id}/check`).send({ version: cur.version }).expect(200)).body;
    cur = (await plannerKp.post(`/api/meetings/${m.id}/approve`).send({ version: cur.version }).expect(200)).body;
    // no plan in force for 2030
    expect((await plannerKp.post(`/api/meetings/${m.id}/items/${itemId}/action`).send({ ...body, year: 2030 }).expect(422)).body).toMatchObject({ code: 'plan_not_in_force', params: { year: 2030 } });
    // the planner of another region may not
    await plannerPo.post(`/api/meetings/${m.id}/items/${itemId}/action`).send(body).expect(403);

    const after = (await plannerKp.post(`/api/meetings/${m.id}/items/${itemId}/action`).send(body).expect(201)).body as MeetingDto;
    const [ref] = after.items[0].actions;
    expect(ref).toMatchObject({ planId, title: body.title, year: 2026, fromDecision: true });

    // the action is in the approved plan, under the focus area's theme, in KP, planned
    const plan = (await management.get(`/api/plans/${planId}`).expect(200)).body;
    const action = plan.actions.find((a: { id: string }) => a.id === ref.id);
    expect(action).toMatchObject({ year: 2026, status: 'planned', regionIds: [org.regions['KP']] });
    expect(plan.themes.find((th: { id: string }) => th.id === action.themeId).focusAreaId).toBe(s.focusAreas[1]);
    const [created] = await audits(ref.id);
    expect(created.after).toMatchObject({ source: { meetingId: m.id, itemId, number: 1 } });

    // the planner logs progress against it
    await plannerKp
      .post('/api/progress-entries')
      .send({ actionId: ref.id, regionId: org.regions['KP'], year: 2026, entryDate: '2026-03-02', narrative: 'Verkoston ensimmäinen tapaaminen pidettiin.' })
      .expect(201);
  });

  it('a follow-up task with owner and due date, then marked done (version-checked)', async () => {
    const m = await draft();
    const cur = (await plannerKp.post(`/api/meetings/${m.id}/items`).send({ version: 1, title: 'Muut asiat', decision: 'Selvitetään tilat.' }).expect(201)).body as MeetingDto;
    const itemId = cur.items[0].id;
    await plannerKp.post(`/api/meetings/${m.id}/items/${itemId}/follow-ups`).send({ title: 'Selvitä kokoustilat', owner: 'Anne Saarijärvi', dueDate: '2026-02-30' }).expect(400);
    const withTask = (await plannerKp.post(`/api/meetings/${m.id}/items/${itemId}/follow-ups`).send({ title: 'Selvitä kokoustilat', owner: 'Anne Saarijärvi', dueDate: '2026-03-31' }).expect(201)).body as MeetingDto;
    const [task] = withTask.items[0].followUps;
    expect(task).toMatchObject({ itemId, title: 'Selvitä kokoustilat', owner: 'Anne Saarijärvi', dueDate: '2026-03-31', done: false, version: 1 });
    const done = (await plannerKp.patch(`/api/meetings/${m.id}/follow-ups/${task.id}`).send({ done: true, version: 1 }).expect(200)).body as MeetingDto;
    expect(done.items[0].followUps[0]).toMatchObject({ done: true, version: 2 });
    await plannerKp.patch(`/api/meetings/${m.id}/follow-ups/${task.id}`).send({ done: false, version: 1 }).expect(409);
    expect((await audits(task.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('imports the 2014 minutes text: preview by line, then a draft meeting with § 1–12', async () => {
    const text = readFileSync(MINUTES_2014, 'utf8');
    const preview = (await plannerKp.post('/api/meetings/import/preview').send({ text }).expect(200)).body as MinutesImportPreviewDto;
    expect(preview.problems).toEqual([]);
    expect(preview.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(preview.items[2]).toMatchObject({ line: 11, title: 'Pöytäkirjan tarkistaminen', decision: 'Merkitään tiedoksi.' });

    const saved = (await plannerKp.post('/api/meetings/import').send({ text, regionId: org.regions['KP'], body: 'regional_steering_group' }).expect(201)).body as MeetingDto;
    expect(saved.status).toBe('draft');
    expect(saved.items).toHaveLength(12);
    expect(saved.items[1]).toMatchObject({ number: 2, title: 'Esityslistan hyväksyminen', decision: 'Hyväksytään esitetyt muutokset.' });
    expect((await audits(saved.id)).map((a) => a.action)).toEqual(['import']);

    // a text with problems: named by line in the preview, refused on save
    const broken = '1 § Avaus\n3 § Talous\n2 § Väärin\nPäätös:';
    const p2 = (await plannerKp.post('/api/meetings/import/preview').send({ text: broken }).expect(200)).body as MinutesImportPreviewDto;
    expect(p2.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'number_not_increasing'],
      [4, 'empty_section'],
    ]);
    const refused = await plannerKp.post('/api/meetings/import').send({ text: broken, regionId: org.regions['KP'], body: 'regional_steering_group' }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['text.line.3', 'text.line.4']);
  });

  it("the focus area's decisions: checked and approved minutes only, newest first", async () => {
    const m = await draft();
    let cur = (await plannerKp.post(`/api/meetings/${m.id}/items`).send({ version: 1, title: 'Painopiste', decision: 'Painopiste hyväksytään.', focusAreaIds: [s.focusAreas[0]] }).expect(201)).body as MeetingDto;
    const before = (await board.get(`/api/meetings/decisions?focusAreaId=${s.focusAreas[0]}`).expect(200)).body as FocusAreaDecisionDto[];
    expect(before.find((d) => d.meetingId === m.id)).toBeUndefined();
    cur = (await plannerKp.post(`/api/meetings/${m.id}/check`).send({ version: cur.version }).expect(200)).body;
    const list = (await board.get(`/api/meetings/decisions?focusAreaId=${s.focusAreas[0]}`).expect(200)).body as FocusAreaDecisionDto[];
    expect(list.find((d) => d.meetingId === m.id)).toMatchObject({ number: 1, title: 'Painopiste', decision: 'Painopiste hyväksytään.', meetingStatus: 'checked', meetingDate: '2026-02-12', regionCode: 'KP' });
  });

  it('networks: created and edited (partners, status paused, focus areas), audited, version-checked, region-scoped', async () => {
    const created = (
      await plannerKp
        .post('/api/networks')
        .send({ name: 'KP:n lastensuojelun kehittäjäverkosto', regionId: org.regions['KP'], coordinator: 'SONet BOTNIA', partners: ['Kokkola', 'Soite'], sinceYear: 2019, meetingsPerYear: 4, focusAreaIds: [s.focusAreas[0]] })
        .expect(201)
    ).body as NetworkDto;
    expect(created).toMatchObject({ status: 'active', partners: ['Kokkola', 'Soite'], sinceYear: 2019, meetingsPerYear: 4, version: 1, regionCode: 'KP' });
    const paused = (await plannerKp.patch(`/api/networks/${created.id}`).send({ version: 1, status: 'paused', focusAreaIds: [s.focusAreas[1]] }).expect(200)).body as NetworkDto;
    expect(paused).toMatchObject({ status: 'paused', version: 2 });
    expect(paused.focusAreas.map((f) => f.id)).toEqual([s.focusAreas[1]]);
    await plannerKp.patch(`/api/networks/${created.id}`).send({ version: 1, status: 'ended' }).expect(409);
    await plannerKp.patch(`/api/networks/${created.id}`).send({ version: 2, status: 'dormant' }).expect(400);
    await plannerPo.patch(`/api/networks/${created.id}`).send({ version: 2, status: 'ended' }).expect(403);
    await board.post('/api/networks').send({ name: 'x' }).expect(403);
    const trail = await audits(created.id);
    expect(trail.map((a) => a.action)).toEqual(['create', 'update']);
    expect(trail[1].before).toMatchObject({ status: 'active' });
    expect(trail[1].after).toMatchObject({ status: 'paused' });
  });

  it('exports the minutes as DOCX and tagged PDF in the shape of the 2014 minutes: header, § with Esitys/Käsittely/Päätös, signatures', async () => {
    const text = readFileSync(MINUTES_2014, 'utf8');
    const m = (
      await plannerKp
        .post('/api/meetings/import')
        .send({
          text,
          regionId: org.regions['KP'],
          body: 'regional_steering_group',
          bodyName: 'SONet BOTNIAn Etelä-Pohjanmaan alueellinen ohjausryhmä',
          date: '2014-08-12',
          startTime: '09:35',
          endTime: '12:00',
          place: 'Seinäjoki',
          chair: 'Harri Jokiranta',
          minuteCheckers: ['Päivi Rinne', 'Tuulikki Mäkinen'],
          attendance: [{ name: 'Harri Jokiranta', role: 'puheenjohtaja', present: true }],
        })
        .expect(201)
    ).body as MeetingDto;

    const docx = await board.get(`/api/meetings/${m.id}/export.docx`).buffer(true).parse(binaryBody).expect(200);
    expect(docx.headers['content-disposition']).toContain('poytakirja-2014-08-12-kp.docx');
    const paragraphs = docxParagraphs(strFromU8(unzipSync(new Uint8Array(docx.body))['word/document.xml']));
    const texts = paragraphs.map((p) => p.text);
    expect(paragraphs[0]).toEqual({ style: 'Title', text: 'PÖYTÄKIRJA' });
    expect(texts).toContain('SONet BOTNIAn Etelä-Pohjanmaan alueellinen ohjausryhmä');
    expect(texts).toContain('Aika: 12.8.2014 klo 9.35–12.00');
    expect(texts).toContain('Paikka: Seinäjoki');
    // the 12 § as headings, in order, as in the minutes ("2 § Esityslistan hyväksyminen")
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings.filter((h) => /^\d+ § /.test(h))).toHaveLength(12);
    expect(headings).toContain('2 § Esityslistan hyväksyminen');
    const i2 = texts.indexOf('2 § Esityslistan hyväksyminen');
    expect(texts[i2 + 1]).toBe('Esitys: Hyväksytään kokouskutsun asialista kokouksen esityslistaksi');
    expect(texts[i2 + 3]).toBe('Päätös: Hyväksytään esitetyt muutokset.');
    expect(headings.slice(-2)).toEqual(['Pöytäkirjan vakuudeksi', 'Pöytäkirjan tarkastajat']);
    // the checkers' names side by side under their heading, as signature lines
    const afterCheckers = texts.slice(texts.indexOf('Pöytäkirjan tarkastajat'));
    expect(afterCheckers.some((t) => t.includes('Päivi Rinne') && t.includes('Tuulikki Mäkinen'))).toBe(true);

    const pdf = await board.get(`/api/meetings/${m.id}/export.pdf`).buffer(true).parse(binaryBody).expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const read = await readPdf(pdf.body);
    expect(read.pageSize.width).toBeCloseTo(595.28, 1);
    expect(read.text).toContain('PÖYTÄKIRJA');
    expect(read.text).toContain('Aika: 12.8.2014 klo 9.35–12.00');
    expect(read.text).toContain('3 § Pöytäkirjan tarkistaminen');
    expect(read.text).toContain('Merkitään tiedoksi.');
    expect(read.text).toContain('Pöytäkirjan tarkastajat');
    expect(read.text).toContain('Tuulikki Mäkinen');
    expect(read.text).toContain('Tila: Luonnos');
  });
});
