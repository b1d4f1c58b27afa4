import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { AnnualReportDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';
import { action, PlanFixture, progress, strategyWithPlans } from './reports-fixtures';

const YEAR = 2032;

/**
 * The report's language (issue 17 item 6): Pohjanmaa is bilingual, so a report may be written in
 * Swedish; its drafts, generated title and export labels are then Swedish. Expected phrases are
 * written by hand.
 */
describe('annual reports in the report’s language', () => {
  let t: TestApp;
  let org: TestOrganization;
  let plan: PlanFixture;
  let plannerPo: SignedInAgent;
  let management: SignedInAgent;
  let po: AnnualReportDto;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    plan = await strategyWithPlans(t, org, YEAR, ['PO', 'KP']);
    const [practice, knowledge] = plan.focusAreaIds;
    const seminars = await action(t, org, 'PO', practice, YEAR, { title: 'Regionala seminarier', status: 'done', target: [4, 'st.'] });
    await action(t, org, 'PO', practice, YEAR, { title: 'Utvecklargrupp', status: 'postponed' });
    await action(t, org, 'PO', knowledge, YEAR, { title: 'Forskningsansökningar', status: 'in_progress' });
    await progress(t, org, 'PO', { actionId: seminars, date: `${YEAR}-03-04`, narrative: 'Temaeftermiddag i Vasa', value: [1.5, 'st.'] });
    plannerPo = await signIn(t, { role: 'planner', regionCodes: ['PO'] });
    management = await signIn(t, { role: 'management' });
    po = (await plannerPo.post('/api/annual-reports').send({ regionId: org.regions['PO'], year: YEAR, language: 'sv' }).expect(201)).body;
  }, 120_000);
  afterAll(() => t.close());

  it('writes a Swedish report’s title and drafts in Swedish', () => {
    expect(po.language).toBe('sv');
    expect(po.title).toBe('Verksamhetsberättelse 2032 – SONet BOTNIA, Österbotten');
    const draft = po.sections[0].draft ?? '';
    expect(draft).toContain('### Genomförd verksamhet 2032');
    // 1.5 logged against a target of 4 → 38 %; a decimal comma in Swedish too
    expect(draft).toContain('- 4.3.2032: Temaeftermiddag i Vasa (1,5 st.) – Regionala seminarier');
    expect(draft).toContain('### Kvantitativa mål\n\n- Regionala seminarier: 1,5 / 4 st. (38 %)');
    expect(draft).toContain('### Åtgärder som inte genomfördes\n\n- Utvecklargrupp (uppskjuten)');
    expect(draft).not.toMatch(/Toteutunut|Määrälliset|Toteutumatta|siirretty/);
    expect(po.sections[1].draft).toContain('Forskningsansökningar (pågår)');
  });

  it('defaults to Finnish', async () => {
    const kp: AnnualReportDto = (await management.post('/api/annual-reports').send({ regionId: org.regions['KP'], year: YEAR }).expect(201)).body;
    expect(kp.language).toBe('fi');
    expect(kp.title).toBe('Toimintakertomus 2032 – SONet BOTNIA, Keski-Pohjanmaa');
    expect(kp.sections[0].draft).toContain('### Toteutunut toiminta 2032');
    expect(kp.sections[0].draft).toContain('Vuodelta 2032 ei ole kirjattu edistymismerkintöjä tähän teemaan.');
  });

  it('labels the exports in the report’s language', async () => {
    await plannerPo.put(`/api/annual-reports/${po.id}/sections/${po.sections[0].id}`).send({ version: po.sections[0].version, body: 'Egen text.' }).expect(200);
    const md = (await plannerPo.get(`/api/annual-reports/${po.id}/export?format=md`).expect(200)).text;
    expect(md.startsWith('# Verksamhetsberättelse 2032 – SONet BOTNIA, Österbotten\n')).toBe(true);
    expect(md).toContain('SONet BOTNIA · Österbotten · 2032');
    expect(md).toContain('Status: utkast');
    expect(md).not.toContain('Tila: luonnos');
    const docx = await plannerPo.get(`/api/annual-reports/${po.id}/export?format=docx`).expect(200);
    expect(docx.headers['content-disposition']).toContain('verksamhetsberattelse-2032-po');
  });

  it('changes the language while a draft: the drafts and a generated title follow, the written text stays; not after submitting', async () => {
    const current: AnnualReportDto = (await plannerPo.get(`/api/annual-reports/${po.id}`).expect(200)).body;
    const fi: AnnualReportDto = (await plannerPo.patch(`/api/annual-reports/${po.id}`).send({ version: current.version, language: 'fi' }).expect(200)).body;
    expect(fi.language).toBe('fi');
    expect(fi.title).toBe('Toimintakertomus 2032 – SONet BOTNIA, Pohjanmaa');
    expect(fi.sections[0].draft).toContain('### Toteutunut toiminta 2032');
    expect(fi.sections[0].draft).toContain('- Regionala seminarier: 1,5 / 4 st. (38 %)');
    expect(fi.sections[0].draft).toContain('- Utvecklargrupp (siirretty)');
    expect(fi.sections[0].body).toBe('Egen text.');

    const bad = await plannerPo.patch(`/api/annual-reports/${po.id}`).send({ version: fi.version, language: 'de' }).expect(400);
    expect(bad.body.errors[0].field).toBe('language');

    const sv: AnnualReportDto = (await plannerPo.patch(`/api/annual-reports/${po.id}`).send({ version: fi.version, language: 'sv' }).expect(200)).body;
    expect(sv.title).toBe('Verksamhetsberättelse 2032 – SONet BOTNIA, Österbotten');
    const submitted: AnnualReportDto = (await plannerPo.post(`/api/annual-reports/${po.id}/submit`).expect(200)).body;
    const locked = await management.patch(`/api/annual-reports/${po.id}`).send({ version: submitted.version, language: 'fi' }).expect(409);
    expect(locked.body.code).toBe('report_not_draft');
  });
});
