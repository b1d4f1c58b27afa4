import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeReport } from './support/axe';
import { launchBrowser, newPage, PHONE } from './support/browser';
import { editorPaths } from './support/seeded-paths';
import { signInThroughUi } from './support/sign-in';

/**
 * WCAG 2.1 AA (what Finnish public-sector law requires), checked with axe-core on every main page
 * once its content has loaded, each as the demo user who works there. A failure lists each rule,
 * its impact and the failing elements' selectors.
 */
describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  const sessions = new Map<string, Page>();
  /** One signed-in page per role, reused across the tests. */
  const as = async (role: Parameters<typeof signInThroughUi>[1]): Promise<Page> => {
    const known = sessions.get(role);
    if (known) return known;
    const { context, page } = await newPage(browser, { bypassCSP: true });
    contexts.push(context);
    await signInThroughUi(page, role);
    sessions.set(role, page);
    return page;
  };
  /** Waits for the page's requests to finish and Material's transitions to end before axe looks. */
  const settled = async (page: Page) => {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  };
  /** Every page of a test is checked before it fails, so one run lists all the violations. */
  let reports: string[] = [];
  beforeEach(() => {
    reports = [];
  });
  const check = async (page: Page, label: string, options: { exclude?: string[] } = {}) => {
    await settled(page);
    const report = await axeReport(page, label, options);
    if (report) reports.push(report);
  };
  afterEach(() => {
    if (reports.length) throw new Error(reports.join('\n\n'));
  });
  const planId = async (page: Page, code: string) => {
    const plans = (await (await page.request.get('/api/plans')).json()) as { id: string; code: string | null }[];
    const plan = plans.find((p) => p.code === code);
    if (!plan) throw new Error(`no plan ${code}`);
    return plan.id;
  };

  it('login page (signed out)', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    contexts.push(context);
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Kirjaudu Suuntaan' }).waitFor();
    await check(page, 'login');
  });

  it('home', async () => {
    const page = await as('viewer');
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Päävalikko' }).waitFor();
    await page.getByTestId('api-status').getByText('Palvelu ja tietokanta toimivat.').waitFor();
    await check(page, 'home');
  });

  it('strategy overview and a focus area', async () => {
    const page = await as('viewer');
    await page.goto('/strategy');
    // /strategy opens the version in force; the 2015 strategy has the most to check (vision, values)
    await page.getByRole('heading', { level: 1, name: /painopisteet 2020/ }).waitFor();
    await page.getByTestId('version-switcher').click();
    await page.getByRole('option', { name: /strategia 2015/ }).click();
    await page.getByRole('heading', { level: 1, name: 'SONet BOTNIAn strategia 2015' }).waitFor();
    await page.getByRole('heading', { name: 'Visio' }).waitFor();
    await page.getByTestId('focus-area-card').first().waitFor();
    await check(page, 'strategy overview');

    await page.getByTestId('focus-area-card').first().getByRole('link').first().click();
    await page.getByTestId('action').first().waitFor();
    await check(page, 'strategy focus area');
  });

  it('an action plan', async () => {
    const page = await as('management');
    const id = await planId(page, 'kp-2019-2020');
    await page.goto('/plans');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: /2019/ }).first().waitFor();
    await check(page, 'plans list');

    await page.goto(`/plans/${id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('[data-testid^="theme-rollup-"]').first().waitFor();
    await check(page, 'plan view');
  });

  it('progress: the list and the log form', async () => {
    const page = await as('planner');
    await page.goto('/progress');
    await page.getByTestId('log-progress').waitFor();
    await check(page, 'progress list');

    await page.goto('/progress/new');
    await page.getByRole('heading', { level: 1, name: 'Kirjaa edistymistä' }).waitFor();
    await page.getByTestId('log-subject').waitFor();
    await check(page, 'progress log form');
  });

  it('reports: the list and the KP 2020 report', async () => {
    const page = await as('planner');
    await page.goto('/reports');
    await page.getByRole('heading', { name: 'Toimintakertomukset' }).waitFor();
    const link = page.getByRole('link', { name: 'SONet BOTNIAn toimintakertomus vuodelta 2020 / Keski-Pohjanmaa' });
    await link.waitFor();
    await check(page, 'reports list');

    await link.click();
    await page.getByRole('heading', { level: 1, name: 'SONet BOTNIAn toimintakertomus vuodelta 2020 / Keski-Pohjanmaa' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '3 Sosiaalialan alueellisen ja tutkimuspohjaisen tietotuotannon tukeminen' }).waitFor();
    await page.getByRole('cell', { name: 'Jussi Salminen' }).waitFor();
    await check(page, 'report editor');
  });

  it('surveys: the list, a survey and the comparison', async () => {
    const page = await as('board');
    await page.goto('/surveys');
    await page.getByRole('heading', { name: 'Arviointikyselyt' }).waitFor();
    const link = page.getByRole('link', { name: 'SONet BOTNIAn strategian arviointi 2020 Keski-Pohjanmaa' });
    await link.waitFor();
    await check(page, 'surveys list');

    await link.click();
    const themes = page.getByTestId('survey-theme');
    await themes.first().waitFor();
    await themes.first().locator('su-stacked-distribution-chart svg').first().waitFor();
    await check(page, 'survey');

    await page.goto('/surveys/compare');
    await page.getByRole('heading', { name: 'Teeman vertailu vuosittain ja alueittain' }).waitFor();
    await page.getByTestId('trend-table').locator('tbody tr').first().waitFor({ state: 'attached' });
    await page.locator('su-trend-chart svg').first().waitFor();
    await check(page, 'survey comparison');
  });

  it('board: the status page and a focus area', async () => {
    const page = await as('board');
    await page.goto('/board?year=2020');
    await page.getByRole('heading', { level: 1, name: 'Strategian tilannekuva' }).waitFor();
    const row = page.getByTestId('status-table').locator('tr[data-focus-area="2020-1"]');
    await row.getByText('7 valmis').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kaaviot' }).scrollIntoViewIfNeeded();
    await page.getByTestId('chart-trend').locator('svg').first().waitFor();
    await page.getByTestId('chart-completion').getByTestId('progress-bar-table').waitFor({ state: 'attached' });
    await check(page, 'board');

    await row.getByTestId('drill-focus-area').click();
    await page.getByTestId('drill-title').getByText('2020-1', { exact: false }).waitFor();
    await page.getByTestId('drill-actions-table').locator('tbody tr').first().waitFor();
    await check(page, 'board focus area');
  });

  it('audit trail and users (admin)', async () => {
    const page = await as('admin');
    await page.goto('/audit');
    await page.getByRole('heading', { name: 'Muutoshistoria' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await check(page, 'audit');

    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Käyttäjät' }).waitFor();
    await page.getByText('admin@suunta.example').first().waitFor();
    await check(page, 'users');
  });

  it('at phone size (390×844): login, the navigation drawer, the audit trail and users', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true, viewport: PHONE });
    contexts.push(context);
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Kirjaudu Suuntaan' }).waitFor();
    await check(page, 'login (390 px)');

    await signInThroughUi(page, 'admin');
    await page.getByRole('button', { name: 'Valikko' }).click();
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Muutoshistoria' }).waitFor();
    await check(page, 'navigation drawer (390 px)');

    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Muutoshistoria' }).click();
    await page.getByRole('heading', { level: 1, name: 'Muutoshistoria' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await check(page, 'audit (390 px)');

    await page.goto('/admin/users');
    await page.getByText('admin@suunta.example').first().waitFor();
    await check(page, 'users (390 px)');
  });

  it("dialogs: a progress entry, and the audit trail's date picker", async () => {
    const page = await as('planner');
    await page.goto('/progress');
    await page.getByTestId('entry-open').first().click();
    await page.getByRole('dialog').waitFor();
    await check(page, 'progress entry dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const admin = await as('admin');
    await admin.goto('/audit');
    await admin.getByRole('heading', { level: 1, name: 'Muutoshistoria' }).waitFor();
    await admin.getByRole('button', { name: 'Avaa kalenteri' }).first().click();
    await admin.getByRole('dialog').waitFor();
    // The period button ("JOULUK. 2026") is named by its visible text and its action (label in
    // name, LabelledCalendarHeader); the whole dialog is checked, in the month and multi-year views.
    await check(admin, 'datepicker dialog');
    await admin.locator('.mat-calendar-period-button').click();
    await admin.locator('mat-multi-year-view').waitFor();
    await check(admin, 'datepicker dialog, years');
    await admin.keyboard.press('Escape');
  });

  it('the editors (meeting, network, funding, roles and people, strategy import) at 1366 px and at 390 px', async () => {
    const page = await as('management');
    const phone = await newPage(browser, { bypassCSP: true, viewport: PHONE });
    contexts.push(phone.context);
    await signInThroughUi(phone.page, 'management');
    for (const path of await editorPaths(page)) {
      for (const [p, size] of [[page, ''], [phone.page, ' (390 px)']] as const) {
        await p.goto(path);
        await p.locator('main h1').first().waitFor();
        await check(p, path + size);
      }
    }
    // a strategy dialog's datepicker, in the month and the multi-year view
    await page.goto('/strategy');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByTestId('copy-version').click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Avaa kalenteri' }).first().click();
    await page.locator('mat-calendar').waitFor();
    await check(page, 'strategy copy dialog, calendar');
    await page.locator('.mat-calendar-period-button').click();
    await page.locator('mat-multi-year-view').waitFor();
    await check(page, 'strategy copy dialog, calendar years');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }, 240_000);

  it('in Swedish: the board status page', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    contexts.push(context);
    await signInThroughUi(page, 'board');
    await page.getByRole('radio', { name: 'ruotsi' }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await page.goto('/board?year=2020');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByTestId('status-table').locator('tr[data-focus-area="2020-1"]').waitFor();
    await check(page, 'board (sv)');
  });
});
