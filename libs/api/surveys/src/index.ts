export * from './lib/surveys.module';
export * from './lib/survey-results.service';
export * from './lib/survey-scores-read.service';
export * from './lib/survey-archive.service';
