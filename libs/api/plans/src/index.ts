export * from './lib/plans.module';
