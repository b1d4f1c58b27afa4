import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { demoUser, signInThroughUi } from './support/sign-in';

/**
 * A planner of Keski-Pohjanmaa corrects a progress entry in the log, sees the revision history,
 * and — when someone else changed the entry in the meantime — is told so and shown the new text.
 */
describe('correcting a progress entry', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('corrects the narrative and link, shows the history, and reloads on a stale version', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'planner');
    const planner = demoUser('planner');

    // an entry of the planner's own (no value, so no roll-up of other tests changes)
    const original = 'Kirjaamisvalmentajat tapasivat etänä (korjattava kirjaus).';
    const entry = await logEntry(page, original);

    await page.goto('/progress');
    const row = page.getByRole('row').filter({ hasText: original });
    await row.getByTestId('entry-open').click();
    const dialog = page.getByRole('dialog', { name: 'Edistymiskirjaus' });
    await dialog.waitFor();
    await dialog.getByText('Ei korjauksia.').waitFor();

    await dialog.getByRole('button', { name: 'Korjaa', exact: true }).click();
    const corrected = 'Kirjaamisvalmentajat tapasivat Kokkolassa 12.11.';
    await dialog.getByLabel('Mitä tapahtui?').fill(corrected);
    await dialog.getByLabel('Linkki näyttöön (valinnainen)').fill('kokkola.fi');
    await dialog.getByRole('button', { name: 'Tallenna korjaus' }).click();
    // the form's own check (same rule as the API) is tied to the field
    const link = dialog.getByLabel('Linkki näyttöön (valinnainen)');
    await dialog.getByText('http:// tai https://', { exact: false }).waitFor();
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await link.fill('https://www.kokkola.fi/');
    await dialog.getByLabel('Miksi korjataan? (valinnainen)').fill('Paikka oli väärin.');
    await dialog.getByRole('button', { name: 'Tallenna korjaus' }).click();

    await dialog.getByTestId('entry-narrative').getByText(corrected).waitFor();
    const history = dialog.getByTestId('entry-history');
    await history.getByText(`Versio 1 – korvasi ${planner.displayName}`, { exact: false }).waitFor();
    await history.getByText('Perustelu: Paikka oli väärin.').waitFor();
    await history.getByText(original).waitFor();

    // someone else corrects it meanwhile: the save is refused (409), the entry is reloaded
    const other = 'Toinen käyttäjä korjasi tämän kirjauksen.';
    await patchBehindTheBack(page, entry.id, { narrative: other });
    await dialog.getByRole('button', { name: 'Korjaa', exact: true }).click();
    await dialog.getByLabel('Mitä tapahtui?').fill('Minun korjaukseni');
    await dialog.getByRole('button', { name: 'Tallenna korjaus' }).click();
    await dialog.getByText('Joku muu muutti kirjausta sillä välin.', { exact: false }).waitFor();
    await dialog.getByTestId('entry-narrative').getByText(other).waitFor();
    await history.getByText(corrected).waitFor();

    await dialog.getByRole('button', { name: 'Sulje' }).click();
    await page.getByRole('row').filter({ hasText: other }).waitFor();
    await context.close();
  });
});

async function xsrfHeaders(page: Page): Promise<Record<string, string>> {
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'x-xsrf-token': decodeURIComponent(xsrf) };
}

/** Logs an entry against the KP recording-coach network action (2020) through the API, as the signed-in planner. */
async function logEntry(page: Page, narrative: string): Promise<{ id: string }> {
  const request = page.context().request;
  const me = (await (await request.get('/api/auth/me')).json()) as { regionIds: string[] };
  const regionId = me.regionIds[0];
  const targets = (await (await request.get(`/api/progress-entries/targets?regionId=${regionId}&year=2020&q=kirjaamisvalmentajien`)).json()) as { kind: string; id: string }[];
  const action = targets.find((x) => x.kind === 'action');
  if (!action) throw new Error('the seeded KP action was not found');
  const res = await request.post('/api/progress-entries', {
    data: { regionId, year: 2020, entryDate: '2020-11-12', actionId: action.id, narrative },
    headers: await xsrfHeaders(page),
  });
  if (res.status() !== 201) throw new Error(`logging answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as { id: string };
}

/** Another user's correction, through the API with this browser's session (as a second tab would). */
async function patchBehindTheBack(page: Page, id: string, changes: Record<string, unknown>): Promise<void> {
  const request = page.context().request;
  const current = (await (await request.get(`/api/progress-entries/${id}`)).json()) as { version: number };
  const res = await request.patch(`/api/progress-entries/${id}`, { data: { ...changes, version: current.version }, headers: await xsrfHeaders(page) });
  if (res.status() !== 200) throw new Error(`the other save answered ${res.status()}: ${await res.text()}`);
}
