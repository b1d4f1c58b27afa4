import { SeedRunner } from '@suunta/api-core';
import { createTestApp, signIn, binaryBody } from '@suunta/api-testing';
import type { SignedInAgent, TestApp } from '@suunta/api-testing';
import type { AnnualReportDto, AnnualReportSummaryDto } from '@suunta/shared-domain';
import { strFromU8, unzipSync } from 'fflate';
import { AppModule } from '../src/app/app.module';
import { readPdf } from './support/pdf-reader';

/** The paragraphs of word/document.xml as { style, text }, in document order. */
function docxParagraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

describe('annual reports: the seeded 2020 Keski-Pohjanmaa report and its exports', () => {
  let t: TestApp;
  let viewer: SignedInAgent;
  let report: AnnualReportDto;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    await t.app.get(SeedRunner).run({ data: true, demo: false });
    viewer = await signIn(t, { role: 'viewer' });
    const list = await viewer.get('/api/annual-reports?year=2020').expect(200);
    const kp = (list.body as AnnualReportSummaryDto[]).find((r) => r.regionCode === 'KP');
    if (!kp) throw new Error('no seeded KP 2020 report');
    report = (await viewer.get(`/api/annual-reports/${kp.id}`).expect(200)).body;
  }, 120_000);
  afterAll(() => t.close());

  it('seeds the report of the document: title, author, date, approved, seven sections on the 2020 themes', () => {
    expect(report.title).toBe('SONet BOTNIAn toimintakertomus vuodelta 2020 / Keski-Pohjanmaa');
    expect(report.authorName).toBe('Iiris Jurvansuu');
    expect(report.reportDate).toBe('2021-01-28');
    expect(report.status).toBe('approved');
    expect(report.sections.map((s) => s.focusAreaCode)).toEqual(['2020-1', '2020-2', '2020-3', '2020-4', '2020-5', '2020-6', '2020-7']);
    expect(report.sections[2].heading).toBe('Sosiaalialan alueellisen ja tutkimuspohjaisen tietotuotannon tukeminen');
    expect(report.sections[2].body).toContain('SONet BOTNIA oli mukana neljässä tutkimushankkeessa, joista kolme sai joulukuussa myönteisen rahoituspäätöksen.');
    expect(report.introduction).toMatch(/^Vuosi 2020 oli neljäs vuosi/);
  });

  it('copies the steering group of 2020: 13 members and 10 deputies, each deputy with the member they stand in for', () => {
    const rows = report.steeringGroup.members;
    expect(rows.filter((m) => m.membership === 'member')).toHaveLength(13);
    expect(rows.filter((m) => m.membership === 'deputy')).toHaveLength(10);
    expect(rows.find((m) => m.name === 'Jussi Salminen')).toMatchObject({ membership: 'deputy', deputyOfName: 'Tarja Oikarinen-Nybacka', employer: 'Soite' });
    expect(report.steeringGroup.on).toBe('2020-12-31');
  });

  it('links the 2020 survey and computes the averages from its distributions', () => {
    expect(report.survey).not.toBeNull();
    expect(report.survey?.respondentCount).toBe(13);
    expect(report.survey?.invitedCount).toBe(19);
    const first = report.survey?.themes.find((x) => x.number === 1);
    // Webropol report, question 1: 1 × "3", 9 × "4", 3 × "5" of 13 answers
    expect(first?.average).toBeCloseTo((3 * 1 + 4 * 9 + 5 * 3) / 13, 2);
    expect(first?.respondents).toBe(13);
    expect(first?.focusAreaId).toBe(report.sections[0].focusAreaId);
  });

  it('exports a Word file with Title/Heading1 styles, the sections and both tables', async () => {
    const res = await viewer.get(`/api/annual-reports/${report.id}/export?format=docx`).buffer(true).parse(binaryBody).expect(200);
    expect(res.headers['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('toimintakertomus-2020-kp.docx');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const xml = strFromU8(files['word/document.xml']);
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe('SONet BOTNIAn toimintakertomus vuodelta 2020 / Keski-Pohjanmaa');
    const h1 = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual([
      'Johdanto',
      '1 Sosiaalialan käytännönläheinen kehittäminen',
      '2 Sosiaalisen vahvistaminen',
      '3 Sosiaalialan alueellisen ja tutkimuspohjaisen tietotuotannon tukeminen',
      '4 TKI-toiminnan ja kestävien kehittämisrakenteiden edistäminen',
      '5 Sosiaalialan ja monialaisen tiedonhallinnan ja tietojohtamisen edistäminen – sekä digitaalisuuden hyödyntäminen sosiaalipalvelujen kehittämisessä',
      '6 Pohjoismaisen yhteistyön erityisasiantuntijuuden hyödyntäminen omassa toiminnassaan sekä osaamiskeskusverkostossa',
      '7 Järjestöjen ja julkisen kumppanuuden vahvistaminen',
      'Strategian arviointi: keskiarvot painopisteittäin',
      'Keski-Pohjanmaan alueellinen ohjausryhmä',
    ]);
    // the styles part defines the heading styles Word shows in its navigation pane
    expect(strFromU8(files['word/styles.xml'])).toMatch(/w:styleId="Heading1"/);
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([tbl]) =>
      [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => docxParagraphs(tc).map((p) => p.text).join(' '))),
    );
    expect(tables).toHaveLength(2);
    expect(tables[0][0]).toEqual(['Painopiste', 'Keskiarvo', 'Vastanneita']);
    expect(tables[0]).toHaveLength(1 + 7);
    expect(tables[0][1][1]).toBe('4,2');
    expect(tables[0][1][2]).toBe('13');
    expect(tables[1][0]).toEqual(['Nimi', 'Tehtävä', 'Organisaatio', 'Jäsenyys']);
    expect(tables[1]).toHaveLength(1 + 13 + 10 + 2);
    expect(tables[1]).toContainEqual(['Jussi Salminen', 'kehittämisjohtaja', 'Soite', 'varajäsen (Tarja Oikarinen-Nybacka)']);
    // the header row is marked as such (repeats on each page, read as headers)
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('exports a tagged PDF whose text holds the headings, the survey table and the steering group', async () => {
    const res = await viewer.get(`/api/annual-reports/${report.id}/export?format=pdf`).buffer(true).parse(binaryBody).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(fi-FI\)/);
    for (const tag of ['/H1', '/H2', '/Table', '/TH', '/TD', '/P']) expect(raw).toContain(`/S ${tag}`);

    const { text } = await readPdf(pdf);
    // long headings wrap onto two lines: compare with runs of white space collapsed
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('SONet BOTNIAn toimintakertomus vuodelta 2020 / Keski-Pohjanmaa');
    expect(flat).toContain('3 Sosiaalialan alueellisen ja tutkimuspohjaisen tietotuotannon tukeminen');
    expect(flat).toContain('Strategian arviointi: keskiarvot painopisteittäin');
    expect(text).toMatch(/Painopiste\s+Keskiarvo\s+Vastanneita/);
    expect(text).toMatch(/Jussi Salminen\s+kehittämisjohtaja\s+Soite/);
    expect(text).toContain('Kokkotyösäätiö s.r.');
    // Finnish letters survive as text (embedded font with a Unicode map)
    expect(flat).toContain('7 Järjestöjen ja julkisen kumppanuuden vahvistaminen');
    expect(text).toMatch(/1\. Sosiaalialan käytännön läheinen kehittäminen[^\n]*\s4,2\s+13/);
  });

  it('exports Markdown with headings and the tables as GFM tables', async () => {
    const res = await viewer.get(`/api/annual-reports/${report.id}/export?format=md`).expect(200);
    expect(res.headers['content-type']).toContain('text/markdown');
    const md = res.text;
    expect(md.startsWith('# SONet BOTNIAn toimintakertomus vuodelta 2020 / Keski-Pohjanmaa\n')).toBe(true);
    expect(md).toContain('\n## 7 Järjestöjen ja julkisen kumppanuuden vahvistaminen\n');
    expect(md).toContain('| Painopiste | Keskiarvo | Vastanneita |');
    expect(md).toContain('| Jussi Salminen | kehittämisjohtaja | Soite | varajäsen (Tarja Oikarinen-Nybacka) |');
  });

  it('refuses an unknown export format', async () => {
    await viewer.get(`/api/annual-reports/${report.id}/export?format=html`).expect(400);
  });

  it('lists the steering group by region with its members valid on a day', async () => {
    const res = await viewer.get('/api/steering-groups?on=2020-06-01').expect(200);
    const kp = res.body.find((g: { regionCode: string }) => g.regionCode === 'KP');
    expect(kp.members).toHaveLength(25);
    const later = await viewer.get('/api/steering-groups?on=2022-06-01').expect(200);
    expect(later.body.find((g: { regionCode: string }) => g.regionCode === 'KP').members).toHaveLength(0);
  });
});
