export * from './lib/api-strategy.module';

