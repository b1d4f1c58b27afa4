import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, PHONE } from './browser';

export { PHONE };

/**
 * Turns an open page into a phone (390 px) and waits for the shell to finish its change: the
 * breakpoint observer switches the navigation from a side panel to an overlay, and the content
 * pane's margin then slides from the panel's width to 0 (a 400 ms transition). Measuring before
 * that ends sees the pane still squeezed beside the panel. Returns once the pane spans the whole
 * viewport and two frames have been drawn.
 */
export async function resizeToPhone(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.waitForFunction((width) => {
    const pane = document.querySelector('mat-sidenav-content');
    if (window.innerWidth !== width || !pane) return window.innerWidth === width;
    const box = pane.getBoundingClientRect();
    return box.left === 0 && box.right === width && !document.querySelector('mat-sidenav.mat-drawer-side');
  }, PHONE.width);
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** A fresh Finnish-speaking context at the given viewport (phones: touch, device scale 3). */
export async function newPageAt(browser: Browser, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'fi-FI', viewport, hasTouch: phone, isMobile: phone, deviceScaleFactor: phone ? 3 : 1 });
  return { context, page: await context.newPage() };
}

/**
 * How far the page can be scrolled sideways, in CSS pixels, and what sticks out. Two scrollers
 * count: the document (`document.scrollingElement`) and the shell's content pane
 * (`mat-sidenav-content`, which scrolls the page inside the shell). Content that scrolls inside
 * its own box (a table wrapper with `overflow-x: auto`) is fine and not listed.
 */
export async function horizontalOverflow(page: Page): Promise<{ document: number; pane: number; culprits: string[] }> {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const pane = document.querySelector('mat-sidenav-content');
    const limit = pane ? pane.getBoundingClientRect().right : window.innerWidth;
    const culprits: string[] = [];
    const scrollsItself = (el: Element | null): boolean => {
      for (let a = el; a && a !== pane && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const el of Array.from((pane ?? document.body).querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= limit + 1) continue;
      const parent = el.parentElement;
      if (parent && parent !== pane && parent.getBoundingClientRect().right > limit + 1 && !scrollsItself(parent)) continue; // report the outermost only
      if (scrollsItself(parent)) continue;
      culprits.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right edge ${Math.round(box.right)} px`);
    }
    return {
      document: doc.scrollWidth - window.innerWidth,
      pane: pane ? pane.scrollWidth - pane.clientWidth : 0,
      culprits: culprits.slice(0, 8),
    };
  });
}
