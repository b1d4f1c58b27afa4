import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';

/** The WCAG 2.1 A and AA rules: what Finnish public-sector law (laki digitaalisten palvelujen tarjoamisesta) requires. */
export const WCAG21AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: string | undefined;

/**
 * Runs axe-core's WCAG 2.1 AA rules on the page as it is now and returns the violations.
 * axe is injected as an inline script, which the app's CSP (script-src 'self') refuses: open the
 * page with `newPage(browser, { bypassCSP: true })`.
 * `exclude` takes CSS selectors of elements to leave out; use it only for a genuine false positive
 * in a third-party widget, with the reason next to the call.
 */
export async function axeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<Result[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axeSource });
    if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe-core was not injected: open the page with newPage(browser, { bypassCSP: true })');
  }
  const runOptions: RunOptions = { runOnly: { type: 'tag', values: WCAG21AA_TAGS }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    ([exclude, opts]) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
      const context = exclude.length ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
      return axe.run(context, opts);
    },
    [options.exclude ?? [], runOptions] as const,
  );
  return results.violations;
}

/** One line per violation and one per failing element: rule, impact, help, where and why. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}  ${n.html.replace(/\s+/g, ' ').slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** The formatted violations of the page, headed by `label`; empty when axe finds none. */
export async function axeReport(page: Page, label: string, options: { exclude?: string[] } = {}): Promise<string> {
  const violations = await axeViolations(page, options);
  return violations.length ? `${label}: ${violations.length} WCAG 2.1 AA violation(s)\n${formatViolations(violations)}` : '';
}

/** Fails with the formatted violations when axe finds any. */
export async function expectNoAxeViolations(page: Page, label: string, options: { exclude?: string[] } = {}): Promise<void> {
  const report = await axeReport(page, label, options);
  if (report) throw new Error(report);
}
