import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { AppRole, LoginRequest, SessionUser } from '@suunta/shared-domain';
import { SESSION_CHECK_PATH } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** Roles that write in every region; planners only in their own (mirrors the API's `canWriteRegion`). */
const ORGANIZATION_WIDE_WRITE_ROLES: readonly AppRole[] = ['admin', 'management'];

/**
 * Who is signed in. `me()` is `undefined` until the first `GET /api/auth/me` has answered, then
 * the user or `null`. The UI hides what the user may not do with `hasRole()` /
 * `canWriteRegion()`; the API enforces the same rules whatever the UI shows.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly state = signal<SessionUser | null | undefined>(undefined);
  private loading?: Promise<SessionUser | null>;

  readonly me = this.state.asReadonly();
  readonly signedIn = computed(() => !!this.state());

  /** The signed-in user, asking the API once (later calls reuse the answer). */
  ensureLoaded(): Promise<SessionUser | null> {
    const known = this.state();
    if (known !== undefined) return Promise.resolve(known);
    return (this.loading ??= this.fetchMe().finally(() => (this.loading = undefined)));
  }

  async login(credentials: LoginRequest): Promise<SessionUser> {
    const user = await firstValueFrom(this.http.post<SessionUser>('/api/auth/login', credentials));
    this.state.set(user);
    return user;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', {}));
    } finally {
      this.state.set(null);
    }
  }

  /** The session ended (a 401 from the API): forget the user. */
  clear(): void {
    this.state.set(null);
  }

  /** True when the user has at least one of the roles. */
  hasRole(...roles: AppRole[]): boolean {
    return this.state()?.roles.some((r) => roles.includes(r)) ?? false;
  }

  /** May the user change data of this region? Admin and management everywhere, a planner in assigned regions. */
  canWriteRegion(regionId: string): boolean {
    const user = this.state();
    if (!user) return false;
    if (user.roles.some((r) => ORGANIZATION_WIDE_WRITE_ROLES.includes(r))) return true;
    return user.roles.includes('planner') && user.regionIds.includes(regionId);
  }

  private async fetchMe(): Promise<SessionUser | null> {
    try {
      const user = await firstValueFrom(this.http.get<SessionUser>(SESSION_CHECK_PATH));
      this.state.set(user);
      return user;
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.state.set(null);
        return null;
      }
      throw error;
    }
  }
}
