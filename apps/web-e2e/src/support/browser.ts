import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

export const baseUrl = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3000';

/** Debian's chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh browser context (own cookies and localStorage) with a Finnish-speaking user.
 * `bypassCSP` lets a test inject a script of its own (the accessibility checks inject axe-core);
 * the app's CSP allows only same-origin scripts.
 */
export async function newPage(
  browser: Browser,
  options: { bypassCSP?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'fi-FI', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  // what a failed test shows of its pages (test-environment.cjs)
  const open = ((globalThis as { __suuntaOpenPages?: Set<Page> }).__suuntaOpenPages ??= new Set<Page>());
  open.add(page);
  page.on('close', () => open.delete(page));
  return { context, page };
}

/** The phone size the layouts are checked at (an iPhone 12–15 in portrait). */
export const PHONE = { width: 390, height: 844 };
