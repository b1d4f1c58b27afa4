export * from './lib/accounts.routes';
export * from './lib/entity-history/entity-history';
export * from './lib/shared/accounts-i18n';
