import type { AppRole } from '@suunta/shared-domain';

export interface NavItem {
  path: string;
  /** The i18n key under `nav`. */
  key: string;
  icon: string;
  /** Shown only to these roles (the API refuses the others anyway); absent = everyone signed in. */
  roles?: readonly AppRole[];
}

/** The areas of the product, in the order of the yearly cycle. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/strategy', key: 'strategy', icon: 'account_tree' },
  { path: '/plans', key: 'plans', icon: 'event_note' },
  { path: '/progress', key: 'progress', icon: 'trending_up' },
  { path: '/reports', key: 'reports', icon: 'description' },
  { path: '/surveys', key: 'surveys', icon: 'poll' },
  { path: '/board', key: 'board', icon: 'dashboard' },
  { path: '/meetings', key: 'meetings', icon: 'groups' },
];

/** Administration, below the areas: users and Ylläpito (operations) for admins, the audit trail for admins and the board. */
export const ADMIN_NAV_ITEMS: readonly NavItem[] = [
  { path: '/indicators', key: 'indicators', icon: 'insights', roles: ['management', 'admin'] },
  { path: '/admin/users', key: 'users', icon: 'manage_accounts', roles: ['admin'] },
  { path: '/admin/operations', key: 'operations', icon: 'settings', roles: ['admin'] },
  { path: '/admin/reminders', key: 'reminders', icon: 'notifications', roles: ['admin', 'management'] },
  { path: '/admin/archive', key: 'archive', icon: 'archive', roles: ['admin', 'management'] },
  { path: '/audit', key: 'audit', icon: 'history', roles: ['admin', 'board'] },
];
