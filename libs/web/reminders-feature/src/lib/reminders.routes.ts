import { Route } from '@angular/router';
import { roleGuard } from '@suunta/web-core';
import { provideScopeTranslations } from '@suunta/web-ui';

/** The reminders feature's own translations (scope `reminders`), loaded lazily with it. */
export function provideRemindersTranslations() {
  return provideScopeTranslations('reminders', (lang) => import(`./i18n/${lang}.json`));
}

/** Under `/reminders`, without a session: the page of the snooze/unsubscribe link in a reminder mail. */
export const remindersPublicRoutes: Route[] = [
  {
    path: 'unsubscribe',
    providers: [provideRemindersTranslations()],
    loadComponent: () => import('./unsubscribe-page').then((m) => m.UnsubscribePage),
    title: 'Suunta',
  },
];

/** Under `/admin/reminders` (admins and management): the missing-owner monitor and the reminder setting. */
export const remindersRoutes: Route[] = [
  {
    path: '',
    canActivate: [roleGuard('admin', 'management')],
    providers: [provideRemindersTranslations()],
    loadComponent: () => import('./missing-owners-page').then((m) => m.MissingOwnersPage),
  },
];
