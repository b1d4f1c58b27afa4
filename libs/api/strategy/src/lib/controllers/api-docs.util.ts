import { HttpStatus } from '@nestjs/common';
import type { RouteSpec } from '@suunta/api-core';
import { ErrorResponse } from '../dto/responses.dto';

/** The strategy's routes document every error answer with its body, ErrorResponse. */
const error = (description: string) => ({ description, type: ErrorResponse });

/** What a strategy route adds to its access rule and standard answers: a conflict is named by its description. */
type StrategyRouteSpec = Omit<RouteSpec, 'access' | 'conflict'> & { conflict?: string };

const NOT_SIGNED_IN = error('Not signed in');
const NOT_FOUND = error('Unknown id, or one of another organization');

/** Reading the strategy: any signed-in user of the organization. */
export const read = (spec: StrategyRouteSpec = {}): RouteSpec => ({ access: 'authenticated', unauthorized: NOT_SIGNED_IN, notFound: NOT_FOUND, ...spec });

/** Writing the strategy: the management group's users and admins. */
export const write = ({ conflict, ...spec }: StrategyRouteSpec = {}): RouteSpec => ({
  access: ['management', 'admin'],
  unauthorized: NOT_SIGNED_IN,
  forbidden: error('Only management and admin may change the strategy'),
  badRequest: error('Invalid body: unknown fields, wrong types, too long texts; `errors` lists each field by its path'),
  notFound: NOT_FOUND,
  ...spec,
  ...(conflict !== undefined && { conflict: error(conflict) }),
});

export const STALE_OR_READ_ONLY =
  'The `version` is stale (someone saved first; nothing was changed), or the strategy is approved/archived and therefore read-only';

/** A strategy write that answers 204 with no body: `done` says what happened (deleted, reordered…). */
export const writeNoContent = (done: string, spec: StrategyRouteSpec = {}): RouteSpec => write({ status: HttpStatus.NO_CONTENT, ok: done, ...spec });
