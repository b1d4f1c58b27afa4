import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, newPage, PHONE } from './support/browser';
import { horizontalOverflow } from './support/layout';
import { signInThroughUi } from './support/sign-in';

/** The XSRF header the API wants on writes made with `page.request` (the session cookie rides along). */
async function xsrf(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'x-xsrf-token': decodeURIComponent(token) };
}

/**
 * The meeting digest (issue 18.2): management schedules a KP steering-group meeting; the job
 * stores its digest; the meeting's "Kokouskooste" link opens the digest page, which says when it
 * was compiled, offers the PDF and "compile again", and has no WCAG 2.1 AA violations — on a
 * desktop and at 390 px, where the page does not scroll sideways.
 */
describe('meeting digest', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens from the meeting, shows the stored digest with its PDF, and reads well on a phone', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await signInThroughUi(page, 'management');
    const regions = (await (await page.request.get('/api/regions')).json()) as { id: string; code: string }[];
    const year = 2040 + Math.floor(Math.random() * 50);
    const created = await page.request.post('/api/meetings', {
      headers: await xsrf(page),
      data: { regionId: regions.find((r) => r.code === 'KP')?.id, body: 'regional_steering_group', date: `${year}-03-12` },
    });
    expect(created.status()).toBe(201);
    const meeting = (await created.json()) as { id: string };

    await page.goto('/meetings');
    await page.getByTestId(`digest-${meeting.id}`).click();
    await page.getByRole('heading', { level: 1, name: /Kokouskooste: Alueellinen ohjausryhmä/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/meetings/${meeting.id}/digest`);
    // the job stores the digest shortly after scheduling; the page shows it once there
    for (let i = 0; i < 20 && (await page.getByTestId('digest-generated').count()) === 0; i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    expect(await page.getByTestId('digest-generated').textContent()).toContain('automaattisesti, kun kokous ajoitettiin');
    expect(await page.getByTestId('digest-pdf').getAttribute('href')).toBe(`/api/meetings/${meeting.id}/digest/snapshot/pdf?lang=fi`);
    const pdf = await page.request.get(`/api/meetings/${meeting.id}/digest/snapshot/pdf?lang=fi`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('digest-generate').click();
    await page.getByTestId('digest-generated').filter({ hasText: '(' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="digest-generated"]')?.textContent?.includes('automaattisesti'));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const phone = await newPage(browser, { bypassCSP: true, viewport: PHONE });
    await signInThroughUi(phone.page, 'board');
    await phone.page.goto(`/meetings/${meeting.id}/digest`);
    await phone.page.getByTestId('digest-period').waitFor();
    await phone.page.waitForLoadState('networkidle');
    const o = await horizontalOverflow(phone.page);
    expect([o.document, o.pane, o.culprits]).toEqual([0, 0, []]);
    expect(await phone.page.getByTestId('digest-generate').count()).toBe(0);
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.context.close();
  });
});
