import { Route } from '@angular/router';
import { featureRoutes } from '@suunta/web-core';
import { provideSurveysTranslations } from './surveys-i18n';

/**
 * The surveys area, lazily loaded by the shell (`loadChildren`); each page and the chart library
 * come in their own chunks.
 */
export const surveysRoutes: Route[] = featureRoutes([provideSurveysTranslations()], [
  { path: '', loadComponent: () => import('./list/surveys-list-page').then((m) => m.SurveysListPage) },
  { path: 'import', loadComponent: () => import('./import/survey-import-page').then((m) => m.SurveyImportPage) },
  { path: 'compare', loadComponent: () => import('./compare/survey-compare-page').then((m) => m.SurveyComparePage) },
  { path: ':id', loadComponent: () => import('./detail/survey-detail-page').then((m) => m.SurveyDetailPage) },
]);
