import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '@suunta/api-core';
import type { BackupStatus } from '@suunta/shared-domain';
import { BackupStatusService } from './backup-status.service';

@ApiTags('operations')
@Controller('admin/operations')
export class BackupController {
  constructor(private readonly status: BackupStatusService) {}

  @Get('backup')
  @RequireRoles('admin')
  @ApiOkResponse({ description: 'The newest backup file (time, size), how many are kept, and whether the daily backup runs' })
  backup(): Promise<BackupStatus> {
    return this.status.status();
  }
}
