import { anonymousAgent, createTestApp, createTestUser, loginAs, signIn, TestApp } from '@suunta/api-testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { AppModule } from '../src/app/app.module';
import { linkIn, SmtpSink } from './support/smtp-sink';
import { waitUntil } from './support/wait-until';

/**
 * E-mail through the durable job queue, delivered to a real SMTP server started here and parsed
 * with mailparser: invitations and password resets in the user's language, no address
 * enumeration, single-use reset links, retries while the server is down, jobs surviving a restart,
 * and the .eml outbox without SMTP_URL.
 */
const PASSWORD = 'lakeus tuulee lännestä';
const register = (env: Parameters<typeof AppModule.register>[0]) => AppModule.register(env);


async function mailJobs(t: TestApp): Promise<{ state: string; retry_count: number; to: string }[]> {
  return t.dataSource.query(`SELECT state, retry_count, data->>'to' AS to FROM pgboss.job WHERE name = 'mail-send' ORDER BY created_on`);
}

describe('mail: invitations and password resets through a real SMTP server', () => {
  const smtp = new SmtpSink();
  let t: TestApp;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(register, { SMTP_URL: smtp.url, MAIL_FROM: 'Suunta <suunta@test.invalid>', PUBLIC_URL: 'https://suunta.test.invalid', JOB_RETRY_DELAY_SECONDS: '1' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends the invitation in the invitee’s language with a link that sets the password', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const res = await admin.post('/api/users').send({ email: 'anna.sv@test.invalid', displayName: 'Anna Svensson', roles: ['viewer'], regionIds: [], language: 'sv' }).expect(201);
    expect(res.body.mailQueued).toBe(true);

    const mail = await smtp.waitFor('anna.sv@test.invalid');
    expect(mail.subject).toBe('Inbjudan till Suunta – SONet BOTNIA');
    expect(mail.text).toContain('Hej Anna Svensson');
    expect(mail.html).toContain('lang="sv"');
    expect(mail.from?.text).toContain('suunta@test.invalid');
    const link = linkIn(mail);
    expect(`${link.origin}${link.pathname}`).toBe('https://suunta.test.invalid/accept-invite');
    expect(link.searchParams.get('token')).toBe(res.body.token);

    const anonymous = await anonymousAgent(t);
    await anonymous.post('/api/auth/accept-invite').send({ token: link.searchParams.get('token'), password: PASSWORD }).expect(204);
    await loginAs(t, 'anna.sv@test.invalid', PASSWORD);
  });

  it('answers forgot-password identically for an unknown address and mails nothing to it', async () => {
    const known = await createTestUser(t, { role: 'viewer', email: 'known.fi@test.invalid' });
    const anonymous = await anonymousAgent(t);
    const unknown = await anonymous.post('/api/auth/forgot-password').send({ email: 'nobody@test.invalid' });
    const existing = await anonymous.post('/api/auth/forgot-password').send({ email: known.email });
    expect(unknown.status).toBe(202);
    expect(existing.status).toBe(202);
    expect(unknown.body).toEqual(existing.body);
    expect(unknown.text).toBe(existing.text);

    const mail = await smtp.waitFor(known.email);
    expect(mail.subject).toBe('Salasanan vaihto – SONet BOTNIA');
    expect(smtp.to('nobody@test.invalid')).toEqual([]);
    expect((await mailJobs(t)).filter((j) => j.to === 'nobody@test.invalid')).toEqual([]);
  });

  it('resets the password once with the mailed link, ends the old sessions and refuses the link again', async () => {
    const user = await createTestUser(t, { role: 'viewer', email: 'reset.en@test.invalid' });
    await t.dataSource.query(`UPDATE user_account SET language = 'en' WHERE id = $1`, [user.id]);
    const oldSession = await loginAs(t, user.email, user.password);
    const anonymous = await anonymousAgent(t);
    await anonymous.post('/api/auth/forgot-password').send({ email: 'Reset.EN@test.invalid' }).expect(202);

    const mail = await smtp.waitFor(user.email);
    expect(mail.subject).toBe('Password reset – SONet BOTNIA');
    const link = linkIn(mail);
    expect(link.pathname).toBe('/reset-password');
    const token = link.searchParams.get('token');

    await anonymous.post('/api/auth/reset-password').send({ token, password: 'password' }).expect(400);
    await anonymous.post('/api/auth/reset-password').send({ token, password: PASSWORD }).expect(204);
    const again = await anonymous.post('/api/auth/reset-password').send({ token, password: `${PASSWORD} 2` }).expect(400);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);

    await oldSession.get('/api/auth/me').expect(401);
    await loginAs(t, user.email, PASSWORD);
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'password_reset'`, [user.id]);
    expect(audit.n).toBe(1);
  });

  it('retries a mail while the SMTP server is down and delivers it when it is back', async () => {
    const admin = await signIn(t, { role: 'admin' });
    const port = smtp.port;
    await smtp.stop();
    await admin.post('/api/users').send({ email: 'while.down@test.invalid', displayName: 'Odottava', roles: ['viewer'], regionIds: [] }).expect(201);
    const failed = await waitUntil('a failed attempt', async () => (await mailJobs(t)).find((j) => j.to === 'while.down@test.invalid' && j.retry_count >= 1));
    expect(failed.state).not.toBe('completed');

    await smtp.start(port);
    const mail = await smtp.waitFor('while.down@test.invalid', 30_000);
    expect(mail.subject).toBe('Kutsu Suuntaan – SONet BOTNIA');
    await waitUntil('the job to complete', async () => (await mailJobs(t)).find((j) => j.to === 'while.down@test.invalid' && j.state === 'completed'));
  });
});

describe('mail: the admin page shows the mail settings and sends a test mail', () => {
  const smtp = new SmtpSink();
  let t: TestApp;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(register, { SMTP_URL: smtp.url, MAIL_FROM: 'Suunta <ops@test.invalid>', JOB_RETRY_DELAY_SECONDS: '1' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('reports the mail transport and the queue, and follows a test mail to "sent"', async () => {
    const admin = await signIn(t, { role: 'admin', email: 'ops.admin@test.invalid' });
    const status = await admin.get('/api/admin/operations').expect(200);
    expect(status.body.mail).toEqual({ transport: 'smtp', from: 'Suunta <ops@test.invalid>' });
    // Every queue the API runs, each empty: mail, the daily reminders, the Sotkanet fetch, the meeting digest.
    expect(status.body.jobs).toEqual({ queued: { 'indicators.sync': 0, 'mail-send': 0, 'meeting-digest': 0, 'reminders-daily': 0 }, failed: 0 });
    expect(status.body.sso).toEqual({ enabled: false, issuer: null, domains: [], justInTime: false });

    const queued = await admin.post('/api/admin/operations/test-mail').expect(201);
    expect(queued.body).toEqual(expect.objectContaining({ to: 'ops.admin@test.invalid', state: 'queued' }));
    const mail = await smtp.waitFor('ops.admin@test.invalid');
    expect(mail.subject).toBe('Suunnan testiviesti – SONet BOTNIA');
    const outcome = await waitUntil('the job to be done', async () => {
      const res = await admin.get(`/api/admin/operations/test-mail/${queued.body.jobId}`).expect(200);
      return res.body.state === 'sent' ? res.body : undefined;
    });
    expect(outcome.error).toBeNull();

    // Another admin cannot read it, nor anybody read an invitation's job through this route.
    const other = await signIn(t, { role: 'admin' });
    await other.get(`/api/admin/operations/test-mail/${queued.body.jobId}`).expect(404);
    const viewer = await signIn(t, { role: 'viewer' });
    await viewer.get('/api/admin/operations').expect(403);
  });
});

describe('mail: a job written before a restart is delivered by the next process', () => {
  it('survives closing the app', async () => {
    const smtp = new SmtpSink();
    await smtp.start();
    const port = smtp.port;
    await smtp.stop(); // the mail server is down while the first app runs
    const first = await createTestApp(register, { SMTP_URL: `smtp://127.0.0.1:${port}`, JOB_RETRY_DELAY_SECONDS: '1' });
    const url = first.env.DATABASE_URL;
    const admin = await signIn(first, { role: 'admin' });
    await admin.post('/api/users').send({ email: 'after.restart@test.invalid', displayName: 'Uudelleen', roles: ['viewer'], regionIds: [] }).expect(201);
    await first.app.close(); // not first.close(): keep the database

    await smtp.start(port);
    const second = await createTestApp(register, { DATABASE_URL: url, SMTP_URL: smtp.url, JOB_RETRY_DELAY_SECONDS: '1' });
    try {
      const mail = await smtp.waitFor('after.restart@test.invalid', 30_000);
      expect(mail.subject).toBe('Kutsu Suuntaan – SONet BOTNIA');
    } finally {
      await second.app.close();
      await first.close(); // drops the database
      await smtp.stop();
    }
  });
});

describe('mail: without SMTP_URL mails are .eml files in DATA_DIR/outbox', () => {
  it('writes the invitation as a file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'suunta-outbox-'));
    const t = await createTestApp(register, { DATA_DIR: dataDir });
    try {
      const admin = await signIn(t, { role: 'admin' });
      await admin.post('/api/users').send({ email: 'outbox@test.invalid', displayName: 'Outbox', roles: ['viewer'], regionIds: [], language: 'en' }).expect(201);
      const file = await waitUntil('an .eml file', async () => {
        try {
          return readdirSync(join(dataDir, 'outbox')).find((f) => f.endsWith('.eml'));
        } catch {
          return undefined;
        }
      });
      const mail = await simpleParser(readFileSync(join(dataDir, 'outbox', file)));
      expect(mail.subject).toBe('Invitation to Suunta – SONet BOTNIA');
      expect(linkIn(mail).pathname).toBe('/accept-invite');
    } finally {
      await t.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
