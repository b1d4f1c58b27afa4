import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

async function xsrf(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'x-xsrf-token': decodeURIComponent(token) };
}

type Report = { id: string; status: string; language: string; title: string };

/** A draft report: started for a region and year that has a plan (the seeded 2019–2020 ones), or the draft already there. */
async function draftReport(page: Page): Promise<Report> {
  const regions = (await (await page.request.get('/api/regions')).json()) as { id: string; code: string }[];
  for (const region of regions) {
    for (const year of [2019, 2020]) {
      const res = await page.request.post('/api/annual-reports', { headers: await xsrf(page), data: { regionId: region.id, year, language: 'fi' } });
      if (res.status() === 201) return (await res.json()) as Report;
      if (res.status() === 409) {
        const id = ((await res.json()) as { current?: { id?: string } }).current?.id;
        const existing = id ? ((await (await page.request.get(`/api/annual-reports/${id}`)).json()) as Report) : null;
        if (existing?.status === 'draft') return existing;
      }
    }
  }
  throw new Error('no region and year where a draft report can be started');
}

describe('annual reports in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens the seeded 2020 Keski-Pohjanmaa report, shows its sections and steering group, and exports Word and PDF', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'planner');
    await page.goto('/reports');
    await page.getByRole('heading', { name: 'Toimintakertomukset' }).waitFor();
    await page.getByRole('link', { name: 'SONet BOTNIAn toimintakertomus vuodelta 2020 / Keski-Pohjanmaa' }).click();
    await page.getByRole('heading', { level: 1, name: 'SONet BOTNIAn toimintakertomus vuodelta 2020 / Keski-Pohjanmaa' }).waitFor();
    expect(await page.getByTestId('report-status').textContent()).toContain('Hyväksytty');
    await page.getByRole('heading', { level: 2, name: '3 Sosiaalialan alueellisen ja tutkimuspohjaisen tietotuotannon tukeminen' }).waitFor();
    // approved: locked for the planner, and no approve/reopen buttons for this role
    expect(await page.getByTestId('section-text-1').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hyväksy' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Avaa uudelleen muokattavaksi' }).count()).toBe(0);
    await page.getByRole('cell', { name: 'Jussi Salminen' }).waitFor();

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
    expect(docx.suggestedFilename()).toBe('toimintakertomus-2020-kp.docx');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
    expect(pdf.suggestedFilename()).toBe('toimintakertomus-2020-kp.pdf');
    const stream = await pdf.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it("changes a draft report's language in the editor: the title and the drafts follow it, and the heading says which language it is in", async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'planner');
    const report = await draftReport(page);
    const target = report.language === 'sv' ? 'en' : 'sv';
    await page.goto(`/reports/${report.id}`);
    await page.getByTestId('report-status').getByText('Luonnos').waitFor();
    await page.getByTestId('report-language').click();
    await page.getByRole('option', { name: target === 'sv' ? 'ruotsi' : 'englanti' }).click();
    await page.getByText('Kertomuksen kieli vaihdettu, luonnokset tehty uudelleen.').waitFor();
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.getAttribute('lang')).toBe(target);
    const after = (await (await page.request.get(`/api/annual-reports/${report.id}`)).json()) as Report;
    expect(after.language).toBe(target);
    if (report.title.startsWith('Toimintakertomus')) expect(after.title).toMatch(target === 'sv' ? /^Verksamhetsberättelse/ : /^Annual report/);

    // back to Finnish: a Finnish report on a Finnish page is not marked as another language
    await page.getByTestId('report-language').click();
    await page.getByRole('option', { name: 'suomi' }).click();
    await page.getByText('Kertomuksen kieli vaihdettu, luonnokset tehty uudelleen.').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('h1')?.hasAttribute('lang'));
    await context.close();
  });
});
