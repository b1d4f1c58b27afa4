export * from './lib/surveys-api.service';
export * from './lib/import-draft.util';
