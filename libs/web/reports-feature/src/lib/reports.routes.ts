import { Route } from '@angular/router';
import { featureRoutes } from '@suunta/web-core';
import { provideDatepickerIntl, provideScopeTranslations } from '@suunta/web-ui';

/** The reports feature's own translations (scope `reports`), loaded lazily with the feature. */
export function provideReportsTranslations() {
  return provideScopeTranslations('reports', (lang) => import(`./i18n/${lang}.json`));
}

/** Lazy routes under `/reports`: the list per region and year, and the editor of one report. */
export const reportsRoutes: Route[] = featureRoutes([provideReportsTranslations(), provideDatepickerIntl()], [
  { path: '', loadComponent: () => import('./list/report-list-page').then((m) => m.ReportListPage) },
  { path: ':id', loadComponent: () => import('./editor/report-editor-page').then((m) => m.ReportEditorPage) },
]);
