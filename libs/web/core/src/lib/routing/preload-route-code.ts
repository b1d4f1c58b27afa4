import type { Route } from '@angular/router';

/**
 * Starts loading the code of the page at `path` (its lazy routes and component, level by level)
 * while the application is still starting, instead of after it: the router would ask for the
 * first chunk only once the app has booted and for the page's own chunk only once that has
 * arrived. The modules are the ones the router imports later; the browser loads each once, so the
 * router then finds them ready (issue 16: the board's chunks started 400–600 ms after the page).
 *
 * Follows the route table the way the router matches it, for static paths and `:params`. Routes
 * behind `canMatch` are skipped (their conditions need the running app) and so is `**`. It only
 * loads code: guards still decide, and a failure is left for the router to report.
 */
export async function preloadRouteCode(routes: Route[], path: string): Promise<void> {
  try {
    const segments = path.split(/[?#]/)[0].split('/').filter(Boolean).map(decodeURIComponent);
    await preloadMatch(routes, segments);
  } catch {
    // a malformed address or a chunk that did not load: the router meets it again and reports it
  }
}

async function preloadMatch(routes: Route[], segments: string[]): Promise<boolean> {
  for (const route of routes) {
    if (route.canMatch?.length || route.path === undefined || route.path === '**' || route.matcher) continue;
    const own = route.path.split('/').filter(Boolean);
    if (!matches(own, segments)) continue;
    const rest = segments.slice(own.length);
    if (route.pathMatch === 'full' && rest.length > 0) continue;
    if (route.loadComponent) {
      if (rest.length > 0) continue;
      void route.loadComponent();
      return true;
    }
    const children = route.children ?? (route.loadChildren ? await loadedRoutes(route) : undefined);
    if (children) {
      if (await preloadMatch(children, rest)) return true;
      // an empty-path group that matched nothing lets the router try the next route
      if (own.length === 0) continue;
      return true;
    }
    if (rest.length === 0) return true;
  }
  return false;
}

function matches(own: string[], segments: string[]): boolean {
  return own.length <= segments.length && own.every((part, i) => part.startsWith(':') || part === segments[i]);
}

async function loadedRoutes(route: Route): Promise<Route[] | undefined> {
  const loaded: unknown = await route.loadChildren?.();
  return Array.isArray(loaded) ? (loaded as Route[]) : undefined;
}
