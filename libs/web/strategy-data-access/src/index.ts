export * from './lib/strategy-api.service';
export * from './lib/strategy.store';
export * from './lib/strategy-tree.util';
