export * from './lib/archive.routes';
