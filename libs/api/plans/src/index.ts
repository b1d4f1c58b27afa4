export * from './lib/plans.module';
export { RollupService } from './lib/rollup/rollup.service';
export { groupStatus } from './lib/rollup/group-status';
export type { GroupStatusCounts } from './lib/rollup/group-status';
export * from './lib/read/plan-read.service';
export * from './lib/read/yearly-action-catalog.service';
export { PlanProgressReadService } from './lib/rollup/plan-progress-read.service';
export type { FocusAreaEntryRow } from './lib/rollup/plan-progress-read.service';
export { PlansService } from './lib/services/plans.service';
