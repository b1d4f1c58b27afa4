export * from './lib/entities';
export * from './lib/services/strategy-lookup.service';
export * from './lib/services/strategy-read.service';
export * from './lib/services/criterion-catalog.service';
export * from './lib/services/strategy-tree.service';
export * from './lib/strategy.module';
export * from './lib/seeding/strategy.seeders';
export * from './lib/services/strategy-outline.service';
