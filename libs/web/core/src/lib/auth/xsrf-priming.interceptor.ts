import { HttpBackend, HttpEventType, HttpInterceptorFn, HttpRequest, HttpXsrfTokenExtractor } from '@angular/common/http';
import { inject } from '@angular/core';
import { XSRF_HEADER_NAME } from '@suunta/shared-domain';
import { catchError, defaultIfEmpty, EMPTY, filter, last, switchMap } from 'rxjs';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A page opened straight from a link (the invitation, a password reset) may send its first
 * POST before any API answer has set the `XSRF-TOKEN` cookie, and the API then refuses it (403).
 * When a mutating API request would go out without the header, this asks the API once for a
 * token (any answer sets the cookie) and sends the request with it.
 */
export const xsrfPrimingInterceptor: HttpInterceptorFn = (req, next) => {
  if (SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/') || req.headers.has(XSRF_HEADER_NAME)) {
    return next(req);
  }
  const tokens = inject(HttpXsrfTokenExtractor);
  // The backend, not HttpClient: no interceptors (and no 401 redirect) for this priming request.
  return inject(HttpBackend)
    .handle(new HttpRequest('GET', '/api/health'))
    .pipe(
      filter((event) => event.type === HttpEventType.Response),
      catchError(() => EMPTY),
      defaultIfEmpty(null),
      last(),
      switchMap(() => {
        const token = tokens.getToken();
        return next(token ? req.clone({ setHeaders: { [XSRF_HEADER_NAME]: token } }) : req);
      }),
    );
};
