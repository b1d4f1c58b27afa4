export * from './lib/api-error';
export * from './lib/health';
export * from './lib/organization';
export * from './lib/roles';
export * from './lib/accounts';
export * from './lib/audit';
export * from './lib/strategy';
