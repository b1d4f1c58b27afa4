export * from './lib/accounts.routes';
export * from './lib/user-menu/user-menu';
export * from './lib/entity-history/entity-history';
export * from './lib/shared/accounts-i18n';
