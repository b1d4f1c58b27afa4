import { NotFoundException } from '@nestjs/common';
import { versionConflict } from '../errors/api-exception';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Updates one row only if its `version` is still the one the client read, and bumps it.
 * TypeORM's save() does not check @VersionColumn, so this is the one place that does:
 * 0 rows affected means either the row is gone (404) or someone else saved first (409).
 */
export async function updateWithVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  where: { id: string } & Record<string, unknown>,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<T> {
  const metadata = manager.connection.getMetadata(target);
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where(where)
    .andWhere('version = :expectedVersion', { expectedVersion })
    .execute();
  if (result.affected === 1) {
    return manager.getRepository(target).findOneByOrFail(where as never);
  }
  const exists = await manager.getRepository(target).exists({ where: where as never });
  if (!exists) {
    throw new NotFoundException(`${metadata.name} ${where.id} not found`);
  }
  throw versionConflict(`${metadata.name} ${where.id} was changed by someone else (your version ${expectedVersion} is out of date); reload and try again`, {
    version: expectedVersion,
  });
}
