import { domainError } from '../errors/api-exception';
import type { AppRole, SessionUser } from '@suunta/shared-domain';

/**
 * Roles whose write access spans the whole organization. Everyone else who may write
 * region-scoped data (today: planners) may do so only in the regions assigned to them.
 */
export const ORGANIZATION_WIDE_WRITE_ROLES: readonly AppRole[] = ['admin', 'management'];

/**
 * May this user change data that belongs to `regionId`? The route's `@RequireRoles` has already
 * decided that the user's role may call it at all; this adds the region: organization-wide roles
 * may, a planner only in an assigned region, board and viewer never (deny by default).
 *
 * It does not check that the region belongs to the user's organization: the database does
 * (every region reference is `(region_id, organization_id)`), and the service validates the id
 * first to answer a 4xx naming the field.
 */
export function canWriteRegion(user: SessionUser, regionId: string): boolean {
  if (user.roles.some((r) => ORGANIZATION_WIDE_WRITE_ROLES.includes(r))) {
    return true;
  }
  return user.roles.includes('planner') && user.regionIds.includes(regionId);
}

/** {@link canWriteRegion} or 403 (recorded in the audit trail as `access_denied`). */
export function assertCanWriteRegion(user: SessionUser, regionId: string): void {
  if (!canWriteRegion(user, regionId)) {
    throw domainError('region_forbidden', 403, 'You may not change data of this region');
  }
}

/**
 * The regions a user may write to, for filtering lists and pickers: `'all'` for
 * organization-wide roles, else the assigned regions (empty for board and viewer).
 */
export function writableRegionIds(user: SessionUser): 'all' | string[] {
  if (user.roles.some((r) => ORGANIZATION_WIDE_WRITE_ROLES.includes(r))) {
    return 'all';
  }
  return user.roles.includes('planner') ? [...user.regionIds] : [];
}
