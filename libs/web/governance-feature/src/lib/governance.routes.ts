import { Route } from '@angular/router';
import { featureRoutes } from '@suunta/web-core';
import { provideScopeTranslations } from '@suunta/web-ui';

/** The governance feature's own translations (scope `governance`), loaded lazily with the feature. */
export function provideGovernanceTranslations() {
  return provideScopeTranslations('governance', (lang) => import(`./i18n/${lang}.json`));
}

/** Lazy routes under `/meetings`: the minutes of the governing bodies (read, written, imported) and the network register. */
export const governanceRoutes: Route[] = featureRoutes([provideGovernanceTranslations()], [
  { path: '', loadComponent: () => import('./meetings-page').then((m) => m.MeetingsPage) },
  { path: 'new', loadComponent: () => import('./meeting-editor-page').then((m) => m.MeetingEditorPage) },
  { path: 'networks/new', loadComponent: () => import('./network-editor-page').then((m) => m.NetworkEditorPage) },
  { path: 'networks/:id', loadComponent: () => import('./network-editor-page').then((m) => m.NetworkEditorPage) },
  { path: ':id/digest', loadComponent: () => import('./meeting-digest-page').then((m) => m.MeetingDigestPage) },
  { path: ':id/edit', loadComponent: () => import('./meeting-editor-page').then((m) => m.MeetingEditorPage) },
]);
