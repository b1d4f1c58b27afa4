export * from './lib/board.routes';
export * from './lib/board-view.util';
