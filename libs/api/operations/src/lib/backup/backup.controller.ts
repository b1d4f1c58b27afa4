import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { GetRoute } from '@suunta/api-core';
import type { BackupStatus } from '@suunta/shared-domain';
import { BackupStatusService } from './backup-status.service';

@ApiTags('operations')
@Controller('admin/operations')
export class BackupController {
  constructor(private readonly status: BackupStatusService) {}

  @GetRoute('backup', { access: ['admin'], ok: 'The newest backup file (time, size), how many are kept, and whether the daily backup runs' })
  backup(): Promise<BackupStatus> {
    return this.status.status();
  }
}
