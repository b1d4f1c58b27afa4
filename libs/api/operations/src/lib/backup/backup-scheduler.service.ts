import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@suunta/api-core';
import { join } from 'node:path';
import { Client } from 'pg';
import { backupFileName, createBackup } from './backup';
import { backupDirectory, listBackups, pruneBackups } from './backup-status.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the running app checks whether a day has passed since the newest backup. */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The first check waits a minute so the start (migrations, seeding) is not slowed. */
const FIRST_CHECK_AFTER_MS = 60 * 1000;
/** pg_try_advisory_lock key: one backup at a time across every API process on the database. */
const ADVISORY_LOCK_KEY = 0x5355_4e54; // "SUNT"

export type DailyBackupOutcome = 'made' | 'not-due' | 'locked';

/**
 * With BACKUP_DAILY (set by `npm start` for the embedded database), the API makes a backup when
 * the newest one is a day old, and keeps the newest BACKUP_KEEP files. A PostgreSQL advisory lock
 * keeps two API processes on one database from backing up at the same time.
 */
@Injectable()
export class BackupScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backup');
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> | undefined;

  constructor(private readonly env: Environment) {}

  onApplicationBootstrap(): void {
    if (!this.env.BACKUP_DAILY) return;
    const check = () => {
      this.running = this.runIfDue().catch((error: unknown) => this.logger.error(`The daily backup failed: ${(error as Error).message}`));
    };
    this.timers.push(setTimeout(check, FIRST_CHECK_AFTER_MS).unref(), setInterval(check, CHECK_EVERY_MS).unref());
  }

  async onApplicationShutdown(): Promise<void> {
    this.timers.forEach(clearTimeout);
    await this.running;
  }

  /** Backs up when the newest backup is older than a day (or there is none); then prunes. */
  async runIfDue(now = new Date()): Promise<DailyBackupOutcome> {
    const dir = backupDirectory(this.env);
    const lock = new Client({ connectionString: this.env.DATABASE_URL, application_name: 'suunta-backup-lock' });
    await lock.connect();
    try {
      const { rows } = await lock.query(`SELECT pg_try_advisory_lock($1) AS ok`, [ADVISORY_LOCK_KEY]);
      if (!rows[0].ok) return 'locked';
      try {
        // Checked under the lock: another process may have just made today's backup.
        const [newest] = await listBackups(dir);
        if (newest && now.getTime() - newest.takenAt.getTime() < DAY_MS) return 'not-due';
        const result = await createBackup({ databaseUrl: this.env.DATABASE_URL, file: join(dir, backupFileName(now)) });
        this.logger.log(`Daily backup ${result.file}: ${result.bytes} bytes in ${result.durationMs} ms`);
        await this.prune(dir);
        return 'made';
      } finally {
        await lock.query(`SELECT pg_advisory_unlock($1)`, [ADVISORY_LOCK_KEY]);
      }
    } finally {
      await lock.end();
    }
  }

  private async prune(dir: string): Promise<void> {
    for (const name of await pruneBackups(dir, this.env.BACKUP_KEEP)) {
      this.logger.log(`Deleted old backup ${name} (keeping ${this.env.BACKUP_KEEP})`);
    }
  }
}
