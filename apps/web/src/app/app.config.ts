import { APP_BASE_HREF } from '@angular/common';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideEarlySignInCheck, provideSuuntaDates, provideSuuntaHttp, provideSuuntaI18n } from '@suunta/web-core';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // No <base> element: the CSP forbids it (base-uri 'none'); the app is served at the root.
    { provide: APP_BASE_HREF, useValue: '/' },
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ anchorScrolling: 'enabled', scrollPositionRestoration: 'top' })),
    // HttpClient with the API's XSRF cookie/header names and the 401 → /login interceptor.
    provideSuuntaHttp(),
    // GET /api/auth/me starts with the app, not after the first page's code has loaded.
    provideEarlySignInCheck(),
    provideAnimationsAsync(),
    ...provideSuuntaI18n(),
    // The Material datepicker in the page language, over yyyy-mm-dd values.
    provideSuuntaDates(),
  ],
};
