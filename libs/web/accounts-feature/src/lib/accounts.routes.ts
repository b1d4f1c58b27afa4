import { Route } from '@angular/router';
import { guestGuard, roleGuard } from '@suunta/web-core';
import { provideDatepickerIntl } from '@suunta/web-ui';
import { provideAccountsTranslations } from './shared/accounts-i18n';

/** Reachable without a session: the login page, the invitation link, forgotten password and its mailed link. */
export const accountsPublicRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [guestGuard],
    providers: [provideAccountsTranslations()],
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
    title: 'Suunta',
  },
  {
    path: 'forgot-password',
    canActivate: [guestGuard],
    providers: [provideAccountsTranslations()],
    loadComponent: () => import('./forgot-password/forgot-password-page').then((m) => m.ForgotPasswordPage),
    title: 'Suunta',
  },
  {
    path: 'reset-password',
    providers: [provideAccountsTranslations()],
    data: { mode: 'reset' },
    loadComponent: () => import('./set-password/set-password-page').then((m) => m.SetPasswordPage),
    title: 'Suunta',
  },
  {
    path: 'accept-invite',
    providers: [provideAccountsTranslations()],
    data: { mode: 'accept' },
    loadComponent: () => import('./set-password/set-password-page').then((m) => m.SetPasswordPage),
    title: 'Suunta',
  },
];

/** Behind the app's authGuard: own password for everyone, users for admins, the audit trail for admin and board. */
export const accountsRoutes: Route[] = [
  {
    path: 'account/password',
    providers: [provideAccountsTranslations()],
    loadComponent: () => import('./change-password/change-password-page').then((m) => m.ChangePasswordPage),
  },
  {
    path: 'admin/users',
    canActivate: [roleGuard('admin')],
    providers: [provideAccountsTranslations()],
    loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
  },
  {
    path: 'admin/operations',
    canActivate: [roleGuard('admin')],
    providers: [provideAccountsTranslations()],
    loadComponent: () => import('./operations/operations-page').then((m) => m.OperationsPage),
  },
  {
    path: 'audit',
    canActivate: [roleGuard('admin', 'board')],
    providers: [provideAccountsTranslations(), provideDatepickerIntl()],
    loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
  },
];
