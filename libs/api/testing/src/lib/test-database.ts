import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the integration jest globalSetup: the admin URL of the embedded test server. */
export function testServerAdminUrl(): string {
  const url = process.env['SUUNTA_TEST_PG_ADMIN_URL'];
  if (!url) {
    throw new Error('SUUNTA_TEST_PG_ADMIN_URL is not set: run integration suites through their jest config (npm run test:integration)');
  }
  return url;
}

/** A fresh, empty database on the embedded test server, one per suite; dropped by `drop()`. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = testServerAdminUrl();
  const name = `suunta_t_${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(4).toString('hex')}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(admin, async (c) => { await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); }),
  };
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
