import type { Route } from '@angular/router';
import { preloadRouteCode } from './preload-route-code';

/** A route table shaped like the app's: a public group behind canMatch, an authenticated shell, lazy features. */
function table() {
  const loaded: string[] = [];
  const component = (name: string) => () => {
    loaded.push(name);
    return Promise.resolve(class {});
  };
  const children = (name: string, routes: Route[]) => () => {
    loaded.push(name);
    return Promise.resolve(routes);
  };
  const boardRoutes: Route[] = [
    {
      path: '',
      providers: [],
      children: [
        { path: '', loadComponent: component('board-page') },
        { path: 'funding', loadComponent: component('funding-page') },
        { path: 'focus-areas/:id', loadComponent: component('focus-area-page') },
      ],
    },
  ];
  const routes: Route[] = [
    { path: '', canMatch: [() => true], loadChildren: children('public-accounts', [{ path: 'login', loadComponent: component('login-page') }]) },
    {
      path: '',
      canActivateChild: [() => true],
      children: [
        { path: '', pathMatch: 'full', loadComponent: component('home-page') },
        { path: 'board', loadChildren: children('board-routes', boardRoutes) },
        { path: 'admin/archive', loadChildren: children('archive-routes', [{ path: '', loadComponent: component('archive-page') }]) },
        { path: '', loadChildren: children('accounts-routes', [{ path: 'profile', loadComponent: component('profile-page') }]) },
        { path: '**', loadComponent: component('not-found-page') },
      ],
    },
  ];
  return { routes, loaded };
}

describe('preloadRouteCode', () => {
  it('loads the board feature and then the board page, nothing else', async () => {
    const { routes, loaded } = table();
    await preloadRouteCode(routes, '/board?year=2024');
    expect(loaded).toEqual(['board-routes', 'board-page']);
  });

  it('follows parameters and paths of two segments', async () => {
    const a = table();
    await preloadRouteCode(a.routes, '/board/focus-areas/4f1c');
    expect(a.loaded).toEqual(['board-routes', 'focus-area-page']);
    const b = table();
    await preloadRouteCode(b.routes, '/admin/archive');
    expect(b.loaded).toEqual(['archive-routes', 'archive-page']);
  });

  it('loads the home page for the root only', async () => {
    const { routes, loaded } = table();
    await preloadRouteCode(routes, '/');
    expect(loaded).toEqual(['home-page']);
  });

  it('tries the next empty-path group when one matches nothing, as the router does', async () => {
    const { routes, loaded } = table();
    await preloadRouteCode(routes, '/profile');
    expect(loaded).toEqual(['accounts-routes', 'profile-page']);
  });

  it('leaves routes behind canMatch and the wildcard to the router', async () => {
    const a = table();
    await preloadRouteCode(a.routes, '/login');
    expect(a.loaded).not.toContain('public-accounts');
    expect(a.loaded).not.toContain('not-found-page');
    const b = table();
    await preloadRouteCode(b.routes, '/board/no/such/page');
    expect(b.loaded).toEqual(['board-routes']);
  });

  it('never fails: a chunk that does not load is left for the router to report', async () => {
    const routes: Route[] = [{ path: 'board', loadChildren: () => Promise.reject(new Error('offline')) }];
    await expect(preloadRouteCode(routes, '/board')).resolves.toBeUndefined();
    await expect(preloadRouteCode(routes, '/board/%E0%A4%A')).resolves.toBeUndefined();
  });
});
