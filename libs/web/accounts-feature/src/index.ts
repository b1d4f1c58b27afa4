export * from './lib/accounts.routes';
export * from './lib/shared/accounts-i18n';
