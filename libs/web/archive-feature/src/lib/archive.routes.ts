import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { roleGuard } from '@suunta/web-core';

/** The archive page's own translations (scope `archive`), loaded lazily with it. */
export function provideArchiveTranslations() {
  return provideTranslocoScope({
    scope: 'archive',
    loader: {
      fi: () => import('./i18n/fi.json'),
      sv: () => import('./i18n/sv.json'),
      en: () => import('./i18n/en.json'),
    },
  });
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
