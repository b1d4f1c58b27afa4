export * from './lib/reports-api.service';
export * from './lib/unsaved-text.store';
