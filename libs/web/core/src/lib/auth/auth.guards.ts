import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import type { AppRole } from '@suunta/shared-domain';
import { AuthService } from './auth.service';

/** Signed in, or off to the login page (and back here after signing in). */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded().catch(() => null);
  return user ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/**
 * Signed in with one of the roles; else the app's "no access" page, shown at the address the user
 * asked for (skipLocationChange), naming the roles that may and who can grant them. The API
 * refuses the same anyway.
 */
export function roleGuard(...roles: AppRole[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const user = await auth.ensureLoaded().catch(() => null);
    if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    if (user.roles.some((r) => roles.includes(r))) return true;
    return new RedirectCommand(router.createUrlTree(['/no-access'], { queryParams: { roles: roles.join(',') } }), { skipLocationChange: true });
  };
}

/** For the login page: a signed-in user goes to the home page instead. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const user = await auth.ensureLoaded().catch(() => null);
  return user ? inject(Router).createUrlTree(['/']) : true;
};

/**
 * The first segments of the pages reachable without a session (the accounts feature's
 * `accountsPublicRoutes`; its spec keeps the two in step). The shell matches them by name, so
 * opening any other page does not load the accounts feature first.
 */
export const PUBLIC_ACCOUNT_PATHS: readonly string[] = ['login', 'forgot-password', 'reset-password', 'accept-invite'];
