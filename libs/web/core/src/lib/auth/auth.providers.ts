import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '@suunta/shared-domain';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { xsrfPrimingInterceptor } from './xsrf-priming.interceptor';

/**
 * HttpClient as the API expects it: Angular echoes the API's `XSRF-TOKEN` cookie in the
 * `X-XSRF-TOKEN` header on every mutating same-origin request (the API checks it; without a cookie
 * yet, `xsrfPrimingInterceptor` fetches one first), and a 401 sends the user to the login page.
 */
export function provideSuuntaHttp() {
  return provideHttpClient(
    withFetch(),
    withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }),
    withInterceptors([xsrfPrimingInterceptor, authInterceptor]),
  );
}

/**
 * Asks the API who is signed in as soon as the app starts, without holding the start up: the
 * answer is on its way while the router loads the first page's code, so the guard that needs it
 * (`authGuard`, through `AuthService.ensureLoaded`, which reuses the request in flight) waits less.
 * Measured as the board's first chart (`npm run bench`, issue 16). A failure here is only a
 * head start lost: the guard asks again.
 */
export function provideEarlySignInCheck(): EnvironmentProviders {
  return provideAppInitializer(() => {
    inject(AuthService)
      .ensureLoaded()
      .catch(() => undefined);
  });
}
