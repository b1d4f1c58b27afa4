// Starts one embedded PostgreSQL for the whole integration run; each suite creates its own
// database on it (see @suunta/api-testing), so suites never share state.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { portIsFree, startEmbeddedPostgres } from '../../../tools/db/embedded-postgres.mjs';

export default async function globalSetup() {
  // SUUNTA_TEST_PG_DIR lets concurrent runs in one checkout keep apart (each wipes its folder).
  const dataDir = resolve(import.meta.dirname, '../../..', process.env.SUUNTA_TEST_PG_DIR ?? `tmp/pg-integration-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  let port = Number(process.env.SUUNTA_TEST_PG_PORT ?? 54330);
  while (!(await portIsFree(port))) port++;
  const pg = await startEmbeddedPostgres({ dataDir, port });
  globalThis.__SUUNTA_TEST_PG__ = pg;
  globalThis.__SUUNTA_TEST_PG_DIR__ = dataDir;
  process.env.SUUNTA_TEST_PG_ADMIN_URL = pg.url('postgres');
}
