import { Module } from '@nestjs/common';
import { AccountsModule } from '@suunta/api-accounts';
import { OperationsController } from './operations.controller';
import { OperationsService } from './operations.service';

/**
 * `GET /api/admin/operations` and the test mail. The backup part comes from the optional
 * BACKUP_STATUS provider (see @suunta/api-core); mail and jobs from their global modules.
 */
@Module({ imports: [AccountsModule], controllers: [OperationsController], providers: [OperationsService] })
export class OperationsModule {}
