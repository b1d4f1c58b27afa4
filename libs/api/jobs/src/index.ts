export * from './lib/jobs.module';
export * from './lib/jobs.service';
