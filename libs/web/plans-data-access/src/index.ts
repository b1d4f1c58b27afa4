export * from './lib/plans-api.service';
export * from './lib/progress-draft.util';
export * from './lib/plan-grid.util';
export * from './lib/entry-edit.util';
export * from './lib/progress-year.util';
