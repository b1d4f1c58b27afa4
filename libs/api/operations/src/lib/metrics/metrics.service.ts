import { Injectable, Logger, Optional } from '@nestjs/common';
import { databasePool } from '@suunta/api-database';
import { JobsService } from '@suunta/api-jobs';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type BackupFileInfo, BackupStatusService, listBackups } from '../backup/backup-status.service';

/** Counts the job queue reports on each scrape: queue name → jobs waiting or being retried. */
export type JobQueueDepthSource = () => Promise<Record<string, number>> | Record<string, number>;

/**
 * The app's Prometheus registry (one per app instance, not prom-client's global one, so several
 * apps in one process — the integration tests — keep their figures apart). Values that live
 * elsewhere (pool, backup, job queue) are read at scrape time.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  /**
   * `suunta_job_queue_depth{queue}`. The job queue sets its counts with
   * `setJobQueueDepthSource(() => counts)` (read at each scrape) or `jobQueueDepth.set(...)`.
   */
  readonly jobQueueDepth: Gauge<'queue'>;
  private jobQueueSource: JobQueueDepthSource | undefined;

  constructor(dataSource: DataSource, backups: BackupStatusService, @Optional() jobs?: JobsService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'suunta_' });
    this.httpDuration = new Histogram({
      name: 'suunta_http_request_duration_seconds',
      help: 'API request durations by method, route template (e.g. /api/users/:id) and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const pool = () => databasePool(dataSource);
    const poolGauge = (name: string, help: string, read: (p: Pool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          if (p) this.set(read(p));
        },
      });
    poolGauge('suunta_db_pool_size', 'Connections the database pool holds (busy and idle)', (p) => p.totalCount);
    poolGauge('suunta_db_pool_idle', 'Idle connections in the database pool', (p) => p.idleCount);
    poolGauge('suunta_db_pool_waiting', 'Queries waiting for a free connection', (p) => p.waitingCount);
    const newestBackupGauge = (name: string, help: string, read: (newest: BackupFileInfo | undefined) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          const [newest] = await listBackups(backups.directory);
          this.set(read(newest));
        },
      });
    newestBackupGauge(
      'suunta_backup_last_age_seconds',
      'Seconds since the newest backup was taken; +Inf when there is none, so an alert on the age also fires then',
      (newest) => (newest ? (Date.now() - newest.takenAt.getTime()) / 1000 : Number.POSITIVE_INFINITY),
    );
    newestBackupGauge('suunta_backup_last_size_bytes', 'Size in bytes of the newest backup file; 0 when there is none', (newest) => (newest ? newest.bytes : 0));
    const getSource = () => this.jobQueueSource;
    const logger = new Logger('Metrics');
    this.jobQueueDepth = new Gauge({
      name: 'suunta_job_queue_depth',
      help: 'Jobs waiting or being retried, per queue',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        const source = getSource();
        if (!source) return;
        this.reset();
        try {
          for (const [queue, n] of Object.entries(await source())) this.set({ queue }, n);
        } catch (error) {
          // A queue that cannot answer must not fail the whole scrape; the series is absent meanwhile.
          logger.warn(`Job queue depth unavailable: ${(error as Error).message}`);
        }
      },
    });
    // The shared job queue (pg-boss) counts its waiting and retried jobs at each scrape.
    if (jobs) this.setJobQueueDepthSource(() => jobs.queueDepth());
  }

  setJobQueueDepthSource(source: JobQueueDepthSource): void {
    this.jobQueueSource = source;
  }
}
