import { SetMetadata } from '@nestjs/common';
import type { AppRole } from '@suunta/shared-domain';

/**
 * Every route declares who may call it (deny by default). The accounts module's global guard
 * reads these; a test fails for any route that declares nothing.
 */
export const ACCESS_METADATA = 'suunta:access';


export type AccessRule =
  | { kind: 'public' }
  /** Any signed-in user of the organization. */
  | { kind: 'authenticated' }
  /** Signed in with at least one of these roles. */
  | { kind: 'roles'; roles: AppRole[] };

/** Reachable without a session (login, health). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);
/** Any signed-in user may read. */
export const Authenticated = () => SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule);
/** Only these roles. Region scoping for planners is checked in the service, where the region is known. */
export const RequireRoles = (...roles: AppRole[]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);
