import { inject } from '@angular/core';
import { ActivatedRouteSnapshot, Route } from '@angular/router';
import { BoardApi, boardFiltersFrom } from '@suunta/web-board-data-access';
import { featureRoutes, roleGuard } from '@suunta/web-core';
import { provideDatepickerIntl } from '@suunta/web-ui';
import { provideBoardTranslations } from './board-i18n';

/**
 * Lets the board's request go out as the route is entered, while the page's code is still loading
 * (`BoardApi.prefetchDashboard`; the page takes the answer over). Never blocks the route.
 */
function startBoardRequest(route: ActivatedRouteSnapshot): true {
  inject(BoardApi).prefetchDashboard(boardFiltersFrom(route.queryParamMap));
  return true;
}

/**
 * The board's view, lazily loaded by the shell (`loadChildren`). The filters live in the query
 * string (`?strategyId=&year=&regionId=&asOf=`) so a view can be bookmarked and shared before a meeting;
 * the charts come in their own chunk when scrolled into view.
 */
export const boardRoutes: Route[] = featureRoutes([provideBoardTranslations(), provideDatepickerIntl()], [
  { path: '', canActivate: [startBoardRequest], loadComponent: () => import('./board-page/board-page').then((m) => m.BoardPage) },
  { path: 'funding', canActivate: [roleGuard('management', 'admin')], loadComponent: () => import('./funding/funding-page').then((m) => m.FundingPage) },
  { path: 'focus-areas/:id', loadComponent: () => import('./focus-area-page/focus-area-page').then((m) => m.FocusAreaPage) },
]);
