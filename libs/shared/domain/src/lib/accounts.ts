import type { LanguageCode } from './organization';
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
  /** The language of the user's e-mails (invitation, password reset). */
  language: LanguageCode;
  lastLoginAt: string | null;
  version: number;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  roles: AppRole[];
  /** Regions a planner may write to. */
  regionIds: string[];
  /** The language of the invitation mail and later mails; default fi (the web sends its UI language). */
  language?: LanguageCode;
}

export interface UpdateUserRequest {
  version: number;
  displayName?: string;
  roles?: AppRole[];
  regionIds?: string[];
  /** `false` disables the account and ends its sessions; `true` re-enables it. */
  active?: boolean;
  language?: LanguageCode;
}

/** The one-time invitation: the token is shown once, only its hash is stored. */
export interface InviteDto {
  user: UserDto;
  token: string;
  /** Path of the web page that accepts it, e.g. `/accept-invite?token=…`. */
  path: string;
  expiresAt: string;
  /** The link also went to the user by e-mail (a durable job; the admin may still pass it on by hand). */
  mailQueued: boolean;
}

/** `POST /api/auth/forgot-password`: always 202, whether or not the address has an account. */
export interface ForgotPasswordRequest {
  email: string;
}

/** `POST /api/auth/reset-password`: the token of the mailed link (valid 1 h, once) and the new password. */
export interface ResetPasswordRequest {
  token: string;
  password: string;
}

/** `PATCH /api/auth/me`: the signed-in user's own preferences. */
export interface UpdateOwnAccountRequest {
  language: LanguageCode;
}

/**
 * An organization's OpenID Connect provider as the admin sees it (`GET /api/admin/sso`).
 * The client secret is never returned: `hasClientSecret` says whether one is stored.
 */
export interface SsoProviderDto {
  enabled: boolean;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  /** E-mail domains whose users sign in through this provider, e.g. ['sonetbotnia.fi']. */
  emailDomains: string[];
  /** Create an unknown (verified) user at first sign-in, with the viewer role. Off by default. */
  justInTime: boolean;
  version: number;
}

/** `GET /api/admin/sso`: the provider (null when none is set up) and the redirect URI to register at it. */
export interface SsoSettingsDto {
  provider: SsoProviderDto | null;
  redirectUri: string;
}

/** `PUT /api/admin/sso`: omit `clientSecret` to keep the stored one; `version` is required when one exists. */
export interface SaveSsoProviderRequest {
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  emailDomains: string[];
  justInTime: boolean;
  version?: number;
}
