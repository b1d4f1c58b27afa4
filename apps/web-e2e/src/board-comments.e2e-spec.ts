import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

/** The board member comments on a focus area on its drill-down page (2020-1, year 2020). */
describe('board comments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('keeps the unsent text over a reload, posts the comment and shows it', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'board');
    await page.goto('/board?year=2020');
    await page.getByTestId('status-table').locator('tr[data-focus-area="2020-1"]').getByTestId('drill-focus-area').click();
    await page.getByTestId('drill-title').waitFor();

    const text = `Ohjausryhmän huomio ${Date.now()}`;
    const input = page.getByLabel('Uusi kommentti');
    await input.fill(text);
    // the unsent text survives a reload (localStorage)
    await page.reload();
    await page.getByTestId('drill-title').waitFor();
    expect(await page.getByLabel('Uusi kommentti').inputValue()).toBe(text);

    await page.getByTestId('comment-submit').click();
    await page.getByTestId('comments-list').getByText(text).waitFor();
    expect(await page.getByTestId('comments-status').textContent()).toContain('Kommentti lähetetty.');
    expect(await page.getByLabel('Uusi kommentti').inputValue()).toBe('');

    // it is stored: after a reload it is still listed, and the draft is gone
    await page.reload();
    await page.getByTestId('comments-list').getByText(text).waitFor();
    expect(await page.getByLabel('Uusi kommentti').inputValue()).toBe('');
    await context.close();
  });
});
