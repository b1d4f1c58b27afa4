import { JobsService } from '@suunta/api-jobs';
import { REMINDERS_QUEUE } from '@suunta/api-reminders';
import { anonymousAgent, createTestApp, createTestUser, ensureOrganization, loginAs, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { ParsedMail } from 'mailparser';
import { AppModule } from '../src/app/app.module';
import { createStrategyFixture, StrategyFixture } from './support/plans-fixtures';
import { linkIn, SmtpSink } from './support/smtp-sink';
import { waitUntil } from './support/wait-until';

/**
 * Update cadence and reminders (issue 18) through the real job queue and a real SMTP server, with
 * the calendar under the test's control: each run is a `reminders-daily` job carrying the instant
 * it runs as (`now`), so no process clock is faked.
 *
 * The calendar of the scenario (lead time 7 days, Europe/Helsinki):
 * - KP's steering group met on 10 Feb 2026 and meets next on 24 Mar; EP's meets on 25 Mar (no
 *   earlier meeting: its period starts on 1 Jan); PO has no meeting scheduled.
 * - Two criteria are owned by the role "planner", cadence "before each steering-group meeting";
 *   a third by one named planner, monthly.
 * - KP logged "Verkostotapaamiset" on 15 Feb (after its last meeting): not due. KP logged
 *   "Ohjausryhmän kokoukset" on 1 Feb (before that meeting): due again. EP logged nothing.
 * So on 19 Mar (24 Mar − 7 = 17 Mar: the window is open; the monthly one opens on 24 Mar) the
 * KP planner is reminded of one item, the EP planner of two, the disabled EP planner and the PO
 * planner of nothing.
 */
const register = (env: Parameters<typeof AppModule.register>[0]) => AppModule.register(env);
const PUBLIC_URL = 'https://suunta.test.invalid';

describe('reminders: one digest per person before the steering group meets', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let org: TestOrganization;
  let s: StrategyFixture;
  let management: SignedInAgent;
  let kp: { id: string; email: string; password: string };
  let ep: { id: string; email: string };
  let epDisabled: { id: string; email: string };
  let po: { id: string; email: string };

  async function runAs(app: TestApp, now: string): Promise<void> {
    const id = await app.app.get(JobsService).send(REMINDERS_QUEUE, { now });
    await waitUntil(`the reminder run as of ${now}`, async () => {
      const [job] = await app.dataSource.query(`SELECT state, output FROM pgboss.job WHERE id = $1`, [id]);
      if (job?.state === 'failed') throw new Error(`the run failed: ${JSON.stringify(job.output)}`);
      return job?.state === 'completed';
    });
    // every mail the run queued has been handed to the SMTP server
    await waitUntil('the mail queue to drain', async () => {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail-send' AND state <> 'completed'`);
      return n === 0;
    });
  }

  const mailsTo = (email: string): ParsedMail[] => smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(register, { SMTP_URL: smtp.url, MAIL_FROM: 'Suunta <suunta@test.invalid>', PUBLIC_URL, JOB_RETRY_DELAY_SECONDS: '1' });
    org = await ensureOrganization(t);
    s = await createStrategyFixture(t, org.organizationId);
    management = await signIn(t, { role: 'management' });
    kp = await createTestUser(t, { role: 'planner', regionCodes: ['KP'], email: 'kaisa.kp@test.invalid', displayName: 'Kaisa Keskinen' });
    ep = await createTestUser(t, { role: 'planner', regionCodes: ['EP'], email: 'elsa.ep@test.invalid', displayName: 'Elsa Ek' });
    await t.dataSource.query(`UPDATE user_account SET language = 'sv' WHERE id = $1`, [ep.id]);
    epDisabled = await createTestUser(t, { role: 'planner', regionCodes: ['EP'], email: 'poistettu.ep@test.invalid' });
    await t.dataSource.query(`UPDATE user_account SET status = 'disabled' WHERE id = $1`, [epDisabled.id]);
    po = await createTestUser(t, { role: 'planner', regionCodes: ['PO'], email: 'pekka.po@test.invalid' });

    for (const [code, date] of [['KP', '2026-02-10'], ['KP', '2026-03-24'], ['EP', '2026-03-25'], ['KP', '2026-05-12'], ['EP', '2026-05-12']]) {
      await management.post('/api/meetings').send({ regionId: org.regions[code], body: 'regional_steering_group', date }).expect(201);
    }
    const duty = (subjectId: string, owner: Record<string, unknown>, cadence: string) =>
      management.put('/api/reminders/duties').send({ subjectKind: 'criterion', subjectId, cadence, ...owner }).expect(200);
    await duty(s.criteria.meetings, { ownerRole: 'planner' }, 'before_meeting');
    await duty(s.criteria.plainCount, { ownerRole: 'planner' }, 'before_meeting');
    await duty(s.criteria.qualitative, { ownerUserId: kp.id }, 'monthly');

    const plannerKp = await loginAs(t, kp.email, kp.password);
    const log = (criterionId: string, entryDate: string) =>
      plannerKp.post('/api/progress-entries').send({ regionId: org.regions['KP'], year: 2026, entryDate, criterionId, value: criterionId === s.criteria.qualitative ? null : 1, narrative: 'Kirjattu.' }).expect(201);
    await log(s.criteria.plainCount, '2026-02-15');
    await log(s.criteria.meetings, '2026-02-01');
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('mails each planner one digest of their own region’s items, in their language, and nothing to the disabled or the unconcerned', async () => {
    await runAs(t, '2026-03-19T06:00:00Z');

    const kpMails = mailsTo(kp.email);
    expect(kpMails).toHaveLength(1);
    expect(kpMails[0].subject).toBe('Muistutus: kirjaa edistyminen (1) – SONet BOTNIA');
    expect(kpMails[0].text).toContain('- Ohjausryhmän kokoukset (Keski-Pohjanmaa; Painopiste 1) – ennen ohjausryhmän kokousta 24. maaliskuuta 2026');
    expect(kpMails[0].text).not.toContain('Verkostotapaamiset');
    expect(kpMails[0].text).not.toContain('Kuvaus yhteistyöstä');

    const epMails = mailsTo(ep.email);
    expect(epMails).toHaveLength(1);
    expect(epMails[0].subject).toBe('Påminnelse: logga framstegen (2) – SONet BOTNIA');
    expect(epMails[0].html).toContain('lang="sv"');
    expect(epMails[0].text).toContain('Ohjausryhmän kokoukset (Södra Österbotten; Painopiste 1) – före styrgruppens möte 25 mars 2026');
    expect(epMails[0].text).toContain('Verkostotapaamiset (Södra Österbotten; Painopiste 1)');

    expect(mailsTo(epDisabled.email)).toEqual([]);
    expect(mailsTo(po.email)).toEqual([]);
    expect(smtp.received).toHaveLength(2);
  });

  it('links each item to the log-progress form filled in with its region, criterion and year', () => {
    const [mail] = mailsTo(kp.email);
    const link = linkIn(mail);
    expect(`${link.origin}${link.pathname}`).toBe(`${PUBLIC_URL}/progress/new`);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      region: org.regions['KP'],
      kind: 'criterion',
      id: s.criteria.meetings,
      year: '2026',
      title: 'Ohjausryhmän kokoukset',
    });
  });

  it('sends nothing again when the job runs again, the next day, or after a restart', async () => {
    await runAs(t, '2026-03-19T06:00:00Z');
    await runAs(t, '2026-03-20T06:00:00Z');
    await t.app.close(); // not t.close(): keep the database
    const second = await createTestApp(register, { DATABASE_URL: t.env.DATABASE_URL, SMTP_URL: smtp.url, PUBLIC_URL, JOB_RETRY_DELAY_SECONDS: '1' });
    try {
      await runAs(second, '2026-03-21T06:00:00Z');
      expect(smtp.received).toHaveLength(2);
      const [{ n }] = await second.dataSource.query(`SELECT count(*)::int AS n FROM reminder_digest`);
      expect(n).toBe(2);
    } finally {
      await second.app.close();
    }
    t = await createTestApp(register, { DATABASE_URL: t.env.DATABASE_URL, SMTP_URL: smtp.url, PUBLIC_URL, JOB_RETRY_DELAY_SECONDS: '1' });
    management = await signIn(t, { role: 'management' });
  }, 120_000);

  it('reminds of the monthly item once its window opens, and again before the next meeting, but not whoever stopped them by the link', async () => {
    // The EP planner stops the reminders from their mail's link, without signing in.
    const stop = new URL(mailsTo(ep.email)[0].text?.match(/https:\/\/\S+\/reminders\/unsubscribe\?\S+/)?.[0] ?? 'https://missing.invalid');
    expect(stop.pathname).toBe('/reminders/unsubscribe');
    // the same link in the header mail clients turn into their own "unsubscribe" button
    const listUnsubscribe = mailsTo(ep.email)[0].headerLines.find((h) => h.key === 'list-unsubscribe')?.line.replace(/\r?\n\s+/g, ' '); // unfolded
    expect(listUnsubscribe).toBe(`List-Unsubscribe: <${stop.toString()}>`);
    const anonymous = await anonymousAgent(t);
    const res = await anonymous.post('/api/reminders/subscription').send({ token: stop.searchParams.get('token'), action: 'unsubscribe' }).expect(200);
    expect(res.body).toEqual({ action: 'unsubscribe', snoozedUntil: null });
    const bad = await anonymous.post('/api/reminders/subscription').send({ token: 'not-a-real-token', action: 'snooze' }).expect(400);
    expect(bad.body.code).toBe('reminder_link_invalid');

    // 24 Mar: the monthly item (due 31 Mar) is in its window for KP's named owner.
    await runAs(t, '2026-03-24T06:00:00Z');
    expect(mailsTo(kp.email)).toHaveLength(2);
    expect(mailsTo(kp.email)[1].subject).toBe('Muistutus: kirjaa edistyminen (1) – SONet BOTNIA');
    expect(mailsTo(kp.email)[1].text).toContain('Kuvaus yhteistyöstä (Keski-Pohjanmaa; Painopiste 2) – kuukauden loppuun 31. maaliskuuta 2026 mennessä');

    // 8 May: both regions' next meeting (12 May) is 4 days away and nothing was logged since the
    // last one (24/25 Mar): both meeting items again; May's monthly window opens only on 24 May.
    await runAs(t, '2026-05-08T06:00:00Z');
    expect(mailsTo(kp.email)).toHaveLength(3);
    expect(mailsTo(kp.email)[2].subject).toBe('Muistutus: kirjaa edistyminen (2) – SONet BOTNIA');
    expect(mailsTo(kp.email)[2].text).toContain('Verkostotapaamiset (Keski-Pohjanmaa; Painopiste 1) – ennen ohjausryhmän kokousta 12. toukokuuta 2026');
    expect(mailsTo(kp.email)[2].text).not.toContain('Kuvaus yhteistyöstä');
    expect(mailsTo(ep.email)).toHaveLength(1);
    expect(mailsTo(epDisabled.email)).toEqual([]);
  });

  it('lists the items nobody is reminded of, and refuses a stale change of a duty', async () => {
    await t.dataSource.query(`UPDATE user_account SET status = 'disabled' WHERE id = $1`, [kp.id]);
    const res = await management.get('/api/reminders/missing-owners?year=2026').expect(200);
    const byTitle = Object.fromEntries((res.body.items as { title: string; problem: string }[]).map((i) => [i.title, i.problem]));
    expect(byTitle).toEqual({ 'Kuvaus yhteistyöstä': 'owner_disabled', 'Kyselyn arvio': 'no_owner', 'Raportti valmis': 'no_owner' });

    const duties = (await management.get('/api/reminders/duties').expect(200)).body as { id: string; subjectId: string; version: number }[];
    const monthly = duties.find((d) => d.subjectId === s.criteria.qualitative);
    const changed = await management.put('/api/reminders/duties').send({ subjectKind: 'criterion', subjectId: s.criteria.qualitative, ownerRole: 'management', cadence: 'yearly', version: monthly?.version }).expect(200);
    expect(changed.body).toMatchObject({ ownerRole: 'management', ownerUserId: null, cadence: 'yearly', version: 2 });
    const stale = await management.put('/api/reminders/duties').send({ subjectKind: 'criterion', subjectId: s.criteria.qualitative, ownerRole: 'planner', cadence: 'yearly', version: 1 }).expect(409);
    expect(stale.body.code).toBe('version_conflict');
    const both = await management.put('/api/reminders/duties').send({ subjectKind: 'criterion', subjectId: s.criteria.survey, ownerRole: 'planner', ownerUserId: po.id, cadence: 'yearly' }).expect(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'ownerRole' })]);
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'reminder_duty' AND entity_id = $1`, [monthly?.id]);
    expect(audit.n).toBe(2);
  });
});
