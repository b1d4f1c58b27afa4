import { RequestValidationException } from '@suunta/api-core';
import type { EntityManager } from 'typeorm';

/**
 * Links a meeting item or a network to focus areas, one INSERT each under a savepoint: a focus
 * area the organization does not have (the composite foreign key refuses it) is a 400 naming
 * `focusAreaIds.<i>`, and the caller's transaction stays usable. `insert` is the link table's
 * INSERT with `$1` the organization, `$2` the owner's id and `$3` the focus area.
 */
export async function insertFocusAreaLinks(m: EntityManager, insert: string, organizationId: string, ownerId: string, focusAreaIds: readonly string[]): Promise<void> {
  for (const [i, focusAreaId] of focusAreaIds.entries()) {
    await m.query(`SAVEPOINT fa_link`);
    try {
      await m.query(insert, [organizationId, ownerId, focusAreaId]);
      await m.query(`RELEASE SAVEPOINT fa_link`);
    } catch {
      await m.query(`ROLLBACK TO SAVEPOINT fa_link`);
      throw new RequestValidationException([{ field: `focusAreaIds.${i}`, message: 'unknown focus area', code: 'invalid' }]);
    }
  }
}
