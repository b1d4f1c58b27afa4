export * from './lib/surveys.module';
export * from './lib/survey-results.service';
