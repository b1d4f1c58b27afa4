// A second entry point with the toolbar's account menu alone: the shell loads it on every page,
// and through the library's main entry it would bring the whole feature (routes, audit tables,
// entity history) into each first visit (issue 16: the board's first visit).
export { UserMenu } from './lib/user-menu/user-menu';
