import { Route } from '@angular/router';
import { featureRoutes } from '@suunta/web-core';
import { provideDatepickerIntl } from '@suunta/web-ui';
import { provideStrategyTranslations } from './strategy-i18n';

/**
 * The strategy area, lazily loaded by the shell under `/strategy`:
 * `/strategy` opens the default version, `/strategy/:strategyId` a version's overview,
 * `/strategy/:strategyId/focus-areas/:focusAreaId` the drill-down, `/strategy/mappings` the
 * focus-area mappings across versions, `/strategy/roles` the responsible roles and people,
 * `/strategy/import` importing a strategy document with a preview.
 */
export const STRATEGY_ROUTES: Route[] = featureRoutes([provideStrategyTranslations(), provideDatepickerIntl()], [
  { path: '', pathMatch: 'full', loadComponent: () => import('./overview/strategy-overview-page').then((m) => m.StrategyOverviewPage) },
  { path: 'mappings', loadComponent: () => import('./mappings/mappings-page').then((m) => m.MappingsPage) },
  { path: 'roles', loadComponent: () => import('./roles/roles-page').then((m) => m.RolesPage) },
  { path: 'import', loadComponent: () => import('./import/import-page').then((m) => m.StrategyImportPage) },
  { path: ':strategyId', loadComponent: () => import('./overview/strategy-overview-page').then((m) => m.StrategyOverviewPage) },
  { path: ':strategyId/focus-areas/:focusAreaId', loadComponent: () => import('./focus-area/focus-area-page').then((m) => m.FocusAreaPage) },
]);
