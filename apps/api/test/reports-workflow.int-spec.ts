import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { AnnualReportDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { action, PlanFixture, progress, strategyWithPlans } from './reports-fixtures';

const YEAR = 2031;

describe('annual reports: drafting, locking, approval and combining', () => {
  let t: TestApp;
  let org: TestOrganization;
  let plan: PlanFixture;
  let plannerKp: SignedInAgent;
  let plannerKp2: SignedInAgent;
  let plannerPo: SignedInAgent;
  let management: SignedInAgent;
  let board: SignedInAgent;
  let kp: AnnualReportDto;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    plan = await strategyWithPlans(t, org, YEAR, ['EP', 'KP', 'PO']);
    const [practice, knowledge] = plan.focusAreaIds;
    const seminars = await action(t, org, 'KP', practice, YEAR, { title: 'Seutukunnalliset seminaarit', status: 'done', target: [6, 'kpl'] });
    await action(t, org, 'KP', practice, YEAR, { title: 'Kehittäjäryhmän perustaminen', status: 'postponed' });
    const research = await action(t, org, 'KP', knowledge, YEAR, { title: 'Tutkimushankkeiden valmistelu', status: 'in_progress' });
    await progress(t, org, 'KP', { actionId: seminars, date: `${YEAR}-03-04`, narrative: 'SosDigi-teemailtapäivä Kokkolassa', value: [1, 'kpl'] });
    await progress(t, org, 'KP', { actionId: seminars, date: `${YEAR}-10-12`, narrative: 'Syysseminaari verkossa', value: [3, 'kpl'] });
    await progress(t, org, 'KP', { actionId: seminars, date: `${YEAR}-11-01`, narrative: 'Peruttu kirjaus', value: [9, 'kpl'], retracted: true });
    await progress(t, org, 'KP', { actionId: research, date: `${YEAR}-09-15`, narrative: 'Valtion tutkimusrahoituksen haku' });
    const epSeminars = await action(t, org, 'EP', practice, YEAR, { title: 'EP:n seminaarit', status: 'done' });
    await progress(t, org, 'EP', { actionId: epSeminars, date: `${YEAR}-05-05`, narrative: 'Lakeuden verkostopäivä' });

    plannerKp = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    plannerKp2 = await signIn(t, { role: 'planner', regionCodes: ['KP'], displayName: 'Toinen Kirjoittaja' });
    plannerPo = await signIn(t, { role: 'planner', regionCodes: ['PO'] });
    management = await signIn(t, { role: 'management' });
    board = await signIn(t, { role: 'board' });
    kp = (await plannerKp.post('/api/annual-reports').send({ regionId: org.regions['KP'], year: YEAR }).expect(201)).body;
  }, 120_000);
  afterAll(() => t.close());

  it('starts the report with one section per theme of the plan in force, each with a draft and no text', () => {
    expect(kp.status).toBe('draft');
    expect(kp.sections.map((s) => s.heading)).toEqual(['Käytännönläheinen kehittäminen', 'Tietotuotannon tukeminen']);
    expect(kp.sections.map((s) => s.body)).toEqual(['', '']);
  });

  it('drafts what was done, counts against targets and actions not done, leaving out retracted entries', () => {
    const draft = kp.sections[0].draft ?? '';
    expect(draft).toContain('- 4.3.2031: SosDigi-teemailtapäivä Kokkolassa (1 kpl) – Seutukunnalliset seminaarit');
    expect(draft).toContain('- 12.10.2031: Syysseminaari verkossa (3 kpl)');
    // 1 + 3 logged against a target of 6; the retracted 9 does not count
    expect(draft).toContain('- Seutukunnalliset seminaarit: 4 / 6 kpl (67 %)');
    expect(draft).toContain('### Toteutumatta jääneet toimenpiteet\n\n- Kehittäjäryhmän perustaminen (siirretty)');
    expect(draft).not.toContain('Peruttu kirjaus');
    expect(draft).not.toContain('Lakeuden verkostopäivä');
    expect(kp.sections[1].draft).toContain('Tutkimushankkeiden valmistelu (kesken)');
  });

  it('refuses to start the same report twice', async () => {
    await plannerKp.post('/api/annual-reports').send({ regionId: org.regions['KP'], year: YEAR }).expect(409);
  });

  it('never overwrites written text when drafting again', async () => {
    const section = kp.sections[0];
    const saved = await plannerKp.put(`/api/annual-reports/${kp.id}/sections/${section.id}`).send({ version: section.version, body: 'Oma tekstini.' }).expect(200);
    const [practice] = plan.focusAreaIds;
    const [{ id: seminars }] = await t.dataSource.query(`SELECT id FROM plan_action WHERE title = 'Seutukunnalliset seminaarit'`);
    await progress(t, org, 'KP', { actionId: seminars, date: `${YEAR}-12-01`, narrative: 'Joulukuun seminaari', value: [2, 'kpl'] });
    const redrafted: AnnualReportDto = (await plannerKp.post(`/api/annual-reports/${kp.id}/redraft`).expect(200)).body;
    const after = redrafted.sections.find((s) => s.id === section.id);
    expect(after?.body).toBe('Oma tekstini.');
    expect(after?.version).toBe(saved.body.version);
    expect(after?.draft).toContain('Joulukuun seminaari');
    expect(after?.draft).toContain('6 / 6 kpl (100 %)');
    expect(practice).toBeDefined();
  });

  it('refuses a save based on a stale version with 409 and the other person’s text', async () => {
    const report: AnnualReportDto = (await plannerKp.get(`/api/annual-reports/${kp.id}`).expect(200)).body;
    const section = report.sections[1];
    await plannerKp2.put(`/api/annual-reports/${kp.id}/sections/${section.id}`).send({ version: section.version, body: 'Toisen kirjoittajan teksti.' }).expect(200);
    const res = await plannerKp.put(`/api/annual-reports/${kp.id}/sections/${section.id}`).send({ version: section.version, body: 'Minun tekstini.' }).expect(409);
    expect(res.body.current).toMatchObject({ body: 'Toisen kirjoittajan teksti.', version: section.version + 1, updatedByName: 'Toinen Kirjoittaja' });
    const now: AnnualReportDto = (await plannerKp.get(`/api/annual-reports/${kp.id}`).expect(200)).body;
    expect(now.sections[1].body).toBe('Toisen kirjoittajan teksti.');
  });

  it('keeps planners to their own region and the board to reading', async () => {
    const section = kp.sections[1];
    await plannerPo.put(`/api/annual-reports/${kp.id}/sections/${section.id}`).send({ version: 1, body: 'x' }).expect(403);
    await plannerPo.post('/api/annual-reports').send({ regionId: org.regions['KP'], year: YEAR + 1 }).expect(403);
    await board.put(`/api/annual-reports/${kp.id}/sections/${section.id}`).send({ version: 1, body: 'x' }).expect(403);
    const read: AnnualReportDto = (await board.get(`/api/annual-reports/${kp.id}`).expect(200)).body;
    expect(read.permissions).toEqual({ canEdit: false, canSubmit: false, canApprove: false, canReopen: false, canRequestReopen: false });
    await plannerKp.post('/api/annual-reports').send({ year: YEAR }).expect(403);
  });

  it('goes draft → in review → approved, locks the approved report, and records reopening with its reason', async () => {
    await plannerKp.post(`/api/annual-reports/${kp.id}/approve`).expect(403);
    const submitted: AnnualReportDto = (await plannerKp.post(`/api/annual-reports/${kp.id}/submit`).expect(200)).body;
    expect(submitted.status).toBe('in_review');
    expect(submitted.permissions.canApprove).toBe(false);
    const approved: AnnualReportDto = (await management.post(`/api/annual-reports/${kp.id}/approve`).expect(200)).body;
    expect(approved.status).toBe('approved');
    expect(approved.approvedAt).not.toBeNull();

    const section = approved.sections[0];
    await plannerKp.put(`/api/annual-reports/${kp.id}/sections/${section.id}`).send({ version: section.version, body: 'Muutos' }).expect(409);
    // the database refuses too, whatever the service does
    await expect(t.dataSource.query(`UPDATE annual_report_section SET body = 'ohi' WHERE id = $1`, [section.id])).rejects.toThrow(/approved/);

    // the planner cannot reopen, but may ask management to, once; the request shows on the report
    expect(((await plannerKp.get(`/api/annual-reports/${kp.id}`).expect(200)).body as AnnualReportDto).permissions).toMatchObject({ canReopen: false, canRequestReopen: true });
    await plannerKp.post(`/api/annual-reports/${kp.id}/reopen-requests`).send({ message: '  ' }).expect(400);
    await plannerPo.post(`/api/annual-reports/${kp.id}/reopen-requests`).send({ message: 'Ei minun' }).expect(403);
    await management.post(`/api/annual-reports/${kp.id}/reopen-requests`).send({ message: 'Avaan itse' }).expect(409);
    const requested: AnnualReportDto = (await plannerKp.post(`/api/annual-reports/${kp.id}/reopen-requests`).send({ message: 'Syysseminaari puuttuu osiosta 1' }).expect(201)).body;
    expect(requested.status).toBe('approved');
    expect(requested.reopenRequest).toMatchObject({ requestedByName: plannerKp.user.displayName, message: 'Syysseminaari puuttuu osiosta 1' });
    expect(requested.permissions.canRequestReopen).toBe(false);
    await plannerKp2.post(`/api/annual-reports/${kp.id}/reopen-requests`).send({ message: 'Toinen pyyntö' }).expect(409);
    const seenByManagement: AnnualReportDto = (await management.get(`/api/annual-reports/${kp.id}`).expect(200)).body;
    expect(seenByManagement.reopenRequest?.message).toBe('Syysseminaari puuttuu osiosta 1');
    const listed = (await management.get(`/api/annual-reports?year=${YEAR}`).expect(200)).body as { id: string; reopenRequested: boolean }[];
    expect(listed.find((r) => r.id === kp.id)?.reopenRequested).toBe(true);
    const [requestAudit] = await t.dataSource.query(`SELECT after->>'message' AS message FROM audit_log WHERE entity_id = $1 AND action = 'request_reopen'`, [kp.id]);
    expect(requestAudit).toEqual({ message: 'Syysseminaari puuttuu osiosta 1' });
    // waiting for the mail job (outbox): not yet notified
    const [outbox] = await t.dataSource.query(`SELECT notified_at FROM annual_report_reopen_request WHERE report_id = $1`, [kp.id]);
    expect(outbox).toEqual({ notified_at: null });

    await management.post(`/api/annual-reports/${kp.id}/reopen`).send({ reason: '' }).expect(400);
    const reopened: AnnualReportDto = (await management.post(`/api/annual-reports/${kp.id}/reopen`).send({ reason: 'Ohjausryhmä pyysi lisäyksen' }).expect(200)).body;
    expect(reopened.status).toBe('draft');
    // reopening answers the request: it no longer shows
    expect(reopened.reopenRequest).toBeNull();
    const [audit] = await t.dataSource.query(
      `SELECT action, before->>'status' AS before, after->>'reason' AS reason FROM audit_log WHERE entity_id = $1 AND action = 'reopen'`,
      [kp.id],
    );
    expect(audit).toEqual({ action: 'reopen', before: 'approved', reason: 'Ohjausryhmä pyysi lisäyksen' });
    await plannerKp.put(`/api/annual-reports/${kp.id}/sections/${section.id}`).send({ version: section.version, body: 'Muutos' }).expect(200);
  });

  it('combines the regions’ sections theme by theme in the whole organization’s report', async () => {
    const res = await management.post('/api/annual-reports').send({ year: YEAR }).expect(201);
    const whole: AnnualReportDto = res.body;
    expect(whole.regionId).toBeNull();
    expect(whole.sections.map((s) => s.heading)).toEqual(['Käytännönläheinen kehittäminen', 'Tietotuotannon tukeminen']);
    const first = whole.sections[0].draft ?? '';
    // EP has no report: its part is drafted from its log; KP's part is the text its planner wrote
    const ep = first.indexOf('## Etelä-Pohjanmaa');
    const kpAt = first.indexOf('## Keski-Pohjanmaa');
    const po = first.indexOf('## Pohjanmaa');
    expect(ep).toBeGreaterThanOrEqual(0);
    expect(kpAt).toBeGreaterThan(ep);
    expect(po).toBeGreaterThan(kpAt);
    expect(first.slice(ep, kpAt)).toContain('Lakeuden verkostopäivä');
    expect(first.slice(kpAt, po)).toContain('Muutos');
    expect(first.slice(kpAt, po)).not.toContain('SosDigi');
    expect(whole.sections[1].draft).toContain('Toisen kirjoittajan teksti.');
  });
});
