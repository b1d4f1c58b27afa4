import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

/**
 * A Keski-Pohjanmaa planner pastes this year's Webropol report, checks the preview, saves, and
 * sees the chart; the board's view of the seeded 2020 survey flags the annual report's wrong claim.
 *
 * The pasted report by hand: theme 1 counts 0 1 2 4 3 → 10 answered, Σ 2+6+16+15 = 39 → 3,90;
 * theme 2 counts 0 0 3 4 2 → 9 answered, Σ 9+16+10 = 35 → 3,89.
 */
function report(title: string): string {
  return [
    ` ${title} `,
    '',
    'Vastaajien kokonaismäärä: 10 ',
    '',
    '1. Sosiaalialan käytännön läheinen kehittäminen ja integroituvat palvelut ',
    'Vastaajien määrä: 10 ',
    ' n Prosentti ',
    '1 = ei toteutunut 0 0% ',
    '2 = toteutui huonosti 1 10% ',
    '3 = toteutui kohtalaisesti 2 20% ',
    '4 = toteutui hyvin 4 40% ',
    '5 = toteutui erittäin hyvin 3 30% ',
    '',
    '2. Avoin arviointini teeman toteutumisesta ',
    'Vastaajien määrä: 2 ',
    'Vastaukset ',
    'Yhteistyö sujui hyvin. ',
    '',
    'Lisää verkostotapaamisia. ',
    '',
    '3. Järjestöjen ja julkisen kumppanuuden edistäminen ',
    'Vastaajien määrä: 9 ',
    ' n Prosentti ',
    '1 = ei toteutunut 0 0% ',
    '2 = toteutui huonosti 0 0% ',
    '3 = toteutui kohtalaisesti 3 33,33% ',
    '4 = toteutui hyvin 4 44,44% ',
    '5 = toteutui erittäin hyvin 2 22,22% ',
    '',
  ].join('\n');
}

describe('surveys', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('imports a pasted Webropol report through the preview and shows its chart', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'planner');
    const title = `K-P SONet BOTNIA Arviointi 2021 (e2e ${Date.now()})`;

    await page.goto('/surveys');
    await page.getByRole('heading', { name: 'Arviointikyselyt' }).waitFor();
    await page.getByRole('link', { name: 'Tuo kysely' }).click();
    await page.getByRole('heading', { name: 'Tuo Webropol-kysely' }).waitFor();
    // the planner may import only in Keski-Pohjanmaa, which is chosen already
    await page.getByText('Keski-Pohjanmaa').first().waitFor();
    await page.getByLabel('Liitä Webropol-raportin teksti tai CSV-vienti').fill(report(title));
    await page.getByRole('button', { name: 'Esikatsele' }).click();

    const preview = page.getByTestId('survey-preview');
    await preview.getByText('Ei havaintoja: kaikki luvut täsmäävät.').waitFor();
    await preview.getByText(`${title} · vuosi 2021 · 10 vastaajaa`).waitFor();
    const questions = preview.getByTestId('preview-questions');
    expect(await questions.getByRole('row').nth(1).innerText()).toContain('3,90');
    expect(await questions.getByRole('row').nth(3).innerText()).toContain('3,89');
    expect(await preview.locator('su-stacked-distribution-chart svg').count()).toBeGreaterThanOrEqual(2);

    await page.getByRole('button', { name: 'Tallenna kysely' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(page.url()).toMatch(/\/surveys\/[0-9a-f-]{36}$/);
    const themes = page.getByTestId('survey-theme');
    expect(await themes.count()).toBe(2);
    expect(await themes.nth(0).getByTestId('theme-average').innerText()).toBe('3,90');
    expect(await themes.nth(1).getByTestId('theme-average').innerText()).toBe('3,89');
    // the chart is drawn and its numbers are on the page without hovering: 4 answered "4 = toteutui hyvin" (40 %)
    await themes.nth(0).locator('su-stacked-distribution-chart svg path.bar:not(.hidden)').first().waitFor();
    expect(await themes.nth(0).getByTestId('distribution-numbers').innerText()).toContain('4 (40 %)');
    expect(await themes.nth(0).innerText()).toContain('Yhteistyö sujui hyvin.');
    // the same figures for screen readers
    expect(await themes.nth(0).locator('table caption').innerText()).toContain('Sosiaalialan käytännön läheinen kehittäminen');
    await context.close();
  });

  it("shows the seeded 2020 survey with the annual report's differing claim flagged", async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'board');
    await page.goto('/surveys');
    await page.getByRole('link', { name: 'SONet BOTNIAn strategian arviointi 2020 Keski-Pohjanmaa' }).click();
    const themes = page.getByTestId('survey-theme');
    await themes.first().waitFor();
    expect(await themes.count()).toBe(7);
    // 54/13 = 4.15 and 50/12 = 4.17 (the report printed 3.8 = 50/13)
    expect(await themes.nth(0).getByTestId('theme-average').innerText()).toBe('4,15');
    expect(await themes.nth(6).getByTestId('theme-average').innerText()).toBe('4,17');
    expect(await themes.nth(6).getByTestId('theme-claim').innerText()).toContain('Poikkeaa laskennallisesta');
    expect(await themes.nth(0).getByTestId('theme-claim').innerText()).toContain('Vastaa laskennallista');
    expect(await page.getByRole('button', { name: 'Poista kysely' }).count()).toBe(0);

    await page.goto('/surveys/compare');
    await page.getByRole('heading', { name: 'Teeman vertailu vuosittain ja alueittain' }).waitFor();
    const table = page.getByTestId('trend-table');
    await table.locator('tbody tr').first().waitFor({ state: 'attached' });
    expect(await table.locator('tbody tr').first().textContent()).toContain('2020');
    await page.locator('su-trend-chart svg').first().waitFor();
    await context.close();
  });
});
