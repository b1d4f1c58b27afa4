import { DataSource, type DataSourceOptions } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { MIGRATIONS } from './migrations';

/** How the API's connection pool is sized and bounded (the environment's DATABASE_POOL_* settings). */
export interface PoolSettings {
  /** Connections the process keeps at most. */
  size: number;
  /** A statement running longer than this is cancelled by PostgreSQL (57014 → 503); 0 = no limit. */
  statementTimeoutMs: number;
}

const DEFAULT_POOL: PoolSettings = { size: 10, statementTimeoutMs: 0 };

/**
 * The one DataSource configuration, shared by the API, the CLI data source and the tests.
 * The schema comes only from migrations: `synchronize` is never on.
 */
export function dataSourceOptions(url: string, pool: PoolSettings = DEFAULT_POOL): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    applicationName: 'suunta',
    // A request waits at most 5 s for a connection; an unreachable database is then a 503, not a hang.
    // A runaway statement is cancelled by the server itself, so it cannot hold a pool connection for long.
    extra: {
      max: pool.size,
      connectionTimeoutMillis: 5000,
      ...(pool.statementTimeoutMs > 0 ? { statement_timeout: pool.statementTimeoutMs } : {}),
    },
  };
}

/**
 * The key of the session advisory lock every migrating process takes (any fixed 64-bit number;
 * this one is "suunta" in ASCII). Two processes started together on an empty database would
 * otherwise both run the first migration, and the second would fail on "already exists".
 */
export const MIGRATION_LOCK_KEY = 0x7375756e7461n;

/**
 * Brings the schema up to date, one process at a time: waits for the migration lock, runs the
 * pending migrations (each in its own transaction) on a connection with no statement timeout
 * (a backfill at a decade of data may take minutes), and releases the lock. Returns the names of
 * the migrations it ran; a process that waited finds none left.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, { size: 2, statementTimeoutMs: 0 }), migrationsRun: false, applicationName: 'suunta-migrate' });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

/**
 * For `TypeOrmModule.forRootAsync({ dataSourceFactory })`: migrates (under the lock, inside the
 * module's connection retry) before the request pool opens. Give it options with `migrationsRun: false`.
 */
export function migratingDataSourceFactory(url: string): (options?: DataSourceOptions) => Promise<DataSource> {
  return async (options) => {
    if (!options) throw new Error('migratingDataSourceFactory needs the DataSource options');
    await migrateDatabase(url);
    return new DataSource(options);
  };
}
