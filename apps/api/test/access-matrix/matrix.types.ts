import type { SignedInAgent, TestApp, TestOrganization, XsrfAgent } from '@suunta/api-testing';

/**
 * Who calls. Region-scoped rows target Keski-Pohjanmaa (KP) data: `planner_KP` is assigned to
 * it, `planner_PO` only to Pohjanmaa (so expect 403 for them where the region matters).
 */
export const PRINCIPALS = ['anonymous', 'admin', 'management', 'planner_KP', 'planner_PO', 'board', 'viewer'] as const;
export type Principal = (typeof PRINCIPALS)[number];

export interface MatrixContext {
  t: TestApp;
  /** Organization id and region ids by code (EP, KP, PO). */
  org: TestOrganization;
  /** A long-lived signed-in agent per role, for building fixtures (e.g. `ctx.as('management').post(...)`). */
  as(principal: Exclude<Principal, 'anonymous'>): SignedInAgent;
}

export interface MatrixRequest {
  /** The concrete URL, e.g. `/api/users/5f0c…`. */
  path: string;
  body?: unknown;
}

export interface MatrixRow {
  /** Exactly as the route enumeration names it: `METHOD /api/path/:param`. */
  route: string;
  /**
   * Builds the request for one principal; called once per principal, so create a fresh fixture
   * here when the request consumes it (an update bumps the version, a delete removes the row).
   * `agent` is the one that will send it (its `password`, when signed in, is known).
   */
  request(ctx: MatrixContext, principal: Principal, agent: XsrfAgent | SignedInAgent): Promise<MatrixRequest>;
  /** The expected status for every principal (2xx where allowed, 401 anonymous, 403 refused). */
  expect: Record<Principal, number>;
  /** Sign each principal in afresh for this row: for routes that end or change the session. */
  freshSession?: boolean;
}

/** Shorthand: `allow(['admin'], 201)` → admin 201, other signed-in principals 403, anonymous 401. */
export function allow(principals: Exclude<Principal, 'anonymous'>[], status: number): Record<Principal, number> {
  return Object.fromEntries(
    PRINCIPALS.map((p) => [p, p === 'anonymous' ? 401 : principals.includes(p) ? status : 403]),
  ) as Record<Principal, number>;
}

/** Every principal, anonymous included, gets `status` (public routes). */
export function everyone(status: number): Record<Principal, number> {
  return Object.fromEntries(PRINCIPALS.map((p) => [p, status])) as Record<Principal, number>;
}
