export * from './lib/board-api.service';
export * from './lib/funding-api.service';
