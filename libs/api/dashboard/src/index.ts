export * from './lib/dashboard.module';
export * from './lib/dashboard.service';
export * from './lib/strategy-map/strategy-map.service';
