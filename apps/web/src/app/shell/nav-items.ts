/** The areas of the product, in the order of the yearly cycle. `key` is the i18n key under `nav`. */
export const NAV_ITEMS = [
  { path: '/strategy', key: 'strategy', icon: 'account_tree' },
  { path: '/plans', key: 'plans', icon: 'event_note' },
  { path: '/progress', key: 'progress', icon: 'trending_up' },
  { path: '/reports', key: 'reports', icon: 'description' },
  { path: '/surveys', key: 'surveys', icon: 'poll' },
  { path: '/board', key: 'board', icon: 'dashboard' },
  { path: '/meetings', key: 'meetings', icon: 'groups' },
] as const;
