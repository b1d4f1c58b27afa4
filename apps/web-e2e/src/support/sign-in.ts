import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

interface DemoUsers {
  password: string;
  users: { email: string; displayName: string; roles: string[]; regions: string[] }[];
}

/** The demo accounts `npm start` seeds (tools/seed-data/demo-users.json), one per role. */
export const DEMO = JSON.parse(readFileSync(resolve(__dirname, '../../../../tools/seed-data/demo-users.json'), 'utf8')) as DemoUsers;

export function demoUser(role: 'admin' | 'management' | 'planner' | 'board' | 'viewer'): { email: string; password: string; displayName: string } {
  const user = DEMO.users.find((u) => u.roles.includes(role));
  if (!user) throw new Error(`no demo user with role ${role}`);
  return { email: user.email, password: DEMO.password, displayName: user.displayName };
}

/** Signs in through the login page as a Finnish-speaking user would, and waits for the home page. */
export async function signInThroughUi(page: Page, role: Parameters<typeof demoUser>[0]): Promise<void> {
  const user = demoUser(role);
  await page.goto('/login');
  await page.getByLabel('Sähköposti', { exact: true }).fill(user.email);
  await page.getByLabel('Salasana', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await page.getByTestId('user-menu').waitFor();
  // The shell then moves focus into the new page (its heading once rendered, else <main>, within
  // 2 s). Wait for that, so a test that places focus next does not have it taken away.
  await page.waitForFunction(() => {
    const main = document.getElementById('main');
    const active = document.activeElement;
    return !!main && !!active && active !== document.body && (active === main || main.contains(active));
  });
}
