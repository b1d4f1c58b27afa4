import type { AppRole } from './roles';

/**
 * Cookie and header names of the session and of CSRF protection. Angular's HttpClient reads the
 * XSRF cookie and echoes it in the header on every mutating same-origin request
 * (`withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME })`).
 */
export const SESSION_COOKIE_NAME = 'suunta_session';
export const XSRF_COOKIE_NAME = 'XSRF-TOKEN';
export const XSRF_HEADER_NAME = 'X-XSRF-TOKEN';

/** The password rules the API enforces; the UI shows the same ones before sending. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export interface LoginRequest {
  email: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface AcceptInviteRequest {
  token: string;
  password: string;
}

export type UserStatus = 'invited' | 'active' | 'disabled';

/** A user account as the admin's user list shows it. Never carries the password hash. */
export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  roles: AppRole[];
  regionIds: string[];
  status: UserStatus;
  lastLoginAt: string | null;
  version: number;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  roles: AppRole[];
  /** Regions a planner may write to. */
  regionIds: string[];
}

export interface UpdateUserRequest {
  version: number;
  displayName?: string;
  roles?: AppRole[];
  regionIds?: string[];
  /** `false` disables the account and ends its sessions; `true` re-enables it. */
  active?: boolean;
}

/** The one-time invitation: the token is shown once, only its hash is stored. */
export interface InviteDto {
  user: UserDto;
  token: string;
  /** Path of the web page that accepts it, e.g. `/accept-invite?token=…`. */
  path: string;
  expiresAt: string;
}
