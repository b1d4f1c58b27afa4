export * from './lib/plans.module';
export { RollupService } from './lib/rollup/rollup.service';
