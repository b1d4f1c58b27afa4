import { Global, Module } from '@nestjs/common';
import { AccountsModule } from '@suunta/api-accounts';
import { BackupController } from './backup/backup.controller';
import { BackupScheduler } from './backup/backup-scheduler.service';
import { BackupStatusService } from './backup/backup-status.service';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { RequestMetricsHook } from './metrics/request-metrics.hook';
import { OperationsController } from './operations.controller';
import { OperationsService } from './operations.service';

/**
 * Running Suunta: backup status and the daily backup, Prometheus metrics, and the admin page's
 * `GET /api/admin/operations` (backups, mail, single sign-on, queue) with its test mail. Global, so
 * the job queue and the admin operations page can inject {@link MetricsService} and {@link BackupStatusService}.
 */
@Global()
@Module({
  imports: [AccountsModule],
  controllers: [BackupController, MetricsController, OperationsController],
  providers: [BackupStatusService, BackupScheduler, MetricsService, OperationsService, RequestMetricsHook],
  exports: [BackupStatusService, MetricsService],
})
export class OperationsModule {}
