import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SESSION_CHECK_PATH } from '@suunta/shared-domain';
import { AuthService } from './auth.service';

/** Requests whose 401 is an answer, not an expired session. */
const OWN_401 = [SESSION_CHECK_PATH, '/api/auth/login'];

/**
 * A 401 from the API means the session has ended (idle or absolute timeout, logout elsewhere,
 * account disabled): forget the user and go to the login page, coming back here afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !OWN_401.some((url) => req.url.startsWith(url))) {
        auth.clear();
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: { returnUrl, expired: 1 } });
      }
      return throwError(() => error);
    }),
  );
};
