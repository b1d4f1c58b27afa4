import { applyDecorators, Delete, Get, HttpCode, HttpStatus, Patch, Post, Put, type Type } from '@nestjs/common';
import { ApiOperation, ApiResponse, type ApiResponseNoStatusOptions } from '@nestjs/swagger';
import type { AppRole } from '@suunta/shared-domain';
import { Authenticated, Public, RequireRoles } from '../access/access.decorators';

/** Who may call a route (see access.decorators): anyone, anyone signed in, or only these roles. */
export type RouteAccess = 'public' | 'authenticated' | readonly AppRole[];

/** An OpenAPI answer: its description, its body's type (`[Type]` for a list), or its options (type, description…). */
export type RouteResponse = string | Type<unknown> | [Type<unknown>] | ApiResponseNoStatusOptions;

/**
 * What a route declares besides its verb and path: who may call it, its success status when it is
 * not the verb's default, and its OpenAPI text. Only the answers named here are documented (as
 * with the single `@Api…Response` decorators, naming none leaves the default one).
 */
export interface RouteSpec {
  /** Leave out only where the controller class declares the rule for all its routes. */
  access?: RouteAccess;
  /** A success status other than the verb's default (201 for POST, 200 otherwise): sets `@HttpCode` and is the status `ok` documents. */
  status?: HttpStatus;
  /** `@ApiOperation` summary and description. */
  summary?: string;
  description?: string;
  /** The success answer (documented with `status`, else the verb's default status). */
  ok?: RouteResponse;
  badRequest?: RouteResponse;
  unauthorized?: RouteResponse;
  forbidden?: RouteResponse;
  notFound?: RouteResponse;
  conflict?: RouteResponse;
  unprocessable?: RouteResponse;
}

/** The usual `conflict` of an optimistic-lock update or delete. */
export const STALE_VERSION = 'Changed since it was read (stale version)';

type Verb = typeof Get;

const ERROR_STATUS = {
  badRequest: HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  notFound: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
} as const satisfies Partial<Record<keyof RouteSpec, HttpStatus>>;

function accessRule(access: RouteAccess): MethodDecorator & ClassDecorator {
  if (access === 'public') return Public();
  if (access === 'authenticated') return Authenticated();
  return RequireRoles(...access);
}

function response(status: HttpStatus, answer: RouteResponse): MethodDecorator & ClassDecorator {
  if (typeof answer === 'string') return ApiResponse({ status, description: answer });
  if (typeof answer === 'function' || Array.isArray(answer)) return ApiResponse({ status, type: answer });
  return ApiResponse({ status, ...answer });
}

function route(verb: Verb, defaultStatus: HttpStatus) {
  function decorate(spec: RouteSpec): MethodDecorator;
  function decorate(path: string, spec: RouteSpec): MethodDecorator;
  function decorate(pathOrSpec: string | RouteSpec, maybeSpec?: RouteSpec): MethodDecorator {
    const [path, spec] = typeof pathOrSpec === 'string' ? [pathOrSpec, maybeSpec ?? {}] : [undefined, pathOrSpec];
    const decorators: Array<MethodDecorator | ClassDecorator> = [];
    if (spec.access) decorators.push(accessRule(spec.access));
    if (spec.status !== undefined) decorators.push(HttpCode(spec.status));
    if (spec.summary !== undefined || spec.description !== undefined) {
      decorators.push(ApiOperation({ summary: spec.summary, description: spec.description }));
    }
    if (spec.ok !== undefined) decorators.push(response(spec.status ?? defaultStatus, spec.ok));
    for (const [key, status] of Object.entries(ERROR_STATUS) as Array<[keyof typeof ERROR_STATUS, HttpStatus]>) {
      const answer = spec[key];
      if (answer !== undefined) decorators.push(response(status, answer));
    }
    return applyDecorators(verb(path), ...decorators);
  }
  return decorate;
}

/**
 * One decorator per route: the verb and path, the access rule, the status and the OpenAPI text,
 * e.g. `@PatchRoute(':id', { access: ['admin'], summary: 'Change it', ok: 'ThingDto', conflict: 'Stale version' })`.
 * Route-specific extras (`@ApiProduces`, `@ApiBody`, `@Header`…) stay beside it.
 */
export const GetRoute = route(Get, HttpStatus.OK);
export const PostRoute = route(Post, HttpStatus.CREATED);
export const PutRoute = route(Put, HttpStatus.OK);
export const PatchRoute = route(Patch, HttpStatus.OK);
export const DeleteRoute = route(Delete, HttpStatus.OK);
