export * from './lib/sotkanet-csv.util';
