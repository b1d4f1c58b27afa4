import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * The one DataSource configuration, shared by the API, the CLI data source and the tests.
 * The schema comes only from migrations: `synchronize` is never on.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
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
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
