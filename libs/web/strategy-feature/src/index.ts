export * from './lib/strategy.routes';
