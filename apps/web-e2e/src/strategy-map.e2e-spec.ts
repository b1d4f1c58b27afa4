import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, newPage } from './support/browser';
import { horizontalOverflow, newPageAt, PHONE } from './support/layout';
import { signInThroughUi } from './support/sign-in';

/**
 * The strategy map on the status page (issue 18 item 5) on the seeded data, year 2020: focus areas
 * × regions as a WAI-ARIA grid. One tab stop; the arrow keys, Home and End move focus between cells;
 * Enter opens the cell's drill-down for its region and year. The same figures as a table. Each
 * focus-area row of the status table says how fresh its data is. No WCAG 2.1 AA violations, and
 * at 390 px the page does not scroll sideways (the map scrolls inside its own region).
 */
describe('strategy map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  const active = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset['testid'] === 'map-cell' ? [Number(el.dataset['row']), Number(el.dataset['col'])] : null;
    });

  it('moves focus between cells with the arrow keys and opens the drill-down with Enter', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await signInThroughUi(page, 'board');
    await page.goto('/board?year=2020');
    const grid = page.getByTestId('strategy-map');
    await grid.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Strategiakartta' }).waitFor();
    // a column per region, a row per focus area (seven in the 2020 strategy)
    const headers = await grid.locator('thead th').allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(['Painopiste', 'Etelä-Pohjanmaa', 'Keski-Pohjanmaa', 'Pohjanmaa']));
    const cols = headers.length - 1;
    expect(await grid.locator('tbody tr').count()).toBe(7);

    // one tab stop: only the first cell is in the tab order
    const cells = grid.getByTestId('map-cell');
    expect(await cells.count()).toBe(7 * cols);
    expect(await grid.locator('[data-testid="map-cell"][tabindex="0"]').count()).toBe(1);
    // every cell says its status in words, and how fresh its data is
    expect(await cells.first().innerText()).toMatch(/Tavoitteessa|Riskissä|Jäljessä|Ei tietoa/);
    expect(await cells.first().innerText()).toMatch(/Päivitetty|Ei kirjauksia|Ei kirjattavaa/);

    await cells.first().focus();
    expect(await active(page)).toEqual([0, 0]);
    await page.keyboard.press('ArrowRight');
    expect(await active(page)).toEqual([0, 1]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await active(page)).toEqual([2, 1]);
    await page.keyboard.press('End');
    expect(await active(page)).toEqual([2, cols - 1]);
    await page.keyboard.press('ArrowRight'); // the edge: stays
    expect(await active(page)).toEqual([2, cols - 1]);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    expect(await active(page)).toEqual([1, 0]);
    // the roving tab stop followed the focus
    expect(await grid.locator('[data-testid="map-cell"][tabindex="0"]').getAttribute('data-row')).toBe('1');

    expect(await axeViolations(page)).toEqual([]);

    // Enter opens the focus area's page for the cell's region and year
    const href = (await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))) ?? '';
    expect(href).toMatch(/^\/board\/focus-areas\/[0-9a-f-]{36}\?.*year=2020/);
    expect(href).toMatch(/regionId=[0-9a-f-]{36}/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/board/focus-areas/'));
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(href);
    await page.locator('main h1').first().waitFor();
    await context.close();
  });

  it('shows the same figures as a table, the years axis, and each row’s freshness without the map', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await signInThroughUi(page, 'board');
    await page.goto('/board?year=2020');
    await page.getByTestId('strategy-map').waitFor();
    // the status table's rows carry their freshness in words
    const freshness = page.getByTestId('status-table').getByTestId('row-freshness');
    expect(await freshness.count()).toBe(7);
    for (const text of await freshness.allInnerTexts()) expect(text).toMatch(/Päivitetty|Ei kirjauksia|Ei kirjattavaa/);

    const cols = (await page.getByTestId('strategy-map').locator('thead th').count()) - 1;
    await page.getByTestId('map-as-table').click();
    const table = page.getByTestId('strategy-map-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(7 * cols);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Vuosittain' }).click();
    await table.locator('caption').getByText('Painopisteet vuosittain, Koko organisaatio').waitFor();
    expect(await table.locator('tbody tr th').first().innerText()).toContain('2020-1');
    await context.close();
  });

  it('does not push the page sideways at 390 px: the map scrolls inside its own region', async () => {
    const { context, page } = await newPageAt(browser, PHONE);
    await signInThroughUi(page, 'board');
    await page.goto('/board?year=2020');
    await page.getByTestId('strategy-map').waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.querySelector('mat-sidenav-content')?.scrollTo(0, 1e6));
    await page.waitForLoadState('networkidle');
    const o = await horizontalOverflow(page);
    expect(o).toEqual({ document: 0, pane: 0, culprits: [] });
    // the map's own region is wider inside than out: it scrolls, the page does not
    const scroller = page.locator('.map-scroll').first();
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await context.close();
  });
});
