import type { Page } from 'playwright-core';

/** The seeded records' addresses, read through the API as the signed-in user sees them. */
export async function seededPaths(page: Page): Promise<Record<string, string>> {
  const get = async <T>(url: string): Promise<T> => (await (await page.request.get(url)).json()) as T;
  const plans = await get<{ id: string; code: string | null }[]>('/api/plans');
  const reports = await get<{ id: string; year: number; regionCode: string | null }[]>('/api/annual-reports');
  const surveys = await get<{ id: string; year: number; regionCode: string | null }[] | { items: { id: string; year: number; regionCode: string | null }[] }>('/api/surveys');
  const surveyList = Array.isArray(surveys) ? surveys : surveys.items;
  const strategies = await get<{ id: string; code: string | null }[]>('/api/strategies');
  const strategy2020 = strategies.find((s) => s.code === '2020')?.id;
  const tree = await get<{ focusAreas: { id: string; code: string | null }[] }>(`/api/strategies/${strategy2020}/tree`);
  const focusArea = tree.focusAreas.find((f) => f.code === '2020-1')?.id;
  return {
    strategy: '/strategy',
    focusArea: `/strategy/${strategy2020}/focus-areas/${focusArea}`,
    mappings: '/strategy/mappings',
    plans: '/plans',
    plan: `/plans/${plans.find((p) => p.code === 'kp-2019-2020')?.id}`,
    progress: '/progress',
    logProgress: '/progress/new',
    reports: '/reports',
    report: `/reports/${reports.find((r) => r.year === 2020 && r.regionCode === 'KP')?.id}`,
    surveys: '/surveys',
    survey: `/surveys/${surveyList.find((s) => s.year === 2020 && s.regionCode === 'KP')?.id}`,
    compare: '/surveys/compare',
    board: '/board?year=2020',
    boardFocusArea: `/board/focus-areas/${focusArea}?year=2020`,
    meetings: '/meetings',
  };
}

/** The editing pages of issue 17: a new and a seeded meeting, a new and a seeded network, funding, roles and people, the strategy import. */
export async function editorPaths(page: Page): Promise<string[]> {
  const meetings = (await (await page.request.get('/api/meetings')).json()) as { id: string }[];
  const networks = (await (await page.request.get('/api/networks')).json()) as { id: string }[];
  return [
    '/meetings/new',
    ...(meetings[0] ? [`/meetings/${meetings[0].id}/edit`] : []),
    '/meetings/networks/new',
    ...(networks[0] ? [`/meetings/networks/${networks[0].id}`] : []),
    '/board/funding',
    '/strategy/roles',
    '/strategy/import',
  ];
}

