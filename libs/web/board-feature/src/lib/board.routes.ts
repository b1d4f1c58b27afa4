import { Route } from '@angular/router';
import { featureRoutes, roleGuard } from '@suunta/web-core';
import { provideDatepickerIntl } from '@suunta/web-ui';
import { provideBoardTranslations } from './board-i18n';

/**
 * The board's view, lazily loaded by the shell (`loadChildren`). The filters live in the query
 * string (`?strategyId=&year=&regionId=&asOf=`) so a view can be bookmarked and shared before a meeting;
 * the charts come in their own chunk when scrolled into view.
 */
export const boardRoutes: Route[] = featureRoutes([provideBoardTranslations(), provideDatepickerIntl()], [
  { path: '', loadComponent: () => import('./board-page/board-page').then((m) => m.BoardPage) },
  { path: 'funding', canActivate: [roleGuard('management', 'admin')], loadComponent: () => import('./funding/funding-page').then((m) => m.FundingPage) },
  { path: 'focus-areas/:id', loadComponent: () => import('./focus-area-page/focus-area-page').then((m) => m.FocusAreaPage) },
]);
