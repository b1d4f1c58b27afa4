import { bootstrapApplication } from '@angular/platform-browser';
import { preloadRouteCode } from '@suunta/web-core';
import { appConfig } from './app/app.config';
import { appRoutes } from './app/app.routes';
import { App } from './app/app';

// The page being opened starts loading its code now, in parallel with the app's start.
void preloadRouteCode(appRoutes, location.pathname);

bootstrapApplication(App, appConfig).catch((err) =>
  console.error(err)
);
