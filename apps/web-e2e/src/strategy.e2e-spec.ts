import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

/**
 * The strategy area against the seeded SONet BOTNIA data: open on the version in force (the
 * approved 2020 themes), switch to the archived 2015 strategy, search, copy it as a draft, drill down to an action and edit a criterion, including
 * the conflict when someone else saved first.
 */
describe('strategy in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens the version in force (the 2020 themes), switches to the archived 2015 strategy and finds an action by search', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'viewer');
    await page.goto('/strategy');
    // the approved version, not the archived 2015 strategy that states a vision
    await page.getByRole('heading', { level: 1, name: /painopisteet 2020/ }).waitFor();
    await page.getByRole('link', { name: 'Sosiaalisen vahvistaminen' }).waitFor();
    expect(await page.getByTestId('focus-area-card').count()).toBe(7);
    const strategies = (await (await page.request.get('/api/strategies')).json()) as { id: string; code: string | null }[];
    expect(page.url()).toContain(`/strategy/${strategies.find((st) => st.code === '2020')?.id}`);

    await page.getByTestId('version-switcher').click();
    await page.getByRole('option', { name: /strategia 2015/ }).click();
    await page.getByRole('heading', { level: 1, name: 'SONet BOTNIAn strategia 2015' }).waitFor();
    await page.getByRole('heading', { name: 'Visio' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Arvot' }).isVisible()).toBe(true);
    expect(await page.getByText('SONet BOTNIA Networks – ketterä moniosaaja').isVisible()).toBe(true);
    expect(await page.getByTestId('focus-area-card').count()).toBe(6);

    await page.getByRole('searchbox', { name: 'Hae strategiasta' }).fill('kannustemekanismien');
    const results = page.getByTestId('search-results');
    await results.getByRole('link', { name: /Työn tekemisen reunaehtojen arviointi/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Vahvistaa sosiaalialan ammatillista osaamista ja identiteettiä' }).waitFor();
    const action = page.getByTestId('action').filter({ hasText: 'Työn tekemisen reunaehtojen arviointi' });
    expect(await action.getByTestId('role-chip').allTextContents()).toEqual(['kehitysjohtaja', 'tiimi', 'johtoryhmä'].map((r) => expect.stringContaining(r)));
    // a viewer reads but is offered no editing
    expect(await page.getByRole('button', { name: /^Muokkaa/ }).count()).toBe(0);
    await context.close();
  });

  it('shows how the 2015 focus areas continue in 2018 and follows a 2020 theme back, also in Swedish', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'board');
    await page.goto('/strategy/mappings');
    const table = page.getByTestId('mapping-table');
    const nordic = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^2015-5/ }) });
    await nordic.getByRole('link', { name: '2018-8 Pohjoismainen erityistehtävä' }).waitFor();

    await page.getByTestId('mapping-from').click();
    await page.getByRole('option', { name: /13\.6\.2018/ }).click();
    await page.getByTestId('mapping-to').click();
    await page.getByRole('option', { name: /painopisteet 2020/ }).click();
    await table.getByRole('link', { name: /^2020-3 / }).first().click();
    await page.getByRole('heading', { level: 1, name: /alueellisen ja tutkimuspohjaisen tietotuotannon tukeminen/ }).waitFor();
    const lineage = page.getByRole('region', { name: 'Painopiste eri strategiaversioissa' });
    await lineage.getByRole('link', { name: /^2018-5 / }).waitFor();
    await lineage.getByRole('link', { name: /^2015-4 Kehittää ja systematisoi alueellista tietotuotantoa/ }).waitFor();

    await page.getByRole('radio', { name: 'ruotsi' }).click();
    await page.getByRole('region', { name: 'Fokusområdet i olika strategiversioner' }).waitFor();
    await context.close();
  });

  it('copies the strategy as a draft, drills to an action and edits a criterion, also after someone else saved first', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'management');
    await page.goto('/strategy');
    await page.getByRole('heading', { level: 1, name: /painopisteet 2020/ }).waitFor();
    await page.getByTestId('version-switcher').click();
    await page.getByRole('option', { name: /strategia 2015/ }).click();
    await page.getByRole('heading', { level: 1, name: 'SONet BOTNIAn strategia 2015' }).waitFor();
    // an archived strategy is read-only: the way to change it is a new draft version
    expect(await page.getByRole('button', { name: 'Muokkaa strategiaa' }).count()).toBe(0);
    await page.getByTestId('copy-version').click();
    const copyDialog = page.getByRole('dialog', { name: 'Kopioi uudeksi luonnosversioksi' });
    await copyDialog.getByLabel('Otsikko').fill(`Strategialuonnos ${Date.now()}`);
    await copyDialog.getByRole('button', { name: 'Kopioi uudeksi versioksi' }).click();
    await page.getByText('Luonnos', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Muokkaa strategiaa' }).waitFor();

    await page.getByRole('link', { name: 'Vahvistaa sosiaalialan ammatillista osaamista ja identiteettiä' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vahvistaa sosiaalialan ammatillista osaamista ja identiteettiä' }).waitFor();
    const action = page.getByTestId('action').filter({ hasText: 'Työn tekemisen reunaehtojen arviointi ja kannustemekanismien kehittäminen' });
    await action.waitFor();
    expect(await action.getByTestId('role-chip').count()).toBe(3);

    const criterionTitle = 'Johtoryhmän, ohjausryhmien ja yhteistyökumppaneiden sitoutumisen vahvistuminen';
    const criterion = page.getByTestId('criterion').filter({ has: page.getByRole('heading', { name: criterionTitle }) });
    expect(await criterion.getByTestId('measurement-kind').textContent()).toBe('Itsearviointi');

    // the same rules as the API: a blank title is refused before anything is sent
    let dialog = await openCriterionEditor(page, criterionTitle);
    await dialog.getByLabel('Otsikko').fill('   ');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await dialog.getByText('Kirjoita jotain muutakin kuin välilyöntejä.').waitFor();
    await dialog.getByRole('button', { name: 'Peruuta' }).click();

    dialog = await openCriterionEditor(page, criterionTitle);
    await dialog.getByLabel('Vuositavoite').fill('4');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('status').getByText('Muutokset tallennettu.').waitFor();
    expect(await criterion.getByTestId('yearly-target').textContent()).toContain('4');

    // someone else saves the criterion while our editor is open: 409, then "keep mine"
    // (read while the page is not behind a modal dialog, which hides it from the accessibility tree)
    const criterionId = ((await criterion.getAttribute('id')) ?? '').replace('criterion-', '');
    dialog = await openCriterionEditor(page, criterionTitle);
    await dialog.getByLabel('Vuositavoite').fill('6');
    await saveBehindTheBack(page, criterionId, { yearlyTarget: 5 });
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await dialog.getByRole('heading', { name: 'Joku muu ehti tallentaa ensin' }).waitFor();
    await dialog.getByRole('button', { name: 'Tallenna omat muutokseni sen päälle' }).click();
    await page.getByRole('status').getByText('Muutokset tallennettu.').waitFor();
    await page.waitForFunction(
      (id) => document.querySelector(`[id="criterion-${id}"] [data-testid="yearly-target"]`)?.textContent?.trim().startsWith('6'),
      criterionId,
    );
    await context.close();
  });
});

async function openCriterionEditor(page: Page, title: string) {
  await page.getByRole('button', { name: `Muokkaa: ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Muokkaa arviointikriteeriä' });
  await dialog.waitFor();
  return dialog;
}

/** Another user's save, through the API with this browser's session (as a second tab would). */
async function saveBehindTheBack(page: Page, criterionId: string, changes: Record<string, unknown>): Promise<void> {
  const request = page.context().request;
  const current = await (await request.get(`/api/criteria/${criterionId}`)).json();
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const res = await request.patch(`/api/criteria/${criterionId}`, {
    data: { ...changes, version: current.version },
    headers: { 'x-xsrf-token': decodeURIComponent(xsrf) },
  });
  if (res.status() !== 200) throw new Error(`the other save answered ${res.status()}: ${await res.text()}`);
}
