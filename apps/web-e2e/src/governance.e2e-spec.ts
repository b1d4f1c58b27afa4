import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

/**
 * The board member reads the seeded minutes of the Etelä-Pohjanmaa regional steering group 2014
 * (§ 1–12; § 9 "Ajankohtaista Väli-Suomen Kasteessa …", decision "Merkitään tiedoksi.") and the
 * network register (15 networks in EP, 2 in KP).
 */
describe('meetings and networks', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens /meetings from the navigation, shows § 9 with its decision and the networks table, with no WCAG 2.1 AA violations', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await signInThroughUi(page, 'board');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kokoukset ja verkostot' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Kokoukset ja verkostot' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/meetings');

    const item = page.getByTestId('item-9');
    await item.getByRole('heading', { level: 4, name: /§ 9 Ajankohtaista Väli-Suomen Kasteessa/ }).waitFor();
    expect((await item.locator('.decision').textContent())?.trim()).toBe('Merkitään tiedoksi.');
    expect(await item.locator('.chip').count()).toBe(3);

    const table = page.getByRole('table', { name: /Koordinoidut verkostot \(17\)/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(17);

    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
