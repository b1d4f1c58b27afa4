import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

/** The XSRF header the API wants on writes made with `page.request` (the session cookie rides along). */
async function xsrf(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'x-xsrf-token': decodeURIComponent(token) };
}

/**
 * Issue 17, "done when": the secretary of the Keski-Pohjanmaa steering group (the KP planner)
 * writes the minutes in Suunta, has them checked and approves them; one decision becomes a yearly
 * action in the KP plan in force. The plan is made for a far year (management, through the API)
 * so the seeded 2019–2020 figures other specs check stay as they are.
 */
describe('a secretary writes and approves a meeting; a decision becomes a yearly action', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('writes, checks, approves, and turns § 1 into an action of the approved KP plan', async () => {
    // the plan in force: KP, strategy 2020, theme 2020-7, approved
    const year = 2051 + Math.floor(Math.random() * 20) * 2; // a far, free period; plans end by PLAN_LIMITS.maxYear (2100)
    const mgmt = await newPage(browser);
    await signInThroughUi(mgmt.page, 'management');
    const strategies = (await (await mgmt.page.request.get('/api/strategies')).json()) as { id: string; code: string | null }[];
    const strategyId = strategies.find((s) => s.code === '2020')?.id ?? '';
    const tree = (await (await mgmt.page.request.get(`/api/strategies/${strategyId}/tree`)).json()) as { focusAreas: { id: string; code: string; title: string }[] };
    const focusArea = tree.focusAreas.find((f) => f.code === '2020-7');
    expect(focusArea).toBeDefined();
    const regions = (await (await mgmt.page.request.get('/api/regions')).json()) as { id: string; code: string }[];
    const kp = regions.find((r) => r.code === 'KP')?.id;
    const created = await mgmt.page.request.post('/api/plans', {
      headers: await xsrf(mgmt.page),
      data: { strategyId, title: `Pöytäkirjatesti ${year}–${year + 1}`, startYear: year, regionId: kp, themes: [{ focusAreaId: focusArea?.id }] },
    });
    expect(created.status()).toBe(201);
    const plan = (await created.json()) as { id: string; version: number };
    const approved = await mgmt.page.request.post(`/api/plans/${plan.id}/approve`, { headers: await xsrf(mgmt.page), data: { version: plan.version, approvedOn: '2026-01-15' } });
    expect(approved.status()).toBe(200);
    await mgmt.context.close();

    // the secretary writes the minutes
    const { context, page } = await newPage(browser, { bypassCSP: true }); // the axe check injects its script
    await signInThroughUi(page, 'planner');
    await page.goto('/meetings');
    await page.getByTestId('new-meeting').click();
    await page.getByRole('heading', { level: 1, name: 'Uusi pöytäkirja' }).waitFor();
    await page.getByTestId('meeting-date').fill(`${year}-02-12`);
    await page.getByTestId('meeting-chair').fill('Harri Jokiranta');
    await page.getByTestId('meeting-secretary').fill('Kaisa Suunnittelija');
    await page.getByTestId('save-header').click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]+\/edit$/);
    await page.getByTestId('meeting-status').getByText('Luonnos').waitFor();

    await page.getByTestId('new-item-title').fill('Järjestöyhteistyön kehittäjäverkosto');
    await page.getByTestId('new-item-proposal').fill('Perustetaan järjestöjen ja kuntien yhteinen kehittäjäverkosto.');
    await page.getByTestId('new-item-decision').fill('Hyväksytään esitys. Verkosto perustetaan.');
    // a multiple select's option values are Angular's own ids ("0: '…'"): pick the focus area by its label
    const focusAreaList = page.getByTestId('new-item-focus-areas');
    const focusAreaLabel = ((await focusAreaList.locator('option').filter({ hasText: /^\s*2020-7 / }).textContent()) ?? '').trim();
    await focusAreaList.selectOption({ label: focusAreaLabel });
    await page.getByTestId('add-item').click();
    await page.getByTestId('edit-item-1').getByRole('heading', { name: '§ 1 Järjestöyhteistyön kehittäjäverkosto' }).waitFor();

    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('check').click();
    await page.getByTestId('meeting-status').getByText('Tarkastettu').waitFor();
    await page.getByTestId('approve').click();
    await page.getByTestId('meeting-status').getByText('Hyväksytty').waitFor();

    // § 1's decision becomes a yearly action
    const item = page.getByTestId('edit-item-1');
    await item.getByText('Tee päätöksestä vuoden toimenpide').click();
    await item.getByTestId('action-focus-area-1').selectOption(focusArea?.id ?? '');
    await item.getByTestId('create-action-1').click();
    await page.getByTestId('editor-notice').getByText('Toimenpide luotu toimintasuunnitelmaan.').waitFor();
    await item.getByTestId('item-actions').getByText('Järjestöyhteistyön kehittäjäverkosto').waitFor();

    // it is in the approved KP plan, for the meeting's year, in Keski-Pohjanmaa
    const detail = (await (await page.request.get(`/api/plans/${plan.id}`)).json()) as { status: string; actions: { title: string; year: number; regionIds: string[]; status: string }[] };
    expect(detail.status).toBe('approved');
    expect(detail.actions).toEqual([expect.objectContaining({ title: 'Järjestöyhteistyön kehittäjäverkosto', year, regionIds: [kp], status: 'planned' })]);
    await context.close();
  });
});
