import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule, Environment } from '@suunta/api-core';
import { dirname, join, resolve } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import { backupFileName, createBackup } from '../backup/backup';
import { BackupFileError } from '../backup/backup-format';
import { backupDirectory, pruneBackups } from '../backup/backup-status.service';
import { restoreBackup, RestoreRefusedError } from '../backup/restore';

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

@Command({ name: 'backup', arguments: '[file]', description: 'Back up the database to a file (default BACKUP_DIR/suunta-<time>.backup)' })
export class BackupCommand extends CommandRunner {
  constructor(private readonly env: Environment) {
    super();
  }

  async run([file]: string[], options: { keep?: number }): Promise<void> {
    const target = file ? resolve(file) : join(backupDirectory(this.env), backupFileName());
    try {
      console.log(`Backing up ${redact(this.env.DATABASE_URL)}…`);
      const result = await createBackup({ databaseUrl: this.env.DATABASE_URL, file: target });
      const rows = result.header.tables.reduce((n, t) => n + t.rows, 0);
      console.log(
        `Backup written: ${result.file}\n  ${result.header.tables.length} tables, ${rows} rows, ${result.bytes} bytes, ${result.durationMs} ms; schema migration ${result.header.migration.name}`,
      );
      if (options.keep !== undefined) {
        for (const name of await pruneBackups(dirname(target), options.keep)) console.log(`Deleted old backup ${name} (keeping ${options.keep})`);
      }
    } catch (error) {
      console.error(`The backup failed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }

  @Option({ flags: '--keep <n>', description: 'Afterwards delete all but the newest n backups of the folder (for a scheduled backup)' })
  parseKeep(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--keep must be a whole number of backups, at least 1 (got "${value}")`);
    return n;
  }
}

@Command({ name: 'restore', arguments: '<file>', description: 'Restore a backup file into an empty database (or, with --force, replace its data)' })
export class RestoreCommand extends CommandRunner {
  constructor(private readonly env: Environment) {
    super();
  }

  async run([file]: string[], options: { force?: boolean }): Promise<void> {
    try {
      console.log(`Restoring into ${redact(this.env.DATABASE_URL)}…`);
      const result = await restoreBackup({ databaseUrl: this.env.DATABASE_URL, file: resolve(file), force: options.force, log: (line) => console.log(line) });
      console.log(
        `Restored ${result.header.tables.length} tables, ${result.rows} rows in ${result.durationMs} ms${result.replaced ? ' (the earlier data was replaced)' : ''}. ` +
          `The next start of Suunta applies any newer migrations.`,
      );
    } catch (error) {
      const known = error instanceof BackupFileError || error instanceof RestoreRefusedError;
      console.error(`${known ? 'Refused' : 'Failed'}: ${(error as Error).message}${known ? '\nNothing was changed.' : ''}`);
      process.exitCode = 1;
    }
  }

  @Option({ flags: '--force', description: 'Replace the data of a database that is not empty (in one transaction)' })
  parseForce(): boolean {
    return true;
  }
}

/** `backup` and `restore`: no TypeORM module, so opening the CLI never migrates the target. */
@Module({})
export class BackupCliModule {
  static register(env: Environment): DynamicModule {
    return { module: BackupCliModule, imports: [AppConfigModule.forRoot(env)], providers: [BackupCommand, RestoreCommand] };
  }
}
