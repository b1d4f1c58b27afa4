import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

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
});
