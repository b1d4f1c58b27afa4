import { Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { BackupController } from './backup/backup.controller';
import { BackupScheduler } from './backup/backup-scheduler.service';
import { BackupStatusService } from './backup/backup-status.service';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { RequestMetricsMiddleware } from './metrics/request-metrics.middleware';

/**
 * Running Suunta: backup status and the daily backup, Prometheus metrics. Global, so the job
 * queue and the admin operations page can inject {@link MetricsService} and {@link BackupStatusService}.
 */
@Global()
@Module({
  controllers: [BackupController, MetricsController],
  providers: [BackupStatusService, BackupScheduler, MetricsService],
  exports: [BackupStatusService, MetricsService],
})
export class OperationsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestMetricsMiddleware).forRoutes({ path: '/{*path}', method: RequestMethod.ALL });
  }
}
