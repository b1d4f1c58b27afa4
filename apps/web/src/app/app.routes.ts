import { Route, UrlSegment } from '@angular/router';
import { authGuard, PUBLIC_ACCOUNT_PATHS } from '@suunta/web-core';

/**
 * The route table: each area is a lazily loaded feature. Everything but the login and
 * invitation pages needs a session (authGuard); the API enforces the same.
 * The accounts routes come in through empty-path `loadChildren`, so nothing of the accounts
 * feature — nor the Material modules of its user menu, deferred in app.ts — weighs on the initial
 * bundle; the public ones are loaded only for their own paths (`PUBLIC_ACCOUNT_PATHS`).
 */
export const appRoutes: Route[] = [
  {
    path: '',
    // Only for the public accounts pages, matched by name: any other page (the board, say) would
    // otherwise wait for the accounts feature's code before its own. Not for "/" either: an
    // empty-path group whose children match nothing would match "/" itself (an empty page).
    canMatch: [(_route: Route, segments: UrlSegment[]) => segments.length > 0 && PUBLIC_ACCOUNT_PATHS.includes(segments[0].path)],
    loadChildren: () => import('@suunta/web-accounts-feature').then((m) => m.accountsPublicRoutes),
  },
  // The snooze/unsubscribe link of a reminder mail: no session needed.
  { path: 'reminders', loadChildren: () => import('@suunta/web-reminders-feature').then((m) => m.remindersPublicRoutes) },
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./pages/home-page').then((m) => m.HomePage), title: 'Suunta' },
      { path: 'strategy', loadChildren: () => import('@suunta/web-strategy-feature').then((m) => m.STRATEGY_ROUTES) },
      { path: 'plans', loadChildren: () => import('@suunta/web-plans-feature').then((m) => m.plansRoutes) },
      { path: 'progress', loadChildren: () => import('@suunta/web-plans-feature').then((m) => m.progressRoutes) },
      { path: 'reports', loadChildren: () => import('@suunta/web-reports-feature').then((m) => m.reportsRoutes) },
      { path: 'surveys', loadChildren: () => import('@suunta/web-surveys-feature').then((m) => m.surveysRoutes) },
      { path: 'board', loadChildren: () => import('@suunta/web-board-feature').then((m) => m.boardRoutes) },
      { path: 'meetings', loadChildren: () => import('@suunta/web-governance-feature').then((m) => m.governanceRoutes) },
      { path: 'admin/reminders', loadChildren: () => import('@suunta/web-reminders-feature').then((m) => m.remindersRoutes) },
      { path: 'admin/archive', loadChildren: () => import('@suunta/web-archive-feature').then((m) => m.archiveRoutes) },
      { path: 'indicators', loadChildren: () => import('@suunta/web-indicators-feature').then((m) => m.indicatorsRoutes) },
      { path: '', loadChildren: () => import('@suunta/web-accounts-feature').then((m) => m.accountsRoutes) },
      // Where role guards send a user without the role (the address bar keeps the page asked for).
      { path: 'no-access', loadComponent: () => import('./pages/no-access-page').then((m) => m.NoAccessPage) },
      { path: '**', loadComponent: () => import('./pages/not-found-page').then((m) => m.NotFoundPage) },
    ],
  },
];
