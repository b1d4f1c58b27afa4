export * from './lib/governance.routes';
