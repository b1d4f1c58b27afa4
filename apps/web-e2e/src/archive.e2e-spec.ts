import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser } from './support/browser';
import { horizontalOverflow, newPageAt, PHONE } from './support/layout';
import { signInThroughUi } from './support/sign-in';

/** The smallest archive the demo organization can import: no keys, codes or regions to collide. */
const MINIMAL = {
  format: 'suunta-archive',
  version: 1,
  exportedAt: '2026-12-01T10:00:00.000Z',
  source: { organization: { code: 'muu', name: 'Muu osaamiskeskus' }, server: 'https://suunta.example' },
  regions: [],
  roles: [],
  people: [],
  strategy: { title: 'Selaintestin strategia', focusAreas: [{ title: 'Painopiste', csfs: [] }] },
  plans: [],
  progress: [],
  surveys: [],
  reports: [],
  minutes: [],
};

/**
 * The archive page (issue 18.4) on a phone: an admin finds it in the navigation, downloads the
 * 2020 strategy's archive, picks that file for import and reads a calm preview — the demo
 * organization already has that strategy, so the preview lists the conflicts and offers no
 * import; a file that is not JSON is named as such; an archive that fits shows what it would
 * create and the confirm button. The import itself (and its all-or-nothing rule) is proven in
 * apps/api/test/archive.int-spec.ts; here nothing is imported, so other specs see the demo data unchanged.
 */
describe('archive page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows admins the export and an import preview at 390 px with no WCAG 2.1 AA violations', async () => {
    // a phone (as layout.ts's newPageAt) that lets axe's script in
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'fi-FI', viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3, bypassCSP: true });
    const p = await context.newPage();
    await signInThroughUi(p, 'admin');
    await p.goto('/admin/archive');
    await p.getByRole('heading', { level: 1, name: 'Arkisto' }).waitFor();
    const select = p.getByTestId('archive-strategy');
    await select.waitFor();
    const strategies = (await (await p.request.get('/api/strategies')).json()) as { id: string; code: string | null }[];
    const s2020 = strategies.find((s) => s.code === '2020');
    expect(s2020).toBeTruthy();
    await select.selectOption(s2020?.id ?? '');
    const href = await p.getByTestId('archive-download').getAttribute('href');
    expect(href).toMatch(/^\/api\/archive\/strategies\/[0-9a-f-]{36}$/);
    expect(await p.getByTestId('archive-stratml').getAttribute('href')).toBe(`${href}/stratml`);

    // the download is the archive (fetched with the page's session, as the link would)
    const download = await p.request.get(href ?? '');
    expect(download.status()).toBe(200);
    const archive = await download.json();
    expect(archive.format).toBe('suunta-archive');

    // the same archive back into the same organization: a preview of conflicts, no import offered
    await p.getByTestId('archive-file').setInputFiles({ name: 'suunta-2020.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(archive)) });
    const preview = p.getByTestId('archive-preview');
    await preview.waitFor();
    expect(await p.getByTestId('archive-counts').textContent()).toContain('7 painopistettä');
    expect(await p.getByTestId('archive-conflicts').textContent()).toContain('Strategian tunnus 2020 on jo käytössä');
    expect(await p.getByTestId('archive-confirm').count()).toBe(0);
    const overflow = await horizontalOverflow(p);
    expect([overflow.document, overflow.pane, overflow.culprits]).toEqual([0, 0, []]);

    // a file that is not JSON
    await p.getByTestId('archive-file').setInputFiles({ name: 'muistio.json', mimeType: 'application/json', buffer: Buffer.from('ei arkisto') });
    await p.getByTestId('archive-file-error').filter({ hasText: 'ei ole JSON-muotoinen' }).waitFor();

    // an archive that fits: what it would create, and the button to confirm
    await p.getByTestId('archive-file').setInputFiles({ name: 'pieni.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(MINIMAL)) });
    await p.getByTestId('archive-confirm').waitFor();
    expect(await p.getByTestId('archive-counts').textContent()).toContain('1 painopiste');

    // back to the preview of conflicts, for the accessibility check
    await p.getByTestId('archive-file').setInputFiles({ name: 'suunta-2020.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(archive)) });
    await p.getByTestId('archive-conflicts').waitFor();
    expect(await axeViolations(p)).toEqual([]);
    await context.close();
  });

  it('lets management download but not import', async () => {
    const { context, page } = await newPageAt(browser, PHONE);
    await signInThroughUi(page, 'management');
    await page.goto('/admin/archive');
    await page.getByTestId('archive-download').waitFor();
    expect(await page.getByTestId('archive-file').count()).toBe(0);
    await context.close();
  });
});
