export * from './lib/operations.module';
