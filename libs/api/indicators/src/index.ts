export * from './lib/indicators.module';
export * from './lib/indicators.service';
export * from './lib/sotkanet.client';
export * from './lib/sotkanet-csv.util';
