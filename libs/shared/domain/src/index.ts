export * from './lib/api-error';
export * from './lib/health';
export * from './lib/organization';
export * from './lib/roles';
