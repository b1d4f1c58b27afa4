import type { EnvironmentProviders, Provider } from '@angular/core';
import type { Route } from '@angular/router';

/**
 * A lazily loaded feature's routes: its pages as the children of one empty-path route that
 * provides what they all need (the feature's translations, the datepicker's labels), set up once
 * when the feature is first entered.
 */
export function featureRoutes(providers: Array<Provider | EnvironmentProviders>, children: Route[]): Route[] {
  return [{ path: '', providers, children }];
}
