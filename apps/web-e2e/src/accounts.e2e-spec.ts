import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { demoUser, signInThroughUi } from './support/sign-in';

describe('accounts in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('sends a visitor without a session to the login page, and back after signing in', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/strategy');
    await page.waitForURL(/\/login\?returnUrl=%2Fstrategy/);
    await page.getByRole('heading', { name: 'Kirjaudu Suuntaan' }).waitFor();
    const planner = demoUser('planner');
    await page.getByLabel('Sähköposti', { exact: true }).fill(planner.email);
    await page.getByLabel('Salasana', { exact: true }).fill(planner.password);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.waitForURL(/\/strategy$/);
    const menu = page.getByTestId('user-menu');
    expect(await menu.textContent()).toContain(planner.displayName);
    expect(await menu.textContent()).toContain('Kehittämissuunnittelija');
    await context.close();
  });

  it('says so when the password is wrong, tied to the form, without signing in', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByLabel('Sähköposti', { exact: true }).fill(demoUser('viewer').email);
    await page.getByLabel('Salasana', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.getByRole('alert').getByText('Väärä sähköposti tai salasana.').waitFor();
    expect(page.url()).toMatch(/\/login$/);
    await context.close();
  });

  it('ties field errors to their inputs (aria-describedby) and moves focus to the first one', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    const email = page.getByLabel('Sähköposti', { exact: true });
    await email.fill('not-an-address');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.getByText('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.').waitFor();
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, 'Sähköposti')).toContain('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
    expect(await describedText(page, 'Salasana')).toContain('Tämä tieto on pakollinen.');
    await context.close();
  });

  it('shows the users and audit pages to an admin, not to a viewer, and signs out', async () => {
    const admin = await newPage(browser);
    await signInThroughUi(admin.page, 'admin');
    await admin.page.getByTestId('user-menu').click();
    await admin.page.getByRole('menuitem', { name: 'Käyttäjät' }).click();
    await admin.page.getByRole('heading', { name: 'Käyttäjät' }).waitFor();
    await admin.page.getByRole('rowheader', { name: /Kaisa Suunnittelija/ }).waitFor();
    await admin.page.goto('/audit');
    await admin.page.getByRole('heading', { name: 'Muutoshistoria' }).waitFor();
    await admin.page.getByRole('cell', { name: 'Kirjautuminen' }).first().waitFor();
    await admin.page.getByTestId('user-menu').click();
    await admin.page.getByTestId('logout').click();
    await admin.page.waitForURL(/\/login$/);
    await admin.page.goto('/');
    await admin.page.waitForURL(/\/login/);
    await admin.context.close();

    const viewer = await newPage(browser);
    await signInThroughUi(viewer.page, 'viewer');
    await viewer.page.getByTestId('user-menu').click();
    expect(await viewer.page.getByRole('menuitem', { name: 'Käyttäjät' }).count()).toBe(0);
    expect(await viewer.page.getByRole('menuitem', { name: 'Muutoshistoria' }).count()).toBe(0);
    await viewer.page.keyboard.press('Escape');
    // Not a silent redirect: the page says who may open it and who can help, at the address asked for.
    await viewer.page.goto('/admin/users');
    await viewer.page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' }).waitFor();
    await viewer.page.getByText('Ylläpitäjä', { exact: true }).waitFor();
    await viewer.page.getByText('pyydä organisaatiosi Suunta-ylläpitäjää', { exact: false }).waitFor();
    expect(new URL(viewer.page.url()).pathname).toBe('/admin/users');
    await viewer.context.close();
  });

  it('lets an invited user activate the account from the link alone, in a fresh browser', async () => {
    const admin = await newPage(browser);
    await signInThroughUi(admin.page, 'admin');
    // Users is in the navigation for admins, not only in the account menu.
    await admin.page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Käyttäjät' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
    await admin.page.getByRole('button', { name: 'Kutsu käyttäjä' }).click();
    const email = `kutsuttu.${Date.now()}@suunta.example`;
    await admin.page.getByLabel('Sähköposti', { exact: true }).fill(email);
    await admin.page.getByLabel('Nimi').fill('Kutsuttu Käyttäjä');
    await admin.page.getByRole('checkbox', { name: 'Katselija' }).check();
    await admin.page.getByRole('button', { name: 'Tallenna' }).click();
    const link = await admin.page.getByRole('textbox', { name: 'Kutsulinkki', exact: true }).inputValue();
    expect(link).toContain('/accept-invite?token=');
    await admin.context.close();

    // A browser that has never seen Suunta: no cookies, no XSRF token, only the link.
    const fresh = await newPage(browser);
    expect(await fresh.context.cookies()).toEqual([]);
    await fresh.page.goto(new URL(link).pathname + new URL(link).search);
    await fresh.page.getByRole('heading', { level: 1 }).waitFor();
    const password = 'kolme kirjavaa kissaa kiipeää';
    await fresh.page.getByLabel(/^Uusi salasana\s*\*?$/).fill(password);
    // The two-line hint is readable, not hidden behind the next field.
    const hint = await fresh.page.getByText('Vähintään 12 merkkiä.', { exact: false }).boundingBox();
    const confirm = await fresh.page.getByLabel('Uusi salasana uudelleen').boundingBox();
    expect(hint && confirm && hint.y + hint.height <= confirm.y).toBe(true);
    await fresh.page.getByLabel('Uusi salasana uudelleen').fill(password);
    await fresh.page.getByRole('button', { name: 'Aseta salasana' }).click();
    await fresh.page.waitForURL(/\/login\?passwordSet=1/);
    await fresh.page.getByLabel('Sähköposti', { exact: true }).fill(email);
    await fresh.page.getByLabel('Salasana', { exact: true }).fill(password);
    await fresh.page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    expect(await fresh.page.getByTestId('user-menu').textContent()).toContain('Kutsuttu Käyttäjä');
    await fresh.context.close();
  });
});

/** The text of the elements an input's aria-describedby points at (what a screen reader reads out). */
async function describedText(page: Page, label: string): Promise<string> {
  const ids = ((await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}
