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
      { path: 'strategy', loadComponent: () => import('./pages/area-page').then((m) => m.AreaPage), data: { area: 'strategy' } },
      { path: 'plans', loadComponent: () => import('./pages/area-page').then((m) => m.AreaPage), data: { area: 'plans' } },
      { path: 'progress', loadComponent: () => import('./pages/area-page').then((m) => m.AreaPage), data: { area: 'progress' } },
      { path: 'reports', loadComponent: () => import('./pages/area-page').then((m) => m.AreaPage), data: { area: 'reports' } },
      { path: 'surveys', loadComponent: () => import('./pages/area-page').then((m) => m.AreaPage), data: { area: 'surveys' } },
      { path: 'board', loadComponent: () => import('./pages/area-page').then((m) => m.AreaPage), data: { area: 'board' } },
      ...accountsRoutes,
      { path: '**', loadComponent: () => import('./pages/not-found-page').then((m) => m.NotFoundPage) },
    ],
  },
];
