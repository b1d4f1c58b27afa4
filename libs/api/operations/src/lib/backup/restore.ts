import { dataSourceOptions, MIGRATIONS } from '@suunta/api-database';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DataSource, MigrationExecutor, MigrationInterface } from 'typeorm';
import { BackupFileError, BackupHeader, BackupTable, scanBackup } from './backup-format';
import { writeWithBackpressure } from './backup';
import { MIGRATIONS_TABLE, quoteIdent } from './schema';

export interface RestoreOptions {
  databaseUrl: string;
  file: string;
  /** Replace whatever the database holds (dropped and rebuilt in the restore's one transaction). */
  force?: boolean;
  log?: (line: string) => void;
}

export interface RestoreResult {
  header: BackupHeader;
  rows: number;
  durationMs: number;
  replaced: boolean;
}

/** The restore was refused before anything was written (the message says why and what to do). */
export class RestoreRefusedError extends Error {}

interface KnownMigration {
  cls: new () => MigrationInterface;
  name: string;
  timestamp: number;
}

/** The code's migrations with TypeORM's name and timestamp (the class name's last 13 digits). */
export function knownMigrations(): KnownMigration[] {
  return MIGRATIONS.map((cls) => {
    const name = (new (cls as new () => MigrationInterface)().name ?? cls.name) as string;
    return { cls: cls as new () => MigrationInterface, name, timestamp: Number(name.slice(-13)) };
  });
}

/**
 * Restores a backup file into the database:
 * 1. reads the whole file and checks every checksum first — a truncated or corrupt file is
 *    refused before the database is even opened;
 * 2. refuses a file from a newer migration level than this code knows;
 * 3. in ONE transaction: migrates an empty database up to the file's level (or, with `force`,
 *    drops the public schema and rebuilds it), copies every table in foreign-key order with the
 *    user triggers off (append-only and lock triggers would refuse rows that were valid when
 *    written), checks the checksums again while copying, sets the sequences, and commits.
 * Any failure rolls the whole transaction back: the database is as it was.
 * The app's own start then runs the migrations newer than the file's level.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  log(`Checking ${options.file}…`);
  const header = await scanBackup(options.file);
  const known = knownMigrations();
  const upTo = known.findIndex((m) => m.name === header.migration.name);
  const newest = known[known.length - 1];
  if (header.migration.timestamp > newest.timestamp) {
    throw new RestoreRefusedError(
      `The backup was made by a newer Suunta (schema migration ${header.migration.name}); this Suunta knows up to ${newest.name}. Update Suunta, then restore.`,
    );
  }
  if (upTo < 0) {
    throw new RestoreRefusedError(`The backup's schema migration ${header.migration.name} is unknown to this Suunta: it comes from another version of the code.`);
  }
  log(`The file is intact: ${header.tables.length} tables, ${header.tables.reduce((n, t) => n + t.rows, 0)} rows, migration ${header.migration.name}, made ${header.createdAt}.`);

  const dataSource = new DataSource({
    ...dataSourceOptions(options.databaseUrl),
    migrationsRun: false,
    migrations: known.slice(0, upTo + 1).map((m) => m.cls),
    applicationName: 'suunta-restore',
    extra: { max: 1 },
    logging: false,
  } as never);
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    const client = (await runner.connect()) as PoolClient;
    // Waiting forever for a lock held by the running app would stall; fail clearly instead.
    await client.query(`SET LOCAL lock_timeout = '30s'`);
    const replaced = await prepareSchema(client, header, options.force ?? false);
    if (replaced) log('Replacing the data that the database held (one transaction).');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'all';
    const ran = await executor.executePendingMigrations();
    if (ran.length > 0) log(`Migrated the database to ${header.migration.name} (${ran.length} migrations).`);
    await assertColumnsMatch(client, header.tables);

    for (const table of header.tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} DISABLE TRIGGER USER`);
    let copy: { table: BackupTable; stream: Writable } | undefined;
    await scanBackup(options.file, {
      data: async (table, chunk) => {
        if (copy?.table !== table) {
          const columns = table.columns.map(quoteIdent).join(', ');
          const stream = client.query(copyFrom(`COPY ${quoteIdent(table.name)} (${columns}) FROM STDIN`));
          // Keep a server error (a refused row) from surfacing as an unhandled 'error' event;
          // the next write or `finished` rejects with it.
          stream.on('error', () => undefined);
          copy = { table, stream };
        }
        await writeWithBackpressure(copy.stream, chunk);
      },
      endTable: async (table) => {
        if (copy?.table === table) {
          copy.stream.end();
          await finished(copy.stream);
          copy = undefined;
        }
        const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM ${quoteIdent(table.name)}`);
        if (Number(rows[0].n) !== table.rows) {
          throw new Error(`Table "${table.name}" holds ${rows[0].n} rows after the copy, the file ${table.rows}.`);
        }
      },
    });
    for (const table of header.tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} ENABLE TRIGGER USER`);
    // The restored data differs from what any running API process may have cached against the
    // restored revision numbers: move every organization's stamp (revision and time) forward.
    await client.query(`SELECT advance_organization_data_stamps()`);
    for (const seq of header.sequences) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [quoteIdent(seq.name), seq.lastValue, seq.isCalled]);
    }
    await runner.commitTransaction();
    return { header, rows: header.tables.reduce((n, t) => n + t.rows, 0), durationMs: Date.now() - started, replaced };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    if (error instanceof BackupFileError || error instanceof RestoreRefusedError) throw error;
    throw new Error(`The restore failed and was rolled back; the database is unchanged. Cause: ${(error as Error).message}`, { cause: error });
  } finally {
    await runner.release().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
  }
}

/**
 * An empty database (no tables, or migrated no further than the file with no rows) is restored
 * into as it is. Anything else is refused unless `force`, which drops the public schema inside
 * the restore's transaction. Returns whether existing data is being replaced.
 */
async function prepareSchema(client: PoolClient, header: BackupHeader, force: boolean): Promise<boolean> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
  );
  const problems: string[] = [];
  const names = tables.map((t) => t.name);
  if (names.length > 0 && !names.includes(MIGRATIONS_TABLE)) {
    problems.push(`it has tables (${names.slice(0, 3).join(', ')}…) that Suunta's migrations did not make`);
  }
  if (names.includes(MIGRATIONS_TABLE)) {
    const { rows } = await client.query(`SELECT max("timestamp")::bigint AS level FROM ${quoteIdent(MIGRATIONS_TABLE)}`);
    if (rows[0].level !== null && Number(rows[0].level) > header.migration.timestamp) {
      problems.push(`its schema is at a newer migration than the file's`);
    }
  }
  const withRows: string[] = [];
  for (const name of names.filter((n) => n !== MIGRATIONS_TABLE)) {
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(name)}) AS any`);
    if (rows[0].any) withRows.push(name);
  }
  if (withRows.length > 0) problems.push(`it holds data (${withRows.length} tables with rows, e.g. ${withRows.slice(0, 3).join(', ')})`);
  if (problems.length === 0) return false;
  if (!force) {
    throw new RestoreRefusedError(
      `The target database is not empty: ${problems.join('; ')}. Restore into a fresh, empty database, or add --force to replace everything in it (done in one transaction).`,
    );
  }
  await client.query(`DROP SCHEMA public CASCADE`);
  await client.query(`CREATE SCHEMA public`);
  return true;
}

async function assertColumnsMatch(client: PoolClient, tables: BackupTable[]): Promise<void> {
  for (const table of tables) {
    const { rows } = await client.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''`,
      [quoteIdent(table.name)],
    );
    const have = new Set(rows.map((r) => r.name));
    const missing = table.columns.filter((c) => !have.has(c));
    if (rows.length === 0 || missing.length > 0) {
      throw new BackupFileError(
        `The backup's table "${table.name}" does not fit the schema at its migration level (${rows.length === 0 ? 'no such table' : `missing columns ${missing.join(', ')}`}).`,
      );
    }
  }
}
