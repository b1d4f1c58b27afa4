import { AllExceptionsFilter } from '@suunta/api-core';
import { migrateDatabase, MIGRATIONS } from '@suunta/api-database';
import { createTestApp, createTestDatabase, TestApp } from '@suunta/api-testing';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { AppModule } from '../src/app/app.module';

/**
 * The database connection as operations run it: processes started together on an empty database
 * migrate one at a time, and a request's runaway statement is cancelled by PostgreSQL's
 * statement_timeout and answered 503 (the pool connection comes back), while migrations run
 * without that limit.
 */
describe('database: migration lock and statement timeout', () => {
  it('three processes migrating one empty database at once each migration once, and none fails', async () => {
    const db = await createTestDatabase();
    try {
      const runs = await Promise.all([migrateDatabase(db.url), migrateDatabase(db.url), migrateDatabase(db.url)]);
      // One of them ran every migration; the others waited for the lock and found nothing left.
      const ran = runs.flat();
      expect(ran).toHaveLength(MIGRATIONS.length);
      expect(new Set(ran).size).toBe(MIGRATIONS.length);
      expect(runs.filter((r) => r.length === 0)).toHaveLength(2);
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM schema_migration');
        expect(Number(rows[0].n)).toBe(MIGRATIONS.length);
        // No lock is left behind for the next start (on this database: pg_locks covers the whole
        // server, where the other test worker's jobs and migrations take advisory locks of their own).
        const locks = await client.query(
          "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        );
        expect(locks.rowCount).toBe(0);
      } finally {
        await client.end();
      }
    } finally {
      await db.drop();
    }
  });

  describe('with DATABASE_STATEMENT_TIMEOUT_SECONDS=1 and DATABASE_POOL_SIZE=3', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp((env) => AppModule.register(env), { DATABASE_STATEMENT_TIMEOUT_SECONDS: '1', DATABASE_POOL_SIZE: '3' });
    });
    afterAll(() => t.close());

    it('every request connection carries the limit', async () => {
      const [{ statement_timeout }] = await t.dataSource.query('SHOW statement_timeout');
      expect(statement_timeout).toBe('1s');
    });

    it('a statement over the limit is cancelled by the server (57014) and answered 503 with the stable code', async () => {
      const error: unknown = await t.dataSource.query('SELECT pg_sleep(3)').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(QueryFailedError);
      expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('57014');
      expect(new AllExceptionsFilter().toBody(error)).toMatchObject({ statusCode: 503, code: 'service_unavailable' });
    });

    it('the pool is as large as configured: a fourth concurrent statement waits for a free connection', async () => {
      const pids = await Promise.all(
        Array.from({ length: 6 }, () => t.dataSource.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.3)')),
      );
      const distinct = new Set(pids.map((r) => (r as Array<{ pid: number }>)[0].pid));
      expect(distinct.size).toBeLessThanOrEqual(3);
      expect(distinct.size).toBeGreaterThan(1);
    });
  });
});
