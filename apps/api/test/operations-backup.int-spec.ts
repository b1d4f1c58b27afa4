import { SeedRunner } from '@suunta/api-core';
import { BackupScheduler, createBackup, restoreBackup, scanBackup } from '@suunta/api-operations';
import { createTestApp, createTestDatabase, signIn } from '@suunta/api-testing';
import type { TestApp } from '@suunta/api-testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { AppModule } from '../src/app/app.module';

/**
 * Backup and restore on real PostgreSQL: a backup taken while other connections keep writing
 * restores to exactly the snapshot it was taken at; broken files are refused before anything
 * is written.
 */

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Public tables (the migrations table aside) → row count and md5 of the rows in a fixed order. */
async function tableDigests(client: Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'schema_migration' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await client.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name}" t`);
    out[name] = `${rows[0].n}:${rows[0].md5}`;
  }
  return out;
}

/**
 * A restore gives every organization a new data stamp (organization_data_revision), so that no API
 * process answers from what it cached before: that table differs by design, every other is identical.
 */
function expectRestored(restored: Record<string, string>, snapshot: Record<string, string>): void {
  const { organization_data_revision: restoredStamp, ...restoredData } = restored;
  const { organization_data_revision: snapshotStamp, ...snapshotData } = snapshot;
  expect(restoredData).toEqual(snapshotData);
  expect(restoredStamp).toBeDefined();
  expect(restoredStamp).not.toEqual(snapshotStamp);
}

async function tableCount(url: string): Promise<number> {
  const client = await connect(url);
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/** Rewrites the decompressed content of a backup (to make a well-compressed but wrong file). */
function rewrite(source: string, target: string, edit: (content: Buffer) => Buffer): void {
  writeFileSync(target, gzipSync(edit(gunzipSync(readFileSync(source)))));
}

describe('backup and restore', () => {
  let t: TestApp;
  let dir: string;
  let backupFile: string;
  let snapshotDigests: Record<string, string>;
  let loadCommittedDuringBackup = 0;
  const fresh: { url: string; drop: () => Promise<void> }[] = [];
  const freshDatabase = async () => {
    const db = await createTestDatabase();
    fresh.push(db);
    return db.url;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'suunta-backup-test-'));
    t = await createTestApp((env) => AppModule.register(env), { BACKUP_DIR: dir, BACKUP_KEEP: '2' });
    await t.app.get(SeedRunner).run({ data: true, demo: true });
    // An approved report: its sections' lock trigger refuses inserts, so a restore must bypass it.
    await t.dataSource.query(
      `UPDATE annual_report SET status = 'approved', approved_at = now() WHERE id = (SELECT report_id FROM annual_report_section LIMIT 1)`,
    );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM annual_report WHERE status = 'approved'`);
    expect(n).toBeGreaterThan(0);
  });

  afterAll(async () => {
    for (const db of fresh) await db.drop();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up during a write load, and the file holds exactly the snapshot it was taken at', async () => {
    const writer = await connect(t.env.DATABASE_URL);
    const [{ id: orgId }] = await t.dataSource.query(`SELECT id FROM organization LIMIT 1`);
    let stop = false;
    let committed = 0;
    let loadError: unknown;
    const waitForCommits = async (n: number) => {
      while (committed < n) {
        if (loadError) throw loadError;
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    // One transaction touches three tables (an update, an append-only insert, an identity insert):
    // a backup that is not one snapshot would catch some of them half-way.
    const load = (async () => {
      for (let k = 1; !stop; k++) {
        await writer.query('BEGIN');
        await writer.query(`UPDATE organization SET full_name = $2, version = version + 1 WHERE id = $1`, [orgId, `load ${k}`]);
        await writer.query(`INSERT INTO audit_log (organization_id, actor_name, entity_type, entity_id, action, after) VALUES ($1, 'load', 'organization', $2, 'update', $3)`, [orgId, orgId, JSON.stringify({ k })]);
        await writer.query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, 'load-generator', false)`, [`load-${k}@test.invalid`]);
        await writer.query('COMMIT');
        committed++;
      }
    })().catch((error: unknown) => {
      loadError = error;
    });
    const reader = await connect(t.env.DATABASE_URL);
    try {
      await waitForCommits(5);
      backupFile = join(dir, 'under-load.backup');
      await createBackup({
        databaseUrl: t.env.DATABASE_URL,
        file: backupFile,
        // Read the backup's own snapshot from another connection, then let the load move on
        // past it, so rows committed after the snapshot exist while the tables are copied.
        onSnapshot: async (snapshotId) => {
          await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          await reader.query(`SET TRANSACTION SNAPSHOT '${snapshotId}'`);
          snapshotDigests = await tableDigests(reader);
          await reader.query('COMMIT');
          const before = committed;
          await waitForCommits(before + 5);
          loadCommittedDuringBackup = committed - before;
        },
      });
    } finally {
      stop = true;
      await load;
      await writer.end();
      await reader.end();
    }
    expect(loadError).toBeUndefined();
    expect(loadCommittedDuringBackup).toBeGreaterThanOrEqual(5);
    const now = await connect(t.env.DATABASE_URL);
    try {
      // The load really changed the tables after the snapshot…
      const current = await tableDigests(now);
      expect(current['audit_log']).not.toEqual(snapshotDigests['audit_log']);
      expect(current['organization']).not.toEqual(snapshotDigests['organization']);
    } finally {
      await now.end();
    }
    // …and the file's own checks pass.
    const header = await scanBackup(backupFile);
    expect(header.tables.map((x) => x.name)).toEqual(expect.arrayContaining(Object.keys(snapshotDigests)));
  });

  it('restores into a fresh database with every table identical to the snapshot, sequences included', async () => {
    const url = await freshDatabase();
    const result = await restoreBackup({ databaseUrl: url, file: backupFile });
    expect(result.replaced).toBe(false);
    const restored = await connect(url);
    try {
      expectRestored(await tableDigests(restored), snapshotDigests);
      // Identity values continue after the restored rows instead of colliding with them.
      const [{ max }] = (await restored.query(`SELECT max(id)::bigint AS max FROM audit_log`)).rows;
      const { rows } = await restored.query(`INSERT INTO audit_log (actor_name, entity_type, action) VALUES ('after restore', 'test', 'create') RETURNING id`);
      expect(BigInt(rows[0].id)).toBeGreaterThan(BigInt(max));
      // The append-only trigger is back on after the restore.
      await expect(restored.query(`DELETE FROM audit_log WHERE id = $1`, [rows[0].id])).rejects.toThrow(/append-only|not allowed|refus/i);
    } finally {
      await restored.end();
    }
  });

  it('refuses a truncated file with a clear message and leaves the database untouched', async () => {
    const truncated = join(dir, 'truncated.backup');
    const bytes = readFileSync(backupFile);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const url = await freshDatabase();
    await expect(restoreBackup({ databaseUrl: url, file: truncated })).rejects.toThrow(/truncated/);
    expect(await tableCount(url)).toBe(0);
  });

  it('refuses a file whose compressed bytes are damaged', async () => {
    const corrupt = join(dir, 'corrupt.backup');
    const bytes = Buffer.from(readFileSync(backupFile));
    for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 16; i++) bytes[i] ^= 0xff;
    writeFileSync(corrupt, bytes);
    const url = await freshDatabase();
    await expect(restoreBackup({ databaseUrl: url, file: corrupt })).rejects.toThrow(/corrupt/);
    expect(await tableCount(url)).toBe(0);
  });

  it('refuses a file whose table data does not match its checksum, even over existing data with --force', async () => {
    const tampered = join(dir, 'tampered.backup');
    rewrite(backupFile, tampered, (content) => {
      // Same length, so the framing still holds: only the checksum can tell.
      const at = content.indexOf('\tload\t');
      expect(at).toBeGreaterThan(0);
      const changed = Buffer.from(content);
      changed.write('\tLOAD\t', at, 'utf8');
      return changed;
    });
    await expect(scanBackup(tampered)).rejects.toThrow(/does not match its checksum/);
    // A database with data stays as it was, even when asked to replace it.
    const url = await freshDatabase();
    await restoreBackup({ databaseUrl: url, file: backupFile });
    const client = await connect(url);
    try {
      const before = await tableDigests(client);
      await expect(restoreBackup({ databaseUrl: url, file: tampered, force: true })).rejects.toThrow(/checksum/);
      expect(await tableDigests(client)).toEqual(before);
    } finally {
      await client.end();
    }
  });

  it('refuses a file from a newer migration level than the code knows', async () => {
    const newer = join(dir, 'newer.backup');
    rewrite(backupFile, newer, (content) => {
      const text = content.toString('utf8');
      const end = text.indexOf('\n', text.indexOf('\n') + 1);
      const header = JSON.parse(text.slice(text.indexOf('\n') + 1, end));
      header.migration = { timestamp: 4102444800000, name: 'FromTheFuture4102444800000' };
      return Buffer.concat([Buffer.from(`SUUNTA-BACKUP\n${JSON.stringify(header)}`), content.subarray(Buffer.byteLength(text.slice(0, end)))]);
    });
    const url = await freshDatabase();
    await expect(restoreBackup({ databaseUrl: url, file: newer })).rejects.toThrow(/made by a newer Suunta \(schema migration FromTheFuture4102444800000\)/);
    expect(await tableCount(url)).toBe(0);
  });

  it('refuses a database that holds data unless --force, which replaces it with the backup', async () => {
    const url = await freshDatabase();
    const client = await connect(url);
    try {
      await client.query(`CREATE TABLE keep_me (x int)`);
      await client.query(`INSERT INTO keep_me VALUES (1)`);
      await expect(restoreBackup({ databaseUrl: url, file: backupFile })).rejects.toThrow(/not empty.*--force/);
      expect((await client.query(`SELECT x FROM keep_me`)).rows).toEqual([{ x: 1 }]);
      const result = await restoreBackup({ databaseUrl: url, file: backupFile, force: true });
      expect(result.replaced).toBe(true);
      expectRestored(await tableDigests(client), snapshotDigests);
    } finally {
      await client.end();
    }
  });

  it('backs up daily from the running app, keeps BACKUP_KEEP files, and shows the newest to admins', async () => {
    const scheduler = t.app.get(BackupScheduler);
    const day = 24 * 60 * 60 * 1000;
    const start = Date.now();
    expect(await scheduler.runIfDue(new Date(start))).toBe('made');
    expect(await scheduler.runIfDue(new Date(start + 60_000))).toBe('not-due');
    expect(await scheduler.runIfDue(new Date(start + day + 1))).toBe('made');
    expect(await scheduler.runIfDue(new Date(start + 2 * day + 2))).toBe('made');
    const files = readdirSync(dir).filter((f) => /^suunta-.*\.backup$/.test(f)).sort();
    expect(files).toHaveLength(2); // BACKUP_KEEP=2: the first daily file was deleted

    // Another API process holding the lock: this one skips.
    const other = await connect(t.env.DATABASE_URL);
    try {
      await other.query(`SELECT pg_advisory_lock($1)`, [0x5355_4e54]);
      expect(await scheduler.runIfDue(new Date(start + 5 * day))).toBe('locked');
      await other.query(`SELECT pg_advisory_unlock($1)`, [0x5355_4e54]);
    } finally {
      await other.end();
    }

    const admin = await signIn(t, { role: 'admin' });
    const res = await admin.get('/api/admin/operations/backup').expect(200);
    const newest = files[files.length - 1];
    expect(res.body).toEqual({
      lastBackupAt: new Date(start + 2 * day + 2).toISOString(),
      lastBackupBytes: statSync(join(dir, newest)).size,
      lastBackupFile: newest,
      keep: 2,
      automatic: false,
    });
    const viewer = await signIn(t, { role: 'viewer' });
    await viewer.get('/api/admin/operations/backup').expect(403);
  });
});
