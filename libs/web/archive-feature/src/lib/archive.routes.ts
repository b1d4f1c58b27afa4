import { Route } from '@angular/router';
import { roleGuard } from '@suunta/web-core';
import { provideScopeTranslations } from '@suunta/web-ui';

/** The archive page's own translations (scope `archive`), loaded lazily with it. */
export function provideArchiveTranslations() {
  return provideScopeTranslations('archive', (lang) => import(`./i18n/${lang}.json`));
}

/** Under `/admin/archive`: export (admins and management) and import (admins) of whole strategies. */
export const archiveRoutes: Route[] = [
  {
    path: '',
    canActivate: [roleGuard('admin', 'management')],
    providers: [provideArchiveTranslations()],
    loadComponent: () => import('./archive-page').then((m) => m.ArchivePage),
    title: 'Suunta – Arkisto',
  },
];
