import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { horizontalOverflow, newPageAt, PHONE } from './support/layout';
import { editorPaths, seededPaths } from './support/seeded-paths';
import { signInThroughUi } from './support/sign-in';

type Role = 'management' | 'planner' | 'board' | 'viewer';

/**
 * Every main page at 390 px, for each role that sees it: the page itself never scrolls sideways
 * (tables become cards or scroll inside their own box, charts take the width they get). The page
 * is scrolled to its end first so that lazily rendered parts (the status page's charts) are there.
 */
describe('phone layouts (390 px): no sideways page scroll', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function overflowOf(page: Page, path: string): Promise<string | null> {
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    // bring lazily rendered parts (@defer on viewport) into the page, then measure
    await page.evaluate(() => document.querySelector('mat-sidenav-content')?.scrollTo(0, 1e6));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const o = await horizontalOverflow(page);
    return o.document > 0 || o.pane > 0 ? `${path}: the page scrolls ${Math.max(o.document, o.pane)} px sideways\n    ${o.culprits.join('\n    ')}` : null;
  }

  const pagesByRole: Record<Role, string[]> = {
    viewer: ['strategy', 'focusArea', 'mappings', 'plans', 'plan', 'progress', 'logProgress', 'reports', 'report', 'surveys', 'survey', 'compare', 'board', 'boardFocusArea', 'meetings'],
    board: ['board', 'boardFocusArea', 'report', 'survey', 'meetings'],
    planner: ['plan', 'progress', 'logProgress', 'reports', 'report'],
    management: ['strategy', 'plan', 'logProgress', 'report', 'survey'],
  };

  for (const [role, pages] of Object.entries(pagesByRole) as [Role, string[]][]) {
    it(`${role}: ${pages.join(', ')}`, async () => {
      const { context, page } = await newPageAt(browser, PHONE);
      await signInThroughUi(page, role);
      const paths = await seededPaths(page);
      const problems: string[] = [];
      for (const name of pages) {
        const problem = await overflowOf(page, paths[name]);
        if (problem) problems.push(problem);
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 180_000);
  }

  it('management: the editors (meeting, network, funding, roles and people, strategy import)', async () => {
    const { context, page } = await newPageAt(browser, PHONE);
    await signInThroughUi(page, 'management');
    const problems: string[] = [];
    for (const path of await editorPaths(page)) {
      const problem = await overflowOf(page, path);
      if (problem) problems.push(problem);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);
});

