import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

describe('the shell', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('reports the API and its database up', async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect((await res.json()).info.database.status).toBe('up');
  });

  it('speaks Finnish by default, switches to Swedish and English, and remembers the choice', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'viewer');
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Päävalikko' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await page.getByRole('link', { name: 'Strategia' }).first().isVisible()).toBe(true);
    await page.getByTestId('api-status').getByText('Palvelu ja tietokanta toimivat.').waitFor();

    // The accessible name starts with the visible "SV" (WCAG 2.5.3 label in name).
    await page.getByRole('radio', { name: 'SV – ruotsi', exact: true }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');

    await page.reload();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    expect(await page.getByRole('link', { name: 'Strategi', exact: true }).first().isVisible()).toBe(true);

    await page.getByRole('radio', { name: 'EN – engelska', exact: true }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
