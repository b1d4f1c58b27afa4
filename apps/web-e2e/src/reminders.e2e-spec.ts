import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, newPage } from './support/browser';
import { horizontalOverflow, resizeToPhone } from './support/layout';
import { signInThroughUi } from './support/sign-in';

/**
 * Reminders (issue 18): management opens the missing-owner monitor from the navigation (on the
 * seeded data no item has an owner yet); a reminder mail's link opens the log-progress form on
 * its criterion and region; the snooze/unsubscribe page works without signing in and refuses an
 * unknown link calmly. Every page without WCAG 2.1 AA violations; the monitor fits 390 px.
 */
describe('reminders', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows management the items without an owner, with no WCAG 2.1 AA violations, also at 390 px', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await signInThroughUi(page, 'management');
    await page.getByRole('link', { name: 'Muistutukset' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Muistutukset ja vastuuttomat kohdat' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/reminders');
    const table = page.getByTestId('missing-owners');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.locator('tbody tr').first().textContent()).toContain('Ei vastuuhenkilöä');
    expect(await axeViolations(page)).toEqual([]);

    // a phone: neither the document nor the shell's pane scrolls sideways, nothing sticks out
    await resizeToPhone(page);
    await table.waitFor();
    expect(await horizontalOverflow(page)).toEqual({ document: 0, pane: 0, culprits: [] });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('opens the log-progress form on the criterion and region of a reminder link', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'planner');
    const regions = (await (await page.request.get('/api/regions')).json()) as { id: string; code: string }[];
    const kp = regions.find((r) => r.code === 'KP');
    const targets = (await (await page.request.get('/api/progress-entries/targets?q=ohjausryhm')).json()) as { kind: string; id: string; title: string }[];
    const criterion = targets.find((x) => x.kind === 'criterion');
    expect(kp && criterion).toBeTruthy();
    const params = new URLSearchParams({ region: kp?.id ?? '', kind: 'criterion', id: criterion?.id ?? '', year: '2020', title: criterion?.title ?? '' });
    await page.goto(`/progress/new?${params.toString()}`);
    const subject = page.getByTestId('log-subject');
    await subject.waitFor();
    await page.waitForFunction((title) => (document.querySelector('[data-testid="log-subject"]') as HTMLInputElement | null)?.value === title, criterion?.title);
    expect(await subject.inputValue()).toBe(criterion?.title);
    expect(await page.getByTestId('log-region').textContent()).toContain('Keski-Pohjanmaa');
    await context.close();
  });

  it('lets anyone with the mailed link reach the snooze page; an unknown link gets a calm message', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await page.goto('/reminders/unsubscribe?token=tuntematon-linkki');
    await page.getByRole('heading', { level: 1, name: 'Muistutukset' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('reminder-snooze').click();
    await page.getByRole('alert').filter({ hasText: 'Linkki ei ole voimassa' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
