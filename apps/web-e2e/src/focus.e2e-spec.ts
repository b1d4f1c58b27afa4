import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signInThroughUi } from './support/sign-in';

/** What draws the focused element's ring: its own outline, or Material's indicator (::before). */
async function focusRing(page: Page): Promise<{ tag: string; width: number; contrast: number }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', width: 0, contrast: 0 };
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    /** The first opaque background behind the element: what the ring is seen against. */
    const backdrop = (node: Element | null): string => {
      for (let n = node?.parentElement ?? null; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        const alpha = rgb(bg)[3];
        if (bg && bg !== 'transparent' && (alpha === undefined || alpha > 0.9)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const own = getComputedStyle(el);
    if (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0) {
      return { tag: el.tagName, width: parseFloat(own.outlineWidth), contrast: ratio(own.outlineColor, backdrop(el)) };
    }
    const indicator = el.matches('.mat-focus-indicator') ? el : el.querySelector('.mat-focus-indicator') ?? el.closest('.mat-focus-indicator');
    if (indicator) {
      const before = getComputedStyle(indicator, '::before');
      if (before.content !== 'none' && before.display !== 'none' && before.borderTopStyle !== 'none') {
        return { tag: el.tagName, width: parseFloat(before.borderTopWidth), contrast: ratio(before.borderTopColor, backdrop(el)) };
      }
    }
    return { tag: el.tagName, width: 0, contrast: 0 };
  });
}

async function tabUntil(page: Page, matches: (p: Page) => Promise<boolean>, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await matches(page)) return;
  }
  throw new Error('tabbed past the end without reaching the control');
}

const focusedTestId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid'] ?? null);
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

describe('keyboard focus', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows a visible ring (≥ 2 px, ≥ 3:1) on a filled button, a link, a navigation item and a toggle', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Kirjaudu Suuntaan' }).waitFor();
    await tabUntil(page, async (p) => (await focusedText(p)) === 'Kirjaudu');
    const button = await focusRing(page);
    expect(button.tag).toBe('BUTTON');
    expect(button.width).toBeGreaterThanOrEqual(2);
    expect(button.contrast).toBeGreaterThanOrEqual(3);

    await signInThroughUi(page, 'admin');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Strategia' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab'); // focus by keyboard, so :focus-visible applies
    for (const ring of [await focusRing(page)]) {
      expect(ring).toMatchObject({ tag: 'A' });
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(ring.contrast).toBeGreaterThanOrEqual(3);
    }
    // the language toggle on the navy bar: a white ring
    await page.getByRole('radio', { name: 'SV – ruotsi' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const toggle = await focusRing(page);
    expect(toggle.width).toBeGreaterThanOrEqual(2);
    expect(toggle.contrast).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('moves focus to the page heading after navigation, and to the result after saving', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'admin');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Muutoshistoria' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/audit$/);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focusedText(page)).toBe('Muutoshistoria');

    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Käyttäjät' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent?.trim() === 'Käyttäjät');
    const edit = page.getByRole('button', { name: 'Muokkaa: Ville Katselija' });
    await edit.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Nimi').press('End');
    await page.keyboard.press('Enter'); // submits the form
    await page.getByTestId('users-saved').waitFor();
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset['testid'] === 'users-saved');
    expect(await focusedTestId(page)).toBe('users-saved');
    await context.close();
  });

  it('logs progress with the keyboard only (Tab, typing, arrows, Enter)', async () => {
    const { context, page } = await newPage(browser);
    await signInThroughUi(page, 'planner');
    await page.goto('/progress');
    await page.getByTestId('log-progress').waitFor();
    await tabUntil(page, async (p) => (await focusedTestId(p)) === 'log-progress');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabUntil(page, async (p) => (await focusedTestId(p)) === 'log-subject');
    await page.keyboard.type('kirjaamisvalmentajien', { delay: 20 });
    // the list opens with every subject on focus; wait until the search has narrowed it
    await page.waitForFunction(() => document.querySelector('[role="option"]')?.textContent?.includes('Maakunnallisen kirjaamisvalmentajien verkoston koordinointi'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText('Tavoite: 2 kokoontumista').waitFor();
    await tabUntil(page, async (p) => (await focusedTestId(p)) === 'log-value');
    await page.keyboard.type('1');
    await tabUntil(page, async (p) => (await focusedTestId(p)) === 'log-narrative');
    await page.keyboard.type('Näppäimistöllä kirjattu kokoontuminen.');
    await tabUntil(page, async (p) => (await focusedTestId(p)) === 'log-save');
    expect((await focusRing(page)).width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await page.getByText('Kirjaus tallennettu').waitFor();
    await page.goto('/progress');
    await page.getByText('Näppäimistöllä kirjattu kokoontuminen.').waitFor();
    await context.close();
  });
});
