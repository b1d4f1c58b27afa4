import type { LanguageCode } from './organization';
/** The application roles of a user account (not the strategy's responsible roles). */
export type AppRole = 'admin' | 'management' | 'planner' | 'board' | 'viewer';
export const APP_ROLES: readonly AppRole[] = ['admin', 'management', 'planner', 'board', 'viewer'];

/** The signed-in user as the API sees it on every request and the UI receives from `GET /api/auth/me`. */
export interface SessionUser {
  id: string;
  organizationId: string;
  email: string;
  displayName: string;
  roles: AppRole[];
  /** Regions a planner may write to; empty for roles that are not region-scoped. */
  regionIds: string[];
  /** The language of the user's e-mails (set on the account page). */
  language?: LanguageCode;
}
