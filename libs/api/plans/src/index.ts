export * from './lib/plans.module';
export { RollupService } from './lib/rollup/rollup.service';
export { groupStatus } from './lib/rollup/group-status';
export type { GroupStatusCounts } from './lib/rollup/group-status';
export { PlansService } from './lib/services/plans.service';
