export * from './lib/api-dashboard.module';

