import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, AccessRule, API_PREFIX } from '@suunta/api-core';

export interface RouteInfo {
  /** e.g. `PATCH /api/users/:id` — the key the access matrix uses. */
  key: string;
  method: string;
  path: string;
  controller: string;
  handler: string;
  access: AccessRule | undefined;
}

export const MUTATING_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Every HTTP route of the running app, found through Nest's discovery (controllers and their
 * request-mapped methods), with the access rule the global guard will read for it.
 */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    const metatype = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
    if (!instance || !metatype) continue;
    const controllerPaths = toArray(Reflect.getMetadata(PATH_METADATA, metatype) as string | string[] | undefined);
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name] as (...args: unknown[]) => unknown;
      const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (methodPaths === undefined || requestMethod === undefined) continue;
      const access = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [handler, metatype]);
      const method = RequestMethod[requestMethod];
      for (const c of controllerPaths) {
        for (const m of toArray(methodPaths)) {
          const path = '/' + [API_PREFIX, c, m].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
          routes.push({ key: `${method} ${path}`, method, path, controller: metatype.name, handler: name, access });
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

function toArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [value];
}
