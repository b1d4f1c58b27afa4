import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Environment } from '@suunta/api-core';
import type { JobQueueStatus } from '@suunta/shared-domain';
// pg-boss is an ES module: Node ≥ 20.19 loads it with require() (the webpack build keeps
// node_modules external); jest transforms it (see apps/api/jest.int.config.cts).
import { PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** The schema pg-boss keeps its tables in (created and migrated by pg-boss itself at start). */
export const JOBS_SCHEMA = 'pgboss';

export interface JobQueueOptions {
  /** Attempts after the first one before the job is marked failed. */
  retryLimit: number;
  /** Seconds a finished job stays in the table (jobs may carry one-time links: keep this short). */
  deleteAfterSeconds?: number;
  /** Seconds one attempt may run before it counts as failed and is retried. */
  expireInSeconds?: number;
  /**
   * A cron expression (Europe/Helsinki): pg-boss then enqueues one job (data `{}`) at each tick,
   * once across every process on the database (e.g. `'0 6 * * *'`, daily at 06:00).
   */
  cron?: string;
}

export type JobHandler<T> = (data: T, attempt: { id: string; retryCount: number }) => Promise<void>;

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobInfo<T = unknown> {
  id: string;
  data: T;
  state: JobState;
  retryCount: number;
  /** The last error's message, when an attempt failed. */
  error: string | null;
}

interface Registration {
  name: string;
  options: JobQueueOptions;
  handler: JobHandler<unknown>;
}

/**
 * The durable job queue: pg-boss on the app's own PostgreSQL, so every API process shares it and
 * a job is fetched by exactly one of them (SKIP LOCKED). Modules `register()` their queues while
 * the app is built; the workers start with the app and stop (finishing running jobs) on shutdown.
 * A job enqueued with the transaction's EntityManager commits or rolls back with the business write.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly registrations = new Map<string, Registration>();
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private working = false;

  constructor(private readonly env: Environment) {}

  /** Declares a queue and its handler; call from a provider's constructor or `onModuleInit`. */
  register<T>(name: string, options: JobQueueOptions, handler: JobHandler<T>): void {
    if (this.working) {
      throw new Error(`JobsService.register(${name}): register queues before the app starts`);
    }
    this.registrations.set(name, { name, options, handler: handler as JobHandler<unknown> });
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = await this.start();
    this.working = true;
    for (const { name, handler } of this.registrations.values()) {
      await boss.work<unknown>(name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
        try {
          await handler(job.data, { id: job.id, retryCount: job.retryCount });
        } catch (error) {
          this.logger.warn(`Job ${name} ${job.id} failed (attempt ${job.retryCount + 1}): ${(error as Error).message}`);
          throw error; // pg-boss records the failure and retries with backoff
        }
      });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss ?? (await this.starting?.catch(() => null));
    if (boss) {
      // Graceful: running jobs finish (or are retried later by any process if we are killed).
      await boss.stop({ graceful: true, timeout: 10_000, close: true });
    }
    this.boss = null;
    this.starting = null;
  }

  /**
   * Enqueues a job. With `manager` (the EntityManager of a running transaction) the job is
   * written in that transaction: it exists exactly when the business write commits.
   */
  async send<T extends object>(name: string, data: T, manager?: EntityManager): Promise<string> {
    this.assertRegistered(name);
    const boss = await this.start();
    const runner = manager?.queryRunner;
    const db = runner
      ? { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await runner.query(text, values, true)).records as unknown[] }) }
      : undefined;
    const id = await boss.send(name, data, db ? { db } : {});
    if (!id) {
      throw new Error(`Job ${name} was not enqueued`);
    }
    return id;
  }

  /** One job's state, e.g. to show the outcome of a test mail. Null when unknown (or already deleted). */
  async job<T = unknown>(name: string, id: string): Promise<JobInfo<T> | null> {
    this.assertRegistered(name);
    const job = await (await this.start()).getJobById<T>(name, id);
    if (!job) return null;
    const output = job.output as { message?: unknown } | null | undefined;
    const error = job.state === 'failed' || job.state === 'retry' ? (typeof output?.message === 'string' ? output.message : 'failed') : null;
    return { id: job.id, data: job.data, state: job.state, retryCount: job.retryCount, error };
  }

  /** Jobs waiting (or waiting to be retried) per queue: the queue depth for metrics and the admin page. */
  async queueDepth(): Promise<Record<string, number>> {
    return (await this.status()).queued;
  }

  async status(): Promise<JobQueueStatus> {
    const boss = await this.start();
    const queues = await boss.getQueues([...this.registrations.keys()]);
    return {
      queued: Object.fromEntries(queues.map((q) => [q.name, q.queuedCount + q.activeCount])),
      failed: queues.reduce((sum, q) => sum + q.failedCount, 0),
    };
  }

  /** Starts pg-boss once (also outside a running server, e.g. a CLI that only enqueues). */
  private start(): Promise<PgBoss> {
    if (this.boss) return Promise.resolve(this.boss);
    this.starting ??= (async () => {
      const boss = new PgBoss({
        connectionString: this.env.DATABASE_URL,
        schema: JOBS_SCHEMA,
        max: 4,
        // How often timed-out attempts (of a process that died mid-job) are handed back to the queue.
        superviseIntervalSeconds: Math.max(1, Math.min(60, Math.floor(this.env.JOB_TIMEOUT_SECONDS / 2))),
      });
      boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
      await boss.start();
      for (const { name, options } of this.registrations.values()) {
        const queue = {
          retryLimit: options.retryLimit,
          retryDelay: this.env.JOB_RETRY_DELAY_SECONDS,
          retryBackoff: true,
          retryDelayMax: 3600,
          expireInSeconds: options.expireInSeconds ?? this.env.JOB_TIMEOUT_SECONDS,
          deleteAfterSeconds: options.deleteAfterSeconds ?? 7 * 24 * 3600,
        };
        // Idempotent (and serialised by pg-boss's advisory lock), so several processes may start at once;
        // the update applies changed settings to a queue an older version created.
        await boss.createQueue(name, queue);
        await boss.updateQueue(name, queue);
        if (options.cron) await boss.schedule(name, options.cron, {}, { tz: 'Europe/Helsinki' });
      }
      this.boss = boss;
      return boss;
    })();
    return this.starting;
  }

  private assertRegistered(name: string): void {
    if (!this.registrations.has(name)) {
      throw new Error(`Unknown job queue ${name}`);
    }
  }
}
