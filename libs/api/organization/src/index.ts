export * from './lib/organization.entity';
export * from './lib/organization.module';
export * from './lib/organization.service';
export * from './lib/data-revision.service';
export * from './lib/stamped-answers';
