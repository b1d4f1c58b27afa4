export * from './lib/api-surveys.module';

