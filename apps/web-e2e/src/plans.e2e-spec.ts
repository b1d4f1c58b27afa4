import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

/**
 * A planner of Keski-Pohjanmaa logs progress on the seeded KP 2019–2020 plan and sees the
 * focus area's roll-up change: the recording-coach network (theme 2020-5) had met twice.
 */
describe('logging progress and seeing the roll-up change', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('logs an entry (with a draft kept across a reload) and the theme total goes up by one (2 → 3 on the seed)', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'planner');

    const plans = (await (await page.request.get('/api/plans')).json()) as { id: string; code: string | null }[];
    const plan = plans.find((p) => p.code === 'kp-2019-2020');
    expect(plan).toBeDefined();
    const detail = (await (await page.request.get(`/api/plans/${plan?.id}`)).json()) as { themes: { focusAreaId: string; focusAreaCode: string }[] };
    const focusAreaId = detail.themes.find((th) => th.focusAreaCode === '2020-5')?.focusAreaId;
    const rollupCell = page.getByTestId(`theme-rollup-${focusAreaId}-2020`);

    // the seed has 2 meetings; another browser spec (keyboard-only entry) may have logged one before this one runs
    await page.goto(`/plans/${plan?.id}`);
    await rollupCell.getByText(/\d+ kokoontumista/).waitFor();
    const before = Number(/(\d+) kokoontumista/.exec((await rollupCell.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThanOrEqual(2);

    await page.goto('/progress');
    await page.getByTestId('log-progress').click();
    await page.getByRole('heading', { name: 'Kirjaa edistymistä' }).waitFor();
    await page.getByTestId('log-subject').fill('kirjaamisvalmentajien');
    await page.getByRole('option', { name: /Maakunnallisen kirjaamisvalmentajien verkoston koordinointi/ }).click();
    await page.getByText('Tavoite: 2 kokoontumista').waitFor();
    await page.getByTestId('log-value').fill('1');
    await page.getByTestId('log-narrative').fill('Verkosto kokoontui ylimääräisen kerran joulukuussa.');

    // the tab closes by accident: the draft comes back
    await page.reload();
    await page.getByText('Keskeneräinen kirjaus palautettiin.').waitFor();
    expect(await page.getByTestId('log-narrative').inputValue()).toBe('Verkosto kokoontui ylimääräisen kerran joulukuussa.');
    expect(await page.getByTestId('log-value').inputValue()).toBe('1');
    await page.getByText('Tavoite: 2 kokoontumista').waitFor();

    await page.getByTestId('log-save').click();
    await page.getByText('Kirjaus tallennettu').waitFor();

    await page.goto(`/plans/${plan?.id}`);
    await rollupCell.getByText(`${before + 1} kokoontumista`).waitFor();
    await page.goto('/progress');
    await page.getByText('Verkosto kokoontui ylimääräisen kerran joulukuussa.').waitFor();
    await context.close();
  });
});
