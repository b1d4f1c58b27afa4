import type { BackupStatus } from '@suunta/shared-domain';

/**
 * Optional provider of the backup part of `GET /api/admin/operations`: the backup module binds
 * it (`{ provide: BACKUP_STATUS, useExisting: BackupStatusService }`, exported from a global
 * module or imported where the operations module can see it). Without it the answer reports
 * no backup (nulls), never invented figures.
 */
export const BACKUP_STATUS = Symbol('BACKUP_STATUS');

export interface BackupStatusProvider {
  status(): Promise<BackupStatus>;
}
