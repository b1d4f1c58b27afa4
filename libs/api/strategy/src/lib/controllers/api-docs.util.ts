import { applyDecorators, HttpCode, HttpStatus } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Authenticated, RequireRoles } from '@suunta/api-core';
import { ErrorResponse } from '../dto/responses.dto';

/** Reading the strategy: any signed-in user of the organization. */
export const ReadAccess = () =>
  applyDecorators(Authenticated(), ApiUnauthorizedResponse({ description: 'Not signed in', type: ErrorResponse }), ApiNotFound());

/** Writing the strategy: the management group's users and admins. */
export const WriteAccess = () =>
  applyDecorators(
    RequireRoles('management', 'admin'),
    ApiUnauthorizedResponse({ description: 'Not signed in', type: ErrorResponse }),
    ApiForbiddenResponse({ description: 'Only management and admin may change the strategy', type: ErrorResponse }),
    ApiBadRequestResponse({
      description: 'Invalid body: unknown fields, wrong types, too long texts; `errors` lists each field by its path',
      type: ErrorResponse,
    }),
    ApiNotFound(),
  );

export const ApiNotFound = () =>
  ApiNotFoundResponse({ description: 'Unknown id, or one of another organization', type: ErrorResponse });

export const ApiConflict = (description: string) => ApiConflictResponse({ description, type: ErrorResponse });

export const STALE_OR_READ_ONLY =
  'The `version` is stale (someone saved first; nothing was changed), or the strategy is approved/archived and therefore read-only';

export const NoContent = (description: string) => applyDecorators(HttpCode(HttpStatus.NO_CONTENT), ApiNoContentResponse({ description }));
