/*
 * The browser tests' environment: Node's, plus what a failed test leaves behind so that a failure
 * in CI can be read from the log alone (a test that times out says only what it waited for). For
 * each page still open when a test or hook fails: its address and an accessibility snapshot of
 * what it showed (open dialogs, then the main content with its alerts and messages), printed to stderr, and a
 * screenshot under tmp/e2e-failures/. Pages are registered by support/browser.ts `newPage`.
 */
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const MAX_SNAPSHOT_CHARS = 4000;
const FAILURES_DIR = join(__dirname, '../../tmp/e2e-failures');

class BrowserTestEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    const pages = [...(this.global.__suuntaOpenPages ?? [])].filter((page) => !page.isClosed());
    const name = event.test ? fullName(event.test) : `${event.hook?.type ?? 'hook'} hook`;
    for (const [i, page] of pages.entries()) {
      let snapshot;
      try {
        snapshot = await whatItShows(page);
      } catch (error) {
        snapshot = `(no snapshot: ${error?.message?.split('\n')[0] ?? error})`;
      }
      let shot = '';
      try {
        mkdirSync(FAILURES_DIR, { recursive: true });
        shot = join(FAILURES_DIR, `${name.replace(/[^\w-]+/g, '_').slice(0, 120)}-${i + 1}.png`);
        await page.screenshot({ path: shot, fullPage: true, timeout: 5000 });
      } catch {
        shot = '';
      }
      const text = snapshot.length > MAX_SNAPSHOT_CHARS ? `${snapshot.slice(0, MAX_SNAPSHOT_CHARS)}\n… (${snapshot.length - MAX_SNAPSHOT_CHARS} characters more)` : snapshot;
      process.stderr.write(`\n[failed: ${name}] page ${i + 1} of ${pages.length} at ${page.url()}${shot ? ` (screenshot ${shot})` : ''}:\n${text}\n`);
    }
  }
}

/** The open dialogs first, then the page's main content (not its navigation), as a screen reader has them. */
async function whatItShows(page) {
  const parts = [];
  for (const selector of ['[role=dialog], [role=alertdialog]', 'main']) {
    const found = page.locator(selector);
    for (let i = 0; i < (await found.count()); i++) parts.push(await found.nth(i).ariaSnapshot({ timeout: 3000 }));
  }
  return parts.length ? parts.join('\n') : page.locator('body').ariaSnapshot({ timeout: 3000 });
}

function fullName(test) {
  const names = [];
  for (let t = test; t && t.name !== 'ROOT_DESCRIBE_BLOCK'; t = t.parent) names.unshift(t.name);
  return names.join(' › ');
}

module.exports = BrowserTestEnvironment;
