import { Route } from '@angular/router';
import { featureRoutes } from '@suunta/web-core';
import { provideDatepickerIntl } from '@suunta/web-ui';
import { providePlansTranslations } from './plans-i18n';

/** The plans area (`/plans`), lazily loaded by the shell. */
export const plansRoutes: Route[] = featureRoutes([providePlansTranslations(), provideDatepickerIntl()], [
  { path: '', loadComponent: () => import('./plans/plans-list-page').then((m) => m.PlansListPage) },
  { path: ':id', loadComponent: () => import('./plans/plan-page').then((m) => m.PlanPage) },
]);

/** The progress area (`/progress`): the log and the quick "log progress" form. */
export const progressRoutes: Route[] = featureRoutes([providePlansTranslations(), provideDatepickerIntl()], [
  { path: '', loadComponent: () => import('./progress/progress-log-page').then((m) => m.ProgressLogPage) },
  { path: 'new', loadComponent: () => import('./progress/log-progress-page').then((m) => m.LogProgressPage) },
]);
