import { Route } from '@angular/router';
import { accountsPublicRoutes, accountsRoutes } from '@suunta/web-accounts-feature';
import { authGuard } from '@suunta/web-core';

/**
 * The route table: each area is a lazily loaded feature. Areas not built yet show a calm
 * "coming" page so the navigation is complete from day one. Everything but the login and
 * invitation pages needs a session (authGuard); the API enforces the same.
 */
export const appRoutes: Route[] = [
  ...accountsPublicRoutes,
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
      ...accountsRoutes,
      { path: '**', loadComponent: () => import('./pages/not-found-page').then((m) => m.NotFoundPage) },
    ],
  },
];
