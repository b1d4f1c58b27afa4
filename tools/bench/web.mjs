// The web figures of `npm run bench`: initial JavaScript of the production build (gzip) and the
// time to the board's first chart in headless Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpuWindow } from './measure.mjs';

/**
 * The initial JS is what index.html loads before any lazy route: its `<script src>` and
 * `<link rel="modulepreload">` files and everything they import statically, each gzipped (level 9, as a static server would pre-compress).
 */
export function initialJs(browserDir) {
  const html = readFileSync(resolve(browserDir, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) files.add(m[1].replace(/^\.?\//, ''));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) files.add(m[1].replace(/^\.?\//, ''));
  for (const m of html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g)) files.add(m[1].replace(/^\.?\//, ''));
  // index.html lists only some chunks; the rest are static imports of those (dynamic `import()`
  // of lazy routes excluded), as Angular's "Initial total" counts them.
  const queue = [...files];
  while (queue.length) {
    const f = queue.shift();
    const path = resolve(browserDir, f.replace(/^\//, ''));
    if (!existsSync(path)) continue;
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
      if (!files.has(m[1])) {
        files.add(m[1]);
        queue.push(m[1]);
      }
    }
  }
  let raw = 0;
  let gzip = 0;
  const list = [];
  for (const f of files) {
    const path = resolve(browserDir, f.replace(/^\//, ''));
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += z;
    list.push({ file: f, kB: +(bytes.length / 1024).toFixed(1), gzipKB: +(z / 1024).toFixed(1) });
  }
  return { files: list, rawKB: +(raw / 1024).toFixed(1), gzipKB: +(gzip / 1024).toFixed(1) };
}

/**
 * Signs in through the login form's API (cookies set in a fresh context, so nothing is cached),
 * opens `/board?year=…`, reads the `suunta:board-drawn` mark (the status table first drawn with its
 * figures), scrolls to the charts' section once it is there (they are drawn when they
 * come into view) and reads the `suunta:first-chart` mark (ms since navigation start). Then opens
 * the board again in the same browser, as a returning reader would, and reads its
 * `suunta:board-drawn` mark. Then once more in a fresh browser over an emulated network link
 * (`LINK`: what a reader at a municipal office or on a phone has, where loopback has no cost per
 * byte). Median of `runs` each. Also the JavaScript bytes the first visit received (as sent:
 * Brotli where the build compressed it) before the board was drawn.
 */
/** The emulated link of the network runs: a good 4G connection or a busy office line. */
export const LINK = { downMbps: 10, upMbps: 5, rttMs: 40 };

/** Signs in through the login API in a fresh context: the session and XSRF cookies are set, nothing is cached. */
async function signedInPage(browser, baseUrl, email, password) {
  const context = await browser.newContext({ locale: 'fi-FI', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/api/auth/me`);
  const login = await page.request.post(`${baseUrl}/api/auth/login`, {
    data: { email, password },
    headers: { 'x-xsrf-token': decodeURIComponent((await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '') },
  });
  if (!login.ok()) throw new Error(`login for the browser run failed: ${login.status()}`);
  return { context, page };
}

async function boardDrawnMs(page, timeoutMs) {
  await page.waitForFunction(() => performance.getEntriesByName('suunta:board-drawn').length > 0, null, { timeout: timeoutMs });
  return page.evaluate(() => performance.getEntriesByName('suunta:board-drawn')[0].startTime);
}

export async function firstChart({ baseUrl, email, password, path, runs = 5, timeoutMs = 60_000, apiPid }) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const times = [];
  const drawn = [];
  const returnDrawn = [];
  const linkDrawn = [];
  const jsKB = [];
  const cpu = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = await signedInPage(browser, baseUrl, email, password);
      try {
        const cpuUse = cpuWindow(apiPid);
        cpuUse?.start();
        await page.goto(`${baseUrl}${path}`);
        // The board's figures drawn (the status table), before anything is scrolled
        drawn.push(await boardDrawnMs(page, timeoutMs));
        if (cpuUse) cpu.push(cpuUse.stop());
        jsKB.push(await page.evaluate(() => {
          const drawnAt = performance.getEntriesByName('suunta:board-drawn')[0].startTime;
          const js = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.startTime < drawnAt);
          return Math.round(js.reduce((sum, e) => sum + e.transferSize, 0) / 1024);
        }));
        // The charts are drawn when their section comes into view (below the status table and the
        // strategy map): scroll to it as soon as it is there, as a reader going to the charts would.
        await page.locator('#board-charts').scrollIntoViewIfNeeded({ timeout: timeoutMs });
        await page.waitForFunction(() => performance.getEntriesByName('suunta:first-chart').length > 0, null, { timeout: timeoutMs });
        times.push(await page.evaluate(() => performance.getEntriesByName('suunta:first-chart')[0].startTime));
        // A return visit in the same browser: its cache (the build's files are immutable) and the compiled code
        await page.goto(`${baseUrl}/api/auth/me`);
        await page.goto(`${baseUrl}${path}`);
        returnDrawn.push(await boardDrawnMs(page, timeoutMs));
      } finally {
        await context.close();
      }
      // A first visit over the emulated link
      const slow = await signedInPage(browser, baseUrl, email, password);
      try {
        const cdp = await slow.context.newCDPSession(slow.page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: LINK.rttMs,
          downloadThroughput: (LINK.downMbps * 1e6) / 8,
          uploadThroughput: (LINK.upMbps * 1e6) / 8,
        });
        await slow.page.goto(`${baseUrl}${path}`);
        linkDrawn.push(await boardDrawnMs(slow.page, timeoutMs));
      } finally {
        await slow.context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const median = (list) => Math.round([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]);
  return {
    medianMs: median(times),
    runsMs: times.map(Math.round),
    boardDrawnMedianMs: median(drawn),
    boardDrawnRunsMs: drawn.map(Math.round),
    returnVisitDrawnMedianMs: median(returnDrawn),
    returnVisitDrawnRunsMs: returnDrawn.map(Math.round),
    link: LINK,
    linkDrawnMedianMs: median(linkDrawn),
    linkDrawnRunsMs: linkDrawn.map(Math.round),
    firstVisitJsKB: median(jsKB),
    // from the navigation until the board was drawn (it is read once the mark is there: up to a
    // few ms after it): how busy all cores were, and CPU ms by process kind
    firstVisitCpu: cpu.length
      ? {
          busyPct: median(cpu.map((c) => c.busyPct)),
          ms: Object.fromEntries([...new Set(cpu.flatMap((c) => Object.keys(c.ms)))].map((k) => [k, median(cpu.map((c) => c.ms[k] ?? 0))])),
        }
      : null,
  };
}
