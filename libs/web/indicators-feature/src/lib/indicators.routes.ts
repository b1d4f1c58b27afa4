import { Route } from '@angular/router';
import { roleGuard } from '@suunta/web-core';
import { provideIndicatorTranslations } from '@suunta/web-indicators-ui';

/** Lazy routes under `/indicators`: management's page of THL Sotkanet indicators (the API refuses other roles too). */
export const indicatorsRoutes: Route[] = [
  {
    path: '',
    canActivate: [roleGuard('management', 'admin')],
    providers: [provideIndicatorTranslations()],
    loadComponent: () => import('./indicators-page').then((m) => m.IndicatorsPage),
    title: 'Suunta – THL',
  },
];
