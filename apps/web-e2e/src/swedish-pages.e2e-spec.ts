import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { seededPaths } from './support/seeded-paths';
import { signInThroughUi } from './support/sign-in';

const ROOT = resolve(__dirname, '../../..');

/** Every translation file pair (fi, sv) of the web app: the shell's and each feature's own folder. */
function translationFolders(): string[] {
  const features = readdirSync(join(ROOT, 'libs/web'))
    .map((lib) => join(ROOT, 'libs/web', lib, 'src/lib/i18n'))
    .filter((dir) => {
      try {
        return readdirSync(dir).includes('fi.json');
      } catch {
        return false;
      }
    });
  return [join(ROOT, 'apps/web/public/i18n'), ...features];
}

function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/**
 * The Finnish interface texts that Swedish says differently: the texts a Swedish page must never
 * show as its own. Texts with placeholders or plural rules are left out (their rendered form
 * differs from the file), and so are very short ones ("OK", "EP"), which may be the same word or
 * an abbreviation in both languages.
 */
function finnishOnlyTexts(): Set<string> {
  const texts = new Set<string>();
  for (const dir of translationFolders()) {
    const fi = flatten(JSON.parse(readFileSync(join(dir, 'fi.json'), 'utf8')));
    const sv = flatten(JSON.parse(readFileSync(join(dir, 'sv.json'), 'utf8')));
    for (const [key, text] of fi) {
      const swedish = sv.get(key);
      if (text.includes('{') || text.trim().length < 5 || swedish === undefined || swedish.trim() === text.trim()) continue;
      texts.add(text.trim());
    }
  }
  return texts;
}

/**
 * What the page says in its own voice: visible text nodes, and the accessible names and hints
 * given in attributes, except inside an element marked as being in another language (data shown
 * in its own language, `<su-data-text>`; the language switcher's "Suomi").
 */
function ownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const own = (el: Element | null) => !el || (el.closest('[lang]')?.getAttribute('lang') ?? 'sv') === document.documentElement.lang;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || !own(parent) || parent.closest('script, style')) continue;
      if (!(parent as HTMLElement).checkVisibility?.() && parent.getClientRects().length === 0) continue;
      texts.push(text);
    }
    for (const el of Array.from(document.body.querySelectorAll('[aria-label], [placeholder], [title]'))) {
      if (!own(el)) continue;
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title.trim());
    return texts;
  });
}

describe('Swedish pages: no Finnish interface text', () => {
  const finnish = finnishOnlyTexts();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('knows enough Finnish interface texts to mean something', () => {
    // guards the check below against an empty or unread set of translation files
    expect(finnish.has('Kirjaudu ulos')).toBe(true);
    expect(finnish.size).toBeGreaterThan(300);
  });

  const pagesByRole: Record<'management' | 'admin', string[]> = {
    management: ['strategy', 'focusArea', 'mappings', 'plans', 'plan', 'progress', 'logProgress', 'reports', 'report', 'surveys', 'survey', 'compare', 'board', 'boardFocusArea', 'meetings'],
    admin: ['/admin/users', '/admin/operations', '/audit', '/account/password'],
  };

  for (const [role, pages] of Object.entries(pagesByRole) as ['management' | 'admin', string[]][]) {
    it(`${role}: every main page in Swedish`, async () => {
      const { context, page } = await newPage(browser);
      await signInThroughUi(page, role);
      await page.getByRole('radio', { name: 'SV – ruotsi', exact: true }).click();
      await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
      const paths = await seededPaths(page);
      const found: string[] = [];
      for (const name of pages) {
        const path = name.startsWith('/') ? name : paths[name];
        await page.goto(path);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.getAttribute('html', 'lang')).toBe('sv');
        const texts = await ownTexts(page);
        for (const text of new Set(texts)) if (finnish.has(text)) found.push(`${path}: "${text}"`);
      }
      await context.close();
      expect(found).toEqual([]);
    }, 240_000);
  }
});
