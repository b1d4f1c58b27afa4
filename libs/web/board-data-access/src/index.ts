export * from './lib/board-api.service';
