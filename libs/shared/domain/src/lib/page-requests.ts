/**
 * What the web app asks the API for as a page starts, named once for both sides: the browser
 * makes these requests, and the API's web server names them in the page's HTML
 * (`<link rel="preload" as="fetch">`), so that they go out with the HTML instead of after the
 * app's code has loaded, started and routed (issue 16: the board drawn on a first visit). A
 * request the app then makes with the same address takes the preloaded answer.
 */

/** The session check every page starts with (`GET`; 401 when no one is signed in). */
export const SESSION_CHECK_PATH = '/api/auth/me';

/** The web app's board page (the board and the steering groups' status view). */
export const BOARD_PAGE_PATH = '/board';

/** The filters of the board page; every field optional (the API picks the defaults). */
export interface BoardFilters {
  strategyId?: string | null;
  year?: number | null;
  regionId?: string | null;
  /** Judge the figures as of this day (`YYYY-MM-DD`): what was true then (default: today). */
  asOf?: string | null;
}

/** A day as the API takes it (`YYYY-MM-DD`), or null for anything else in the address. */
export function asOfParam(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = new Date(`${value}T00:00:00Z`);
  // a day that does not exist (2020-02-30) rolls over to another: refused
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value ? value : null;
}

/** The filters in the board's address (`?strategyId=&year=&regionId=&asOf=`); what is missing or malformed is left to the API's defaults. */
export function boardFiltersFrom(query: { get(name: string): string | null }): BoardFilters {
  const year = Number(query.get('year'));
  return {
    strategyId: query.get('strategyId'),
    year: Number.isInteger(year) && year > 0 ? year : null,
    regionId: query.get('regionId'),
    asOf: asOfParam(query.get('asOf')),
  };
}

/** Query parameters for the filters, leaving out what is not set (so the API's defaults apply). */
export function boardParams(filters: BoardFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.strategyId) params['strategyId'] = filters.strategyId;
  if (filters.year) params['year'] = String(filters.year);
  if (filters.regionId) params['regionId'] = filters.regionId;
  if (filters.asOf) params['asOf'] = filters.asOf;
  return params;
}

/** The board page's own request (`GET /api/dashboard?…`) for these filters, exactly as the page makes it. */
export function dashboardRequestPath(filters: BoardFilters): string {
  const query = new URLSearchParams(boardParams(filters)).toString();
  return query ? `/api/dashboard?${query}` : '/api/dashboard';
}

/**
 * The API requests the page at `pathname` (with its `query`) makes first: the session check on
 * every page, and for a signed-in reader of the board, the board's figures. `signedIn` is what the
 * server can tell from the request (a session cookie): an anonymous visitor is sent to the login
 * page, and a preloaded answer nobody takes would only cost the server work and the browser a
 * warning.
 */
export function pageStartRequests(pathname: string, query: { get(name: string): string | null }, signedIn: boolean): string[] {
  const requests = [SESSION_CHECK_PATH];
  const page = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (signedIn && page === BOARD_PAGE_PATH) requests.push(dashboardRequestPath(boardFiltersFrom(query)));
  return requests;
}
