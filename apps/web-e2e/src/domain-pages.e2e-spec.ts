import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

/** The XSRF header the API wants on writes made with `page.request` (the session cookie rides along). */
async function xsrf(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'x-xsrf-token': decodeURIComponent(token) };
}

/** Uncaught errors and console errors, except the browser's own line for a 404 answer (expected here). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

interface TreeDto {
  focusAreas: { id: string; code: string | null; title: string; csfs: { criteria: { id: string; title: string }[] }[] }[];
}

/**
 * The first screens open where the data is, steps that change what others see ask first and say
 * what happened, and wrong addresses get a calm "not found" — on the seeded SONet BOTNIA data.
 */
describe('domain pages: defaults, confirmations and error states', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens the status page on the latest year with data and says so', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'board');
    await page.goto('/board');
    const note = page.getByTestId('board-default-year');
    await note.waitFor();
    const year = /Näytetään vuosi (\d{4}), viimeisin vuosi jolta on tietoja\./.exec((await note.textContent()) ?? '')?.[1];
    expect(year).toBeDefined();
    const caption = page.getByTestId('status-table').locator('caption');
    await caption.getByText(`${year}, Koko organisaatio`).waitFor();
    // the first screen is not a column of "Ei tietoa": some focus area has a status from data
    const statuses = await page.getByTestId('status-table').locator('su-status-chip [data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.some((s) => s !== 'no_data')).toBe(true);
    // a year chosen in the address is shown as chosen, without the note
    await page.goto('/board?year=2019');
    await caption.getByText('2019, Koko organisaatio').waitFor();
    expect(await note.count()).toBe(0);
    await context.close();
  });

  it('approves a plan and starts the next one only after confirming; then links to it instead of offering it again', async () => {
    const { context, page } = await newPage(browser);
    const errors = collectErrors(page);
    await signInThroughUi(page, 'management');
    const strategies = (await (await page.request.get('/api/strategies')).json()) as { id: string; code: string | null }[];
    const strategyId = strategies.find((s) => s.code === '2020')?.id ?? '';
    const tree = (await (await page.request.get(`/api/strategies/${strategyId}/tree`)).json()) as TreeDto;
    const [first, second] = tree.focusAreas;
    const startYear = 2041 + Math.floor(Math.random() * 20) * 2;
    // Etelä-Pohjanmaa's: the KP planner's progress form (below) does not see it
    const regions = (await (await page.request.get('/api/regions')).json()) as { id: string; code: string }[];
    const created = await page.request.post('/api/plans', {
      headers: await xsrf(page),
      data: { strategyId, title: `Selaintesti ${startYear}–${startYear + 1}`, startYear, regionId: regions.find((r) => r.code === 'EP')?.id, themes: [{ focusAreaId: first.id }, { focusAreaId: second.id }] },
    });
    expect(created.status()).toBe(201);
    const plan = (await created.json()) as { id: string; title: string };

    await page.goto(`/plans/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: plan.title }).waitFor();
    // a draft is not carried forward
    expect(await page.getByTestId('copy-next').count()).toBe(0);

    // "Lisää toimenpide": the title is fully visible and the criteria follow the chosen theme
    await page.getByRole('button', { name: 'Lisää toimenpide', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const title = dialog.getByRole('heading', { name: 'Lisää toimenpide', exact: true });
    await title.waitFor();
    // the text itself (not the heading's padded box) starts inside the dialog with room to spare
    const fits = await title.evaluate((h) => {
      const surface = h.closest('.mat-mdc-dialog-surface')?.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(h);
      const text = range.getBoundingClientRect();
      return !!surface && text.left >= surface.left + 8 && text.right <= surface.right - 8 && h.scrollWidth <= h.clientWidth;
    });
    expect(fits).toBe(true);
    await dialog.getByRole('combobox', { name: 'Teema' }).click();
    await page.getByRole('option', { name: second.title }).click();
    await dialog.getByTestId('action-criteria').click();
    const offered = (await page.getByRole('option').allTextContents()).map((t) => t.trim()).sort();
    const expected = second.csfs.flatMap((c) => c.criteria.map((k) => k.title.trim())).sort();
    expect(offered).toEqual(expected);
    const firstOnly = first.csfs.flatMap((c) => c.criteria.map((k) => k.title.trim())).filter((t) => !expected.includes(t));
    expect(offered.some((t) => firstOnly.includes(t))).toBe(false);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'detached' });

    // approving asks first, then says so and shows the new status
    await page.getByRole('button', { name: 'Hyväksy', exact: true }).click();
    const confirmApprove = page.getByRole('alertdialog', { name: 'Hyväksytäänkö suunnitelma?' });
    await confirmApprove.getByRole('button', { name: 'Hyväksy suunnitelma' }).click();
    await page.getByText('Suunnitelma hyväksytty ja lukittu').waitFor();
    expect(await page.getByTestId('plan-status').textContent()).toContain('Hyväksytty');

    // cancelling the next-plan question creates nothing
    const plansBefore = ((await (await page.request.get('/api/plans')).json()) as unknown[]).length;
    await page.getByTestId('copy-next').click();
    const confirmNext = page.getByRole('alertdialog', { name: 'Aloitetaanko seuraava suunnitelma?' });
    await confirmNext.getByText(`vuosille ${startYear + 2}–${startYear + 3}`).waitFor();
    await confirmNext.getByRole('button', { name: 'Peruuta' }).click();
    await confirmNext.waitFor({ state: 'detached' });
    expect(((await (await page.request.get('/api/plans')).json()) as unknown[]).length).toBe(plansBefore);

    await page.getByTestId('copy-next').click();
    await page.getByRole('alertdialog', { name: 'Aloitetaanko seuraava suunnitelma?' }).getByRole('button', { name: 'Aloita seuraava suunnitelma' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(plan.id));
    const nextId = new URL(page.url()).pathname.split('/').pop();
    await page.getByRole('heading', { level: 1, name: `Selaintesti ${startYear + 2}–${startYear + 3}` }).waitFor();

    await page.goto(`/plans/${plan.id}`);
    await page.getByTestId('next-plan-link').waitFor();
    expect(await page.getByTestId('copy-next').count()).toBe(0);
    expect(await page.getByTestId('next-plan-link').getByRole('link').getAttribute('href')).toBe(`/plans/${nextId}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers to add an action once the form has its choices, and says so when they cannot be loaded', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'management');
    const strategies = (await (await page.request.get('/api/strategies')).json()) as { id: string; code: string | null }[];
    const strategyId = strategies.find((s) => s.code === '2020')?.id ?? '';
    const tree = (await (await page.request.get(`/api/strategies/${strategyId}/tree`)).json()) as TreeDto;
    const startYear = 2081 + Math.floor(Math.random() * 9) * 2;
    const created = await page.request.post('/api/plans', {
      headers: await xsrf(page),
      data: { strategyId, title: `Valinnat ${startYear}–${startYear + 1}`, startYear, themes: [{ focusAreaId: tree.focusAreas[0].id }] },
    });
    expect(created.status()).toBe(201);
    const plan = (await created.json()) as { id: string; title: string };
    const addAction = page.getByRole('button', { name: 'Lisää toimenpide', exact: true });
    const dialogTitle = page.getByRole('dialog').getByRole('heading', { name: 'Lisää toimenpide', exact: true });

    // the choices (focus areas, criteria) held back: the button waits for them instead of doing nothing when clicked
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/plans/options**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/plans/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: plan.title }).waitFor();
    expect(await addAction.isDisabled()).toBe(true);
    release();
    await addAction.click();
    await dialogTitle.waitFor();
    await page.keyboard.press('Escape');
    await dialogTitle.waitFor({ state: 'detached' });
    await page.unroute('**/api/plans/options**');

    // they cannot be loaded: the page says what cannot be done, and trying again brings them
    await page.route('**/api/plans/options**', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"statusCode":500,"code":"internal"}' }));
    await page.reload();
    const failed = page.getByTestId('plan-options-failed');
    await failed.getByText('Painopistealueita ja arviointikriteerejä ei saatu ladattua').waitFor();
    expect(await addAction.isDisabled()).toBe(true);
    await page.unroute('**/api/plans/options**');
    await failed.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await failed.waitFor({ state: 'detached' });
    await addAction.click();
    await dialogTitle.waitFor();
    await context.close();
  });

  it('shows "not found" with a way back for an unknown plan or report, with no errors in the console', async () => {
    const { context, page } = await newPage(browser);
    const errors = collectErrors(page);
    await signInThroughUi(page, 'viewer');
    await page.goto(`/plans/${randomUUID()}`);
    await page.getByTestId('plan-not-found').getByText('Suunnitelmaa ei löytynyt').waitFor();
    await page.getByTestId('plan-not-found').getByRole('link', { name: 'Kaikki toimintasuunnitelmat' }).click();
    await page.waitForURL(/\/plans$/);

    await page.goto(`/reports/${randomUUID()}`);
    await page.getByTestId('report-not-found').getByText('Toimintakertomusta ei löytynyt').waitFor();
    expect(await page.getByTestId('report-not-found').getByRole('link', { name: 'Kaikki toimintakertomukset' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells a viewer why they cannot log progress instead of showing an empty form', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'viewer');
    await page.goto('/progress/new');
    await page.getByTestId('log-not-allowed').getByText(/Sinulla on lukuoikeus/).waitFor();
    expect(await page.getByTestId('log-region').count()).toBe(0);
    await context.close();
  });

  it('starts the progress form on the plan’s years and empties it after saving without red errors', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'planner');
    await page.goto('/progress/new');
    const year = page.getByLabel('Toimintavuosi');
    await page.getByText('Suunnitelmien vuodet: 2019–2020').waitFor();
    // the seeded plan covers 2019–2020: the form opens on 2020, not on the calendar year
    expect(await year.inputValue()).toBe('2020');

    // a criterion (no year of its own), logged for 2019 so that the status page's 2020 stays as seeded
    await page.getByTestId('log-subject').fill('a');
    await page.getByRole('option').filter({ hasText: /^\s*Kriteeri/ }).first().click();
    await year.fill('2019');
    await page.getByTestId('log-narrative').fill('Selaintesti: kirjaus ilman lukua.');
    await page.getByTestId('log-save').click();
    await page.getByText('Kirjaus tallennettu').waitFor();
    expect(await page.getByTestId('log-narrative').inputValue()).toBe('');
    expect(await page.locator('mat-error').count()).toBe(0);
    expect(await page.locator('.mat-form-field-invalid').count()).toBe(0);
    expect(await year.inputValue()).toBe('2020');
    await context.close();
  });

  it('lets a planner ask management to reopen an approved report; management sees the request', async () => {
    const planner = await newPage(browser);
    await signInThroughUi(planner.page, 'planner');
    const reports = (await (await planner.page.request.get('/api/annual-reports')).json()) as { id: string; year: number; regionCode: string | null; status: string }[];
    const report = reports.find((r) => r.year === 2020 && r.regionCode === 'KP');
    expect(report?.status).toBe('approved');
    await planner.page.goto(`/reports/${report?.id}`);
    const locked = planner.page.getByTestId('report-locked');
    await locked.getByText('Sen voi avata uudelleen johtoryhmä tai pääkäyttäjä.').waitFor();
    expect(await planner.page.getByRole('button', { name: 'Avaa uudelleen muokattavaksi' }).count()).toBe(0);
    await planner.page.getByTestId('reopen-request-open').click();
    await planner.page.getByTestId('reopen-request-message').fill('Syysseminaarin osallistujamäärä puuttuu osiosta 1.');
    await planner.page.getByTestId('reopen-request-send').click();
    await planner.page.getByText('Pyyntö lähetetty johtoryhmälle').waitFor();
    await planner.page.getByTestId('reopen-request').getByText('Syysseminaarin osallistujamäärä puuttuu osiosta 1.').waitFor();
    expect(await planner.page.getByTestId('reopen-request-open').count()).toBe(0);
    await planner.context.close();

    const management = await newPage(browser);
    await signInThroughUi(management.page, 'management');
    await management.page.goto('/reports');
    await management.page.getByRole('row').filter({ hasText: 'Keski-Pohjanmaa' }).filter({ hasText: '2020' }).getByTestId('reopen-requested').waitFor();
    await management.page.goto(`/reports/${report?.id}`);
    await management.page.getByTestId('reopen-request').getByText(/pyysi .* avaamaan toimintakertomuksen uudelleen/).waitFor();
    await management.context.close();
  });
});
