import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '@suunta/shared-domain';
import { authInterceptor } from './auth.interceptor';
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
