export * from './lib/test-app';
export * from './lib/test-database';
export * from './lib/sign-in';
export * from './lib/routes';
export * from './lib/binary-body';
