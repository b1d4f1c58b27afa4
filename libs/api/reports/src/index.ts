export * from './lib/api-reports.module';

