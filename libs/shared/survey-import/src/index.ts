export * from './lib/shared-survey-import';
