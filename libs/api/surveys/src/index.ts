export * from './lib/surveys.module';
